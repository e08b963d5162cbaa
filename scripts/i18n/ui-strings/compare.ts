/**
 * One locale's UI translation file compared with what Docusaurus expects for
 * it: ids missing (readers see English) or obsolete, placeholders changed,
 * plural forms that do not fit the locale, and which messages are still the
 * English text (untranslated: counted by the status, not an error).
 */
import type {Position} from '../../lib/mdx';
import type {UiStringsFile} from './docusaurus-extract';
import {isPluralMessage, placeholderDifferences, pluralProblem} from './messages';
import type {Entry, FileProblem} from './translation-file';

export type ComparisonInput = {
  locale: string;
  /** The file's entries (translation-file.ts), or null when it is missing or not valid JSON. */
  entries: Entry[] | null;
  /** What write-translations writes for the default locale: ids and English messages. */
  expected: UiStringsFile;
  /**
   * Docusaurus' own translations for this locale (its theme's messages, from
   * @docusaurus/theme-translations), id → message. A message equal to one of
   * them is Docusaurus' work, not the translator's: it is not checked, and
   * counts as translated even when it reads like English.
   */
  localeDefaults: Record<string, string>;
  /** Ids whose message is rightly the English one (product names): see config/ui-strings.ts. */
  sameAsEnglish: ReadonlySet<string>;
  /** Where to report missing ids: the end of the file. */
  end: Position;
};

export type Comparison = {
  problems: FileProblem[];
  /** Ids Docusaurus expects in this file. */
  total: number;
  /** Expected ids readers see in English: missing, without a message, or with the English message. */
  untranslated: string[];
};

const short = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function compareWithExpected(input: ComparisonInput): Comparison {
  const {locale, entries, expected, localeDefaults, sameAsEnglish, end} = input;
  const problems: FileProblem[] = [];
  const untranslated: string[] = [];
  const byId = new Map((entries ?? []).map((e) => [e.id, e]));
  for (const [id, {message: english}] of Object.entries(expected)) {
    const entry = byId.get(id);
    if (!entry) {
      untranslated.push(id);
      if (entries) {
        problems.push({
          position: end,
          message: `id "${id}" is missing: readers see the English ${short(english)}`,
          fix: `run \`npx docusaurus write-translations --locale ${locale}\` (it adds missing ids with their English text and keeps every translation), then translate it`,
        });
      }
      continue;
    }
    if (entry.message === null) {
      untranslated.push(id);
      continue;
    }
    const translated = entry.message;
    if (translated === localeDefaults[id]) continue;
    if (translated === english) {
      if (!sameAsEnglish.has(id)) untranslated.push(id);
      continue;
    }
    const {missing, extra} = placeholderDifferences(english, translated);
    if (missing.length + extra.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`${missing.join(', ')} missing`] : []),
        ...(extra.length > 0 ? [`${extra.join(', ')} not in English`] : []),
      ];
      problems.push({
        position: entry.messagePosition,
        message: `placeholders of "${id}" differ from English: ${parts.join('; ')} (English: ${short(english)})`,
        fix: 'keep every {placeholder} of the English message, spelled exactly the same (they are filled in by the site, never translated)',
      });
    }
    if (isPluralMessage(english)) {
      const problem = pluralProblem(translated, locale);
      if (problem) {
        problems.push({
          position: entry.messagePosition,
          message: `"${id}" ${problem} (English: ${short(english)})`,
          fix: `write one form per plural category of ${locale}, separated by |, in the order zero, one, two, few, many, other (see CONTRIBUTING.md, "ui-strings")`,
        });
      }
    }
  }
  for (const entry of entries ?? []) {
    if (Object.hasOwn(expected, entry.id)) continue;
    problems.push({
      position: entry.position,
      message: `id "${entry.id}" is not used by the site (no longer in its code or configuration); Docusaurus ignores it`,
      fix: 'delete this entry; if the English text was reworded, its new id is listed as missing',
    });
  }
  return {problems, total: Object.keys(expected).length, untranslated};
}
