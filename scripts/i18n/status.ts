/**
 * Translation status: for every English page and fragment and every translated
 * locale, is the translation up to date, outdated, in progress or missing?
 *
 * The truth is a content comparison (the English file's blob id now vs the one
 * recorded when it was translated), so this needs neither git nor history.
 * Showing *what* changed is a separate step (changes.ts) that does need git.
 * The build (config/plugins/translation-status.ts) and the CLI both use this.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fragmentsDir, translationLocales, translationPathFor} from '../../config/locales';
import {listTranslations, toPosix, type ContentKind, type TranslationFile} from '../lib/content';
import {fileBlobId} from './blob';
import {readManifest, type Manifest} from './record';
import {expectedUiStringsSync, hasDocusaurusConfig, UiStringsExtractionError, type ExtractedUiStrings} from './ui-strings/expected';
import {readLocaleUiStrings, uiStringsStatus, type UiStringsStatus} from './ui-strings/locale';

export type TranslationState = 'up-to-date' | 'outdated' | 'in-progress' | 'missing';

/** Every state, in the order reports list them (most urgent last). */
export const STATES: readonly TranslationState[] = ['up-to-date', 'outdated', 'in-progress', 'missing'];

export type FileStatus = {
  locale: string;
  kind: ContentKind;
  englishPath: string;
  translatedPath: string;
  state: TranslationState;
  /** Blob id of the English text the translation was made from, or null when there is no record. */
  recordedBlob: string | null;
  /** Blob id of the English file as it is now. */
  currentBlob: string;
  /**
   * True when the English file differs from the recorded text. Always true for
   * outdated files; for in-progress copies it means the English moved on after
   * `i18n:new` copied it.
   */
  englishChanged: boolean;
};

export type LocaleStatus = {
  locale: string;
  files: FileStatus[];
  counts: Record<TranslationState, number>;
  /** Share of files up to date, rounded down so 100 means truly everything. */
  percent: number;
  /** Records that no longer match a file on disk; removed by `i18n:mark --prune`. */
  staleRecords: string[];
  /** UI strings (code.json and the theme's and plugins' JSON files); null when not computed. */
  uiStrings: UiStringsStatus | null;
};

export function statusOfFile(root: string, file: TranslationFile, manifest: Manifest): FileStatus {
  const currentBlob = fileBlobId(path.join(root, file.englishPath));
  const record = manifest.files[file.translatedPath] ?? null;
  const base = {
    locale: file.locale,
    kind: file.kind,
    englishPath: file.englishPath,
    translatedPath: file.translatedPath,
    recordedBlob: file.exists ? (record?.sourceBlob ?? null) : null,
    currentBlob,
  };
  if (!file.exists) return {...base, state: 'missing', englishChanged: false};
  // A translation nobody recorded cannot be shown to match any English version: treat it as outdated.
  if (!record) return {...base, state: 'outdated', englishChanged: true};
  const englishChanged = record.sourceBlob !== currentBlob;
  if (record.state === 'in-progress') return {...base, state: 'in-progress', englishChanged};
  return {...base, state: englishChanged ? 'outdated' : 'up-to-date', englishChanged};
}

/**
 * `uiStrings`: what Docusaurus expects in the UI translation files
 * (ui-strings/expected.ts); without it the UI strings are not counted.
 */
export function computeLocaleStatus(root: string, locale: string, options: {uiStrings?: ExtractedUiStrings} = {}): LocaleStatus {
  const manifest = readManifest(root, locale);
  const files = listTranslations(root, [locale]).map((file) => statusOfFile(root, file, manifest));
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<TranslationState, number>;
  for (const file of files) counts[file.state] += 1;
  const known = new Set(files.filter((f) => f.state !== 'missing').map((f) => f.translatedPath));
  return {
    locale,
    files,
    counts,
    percent: files.length === 0 ? 100 : Math.floor((counts['up-to-date'] * 100) / files.length),
    staleRecords: Object.keys(manifest.files).filter((key) => !known.has(key)),
    uiStrings: options.uiStrings ? uiStringsStatus(readLocaleUiStrings(root, locale, options.uiStrings)) : null,
  };
}

/**
 * The expected UI strings of a Docusaurus site (cached; seconds when its code
 * changed), else undefined. When Docusaurus cannot list them, `onError` hears
 * why and the status goes on without UI strings: the files' states do not
 * depend on them.
 */
export function siteUiStrings(root: string, onError: (message: string) => void): ExtractedUiStrings | undefined {
  if (!hasDocusaurusConfig(root)) return undefined;
  try {
    return expectedUiStringsSync(root);
  } catch (error) {
    if (!(error instanceof UiStringsExtractionError)) throw error;
    onError(`UI strings are not counted: ${error.message}`);
    return undefined;
  }
}

export function computeStatus(
  root: string,
  locales: readonly string[] = translationLocales,
  onError: (message: string) => void = (message) => console.warn(`[translation-status] ${message}`),
): LocaleStatus[] {
  const uiStrings = siteUiStrings(root, onError);
  return locales.map((locale) => computeLocaleStatus(root, locale, {uiStrings}));
}

/**
 * The translation slot of one English file, without listing the whole site
 * (the build asks this once per fragment import). Null when the path is not
 * translatable content.
 */
export function translationFileFor(root: string, englishPath: string, locale: string): TranslationFile | null {
  const translated = translationPathFor(englishPath, locale);
  if (!translated) return null;
  const translatedPath = toPosix(translated);
  return {
    englishPath: toPosix(englishPath),
    kind: toPosix(englishPath).startsWith(`${fragmentsDir}/`) ? 'fragment' : 'page',
    locale,
    translatedPath,
    exists: fs.existsSync(path.join(root, translatedPath)),
  };
}

/** Status of one translation, found by its English path; null when that is not a content file. */
export function statusOfEnglishFile(root: string, englishPath: string, locale: string): FileStatus | null {
  const file = translationFileFor(root, englishPath, locale);
  if (!file || !fs.existsSync(path.join(root, file.englishPath))) return null;
  return statusOfFile(root, file, readManifest(root, locale));
}
