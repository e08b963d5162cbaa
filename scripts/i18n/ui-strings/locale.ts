/**
 * Every UI translation file of one locale, read and compared with what
 * Docusaurus expects: shared by the `ui-strings` check (problems) and the
 * translation status (untranslated strings).
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {sameAsEnglish} from '../../../config/ui-strings';
import {editDistance} from '../../check/closest';
import {manifestPath} from '../record';
import type {Position} from '../../lib/mdx';
import {compareWithExpected, type Comparison} from './compare';
import type {ExtractedUiStrings} from './docusaurus-extract';
import {parseTranslationFile, type FileProblem} from './translation-file';

export type UiStringsFileReport = {
  /** Relative to the site, POSIX separators: i18n/<locale>/code.json, … */
  path: string;
  /** Relative to i18n/<locale>/. */
  name: string;
  exists: boolean;
  /** Exists and is valid JSON. */
  readable: boolean;
  /** JSON syntax and entry shape problems. */
  syntax: FileProblem[];
  comparison: Comparison;
};

function endOf(source: string): Position {
  return {line: Math.max(1, source.replace(/\s+$/, '').split('\n').length), column: 1};
}

export function readLocaleUiStrings(root: string, locale: string, expected: ExtractedUiStrings): UiStringsFileReport[] {
  const defaults = expected.themeDefaults[locale] ?? {};
  return Object.keys(expected.files)
    .sort()
    .map((name) => {
      const relative = `i18n/${locale}/${name}`;
      const file = path.join(root, relative);
      const exists = fs.existsSync(file);
      const source = exists ? fs.readFileSync(file, 'utf8') : '';
      const parsed = exists ? parseTranslationFile(source) : {entries: null, problems: []};
      const comparison = compareWithExpected({
        locale,
        entries: parsed.entries,
        expected: expected.files[name]!,
        localeDefaults: name === 'code.json' ? defaults : {},
        sameAsEnglish: new Set(sameAsEnglish[name] ?? []),
        end: endOf(source),
      });
      return {path: relative, name, exists, readable: parsed.entries !== null, syntax: parsed.problems, comparison};
    });
}

/** Counts for the translation status: how much of the interface readers see in their language. */
export type UiStringsStatus = {
  total: number;
  translated: number;
  /** Share translated, rounded down so 100 means truly everything. */
  percent: number;
  /** Untranslated ids per file (relative to i18n/<locale>/). */
  untranslated: Record<string, string[]>;
  /** Files that could not be read (missing or invalid JSON): all their strings count as untranslated. */
  unreadable: string[];
};

export function uiStringsStatus(reports: UiStringsFileReport[]): UiStringsStatus {
  const total = reports.reduce((n, r) => n + r.comparison.total, 0);
  const untranslatedCount = reports.reduce((n, r) => n + r.comparison.untranslated.length, 0);
  const translated = total - untranslatedCount;
  return {
    total,
    translated,
    percent: total === 0 ? 100 : Math.floor((translated * 100) / total),
    untranslated: Object.fromEntries(reports.filter((r) => r.comparison.untranslated.length > 0).map((r) => [r.name, r.comparison.untranslated])),
    unreadable: reports.filter((r) => !r.readable).map((r) => r.path),
  };
}

/**
 * JSON files under i18n/<locale>/ that Docusaurus does not read (a misspelt
 * name such as `codes.json`), each with the expected file it most likely is.
 */
export function unexpectedJsonFiles(root: string, locale: string, expected: ExtractedUiStrings): Array<{path: string; likely: string | null}> {
  const known = new Set([...Object.keys(expected.files), path.posix.basename(manifestPath(locale))]);
  return globSync('**/*.json', {cwd: path.join(root, 'i18n', locale)})
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !known.has(file))
    .sort()
    .map((file) => {
      // A typo is a letter or two; anything further is some other file, not a misspelt one.
      const [nearest] = Object.keys(expected.files)
        .map((name) => ({name, distance: editDistance(file, name)}))
        .sort((a, b) => a.distance - b.distance);
      return {path: `i18n/${locale}/${file}`, likely: nearest && nearest.distance <= 2 ? nearest.name : null};
    });
}
