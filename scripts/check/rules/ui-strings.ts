/**
 * ui-strings: every translated locale's UI translation files (code.json and
 * the theme's and plugins' JSON files under i18n/<locale>/) are valid JSON in
 * Docusaurus' shape, have exactly the ids `docusaurus write-translations`
 * would write, keep each English message's {placeholders}, and give plural
 * messages a number of forms that fits the locale. Messages still equal to
 * English are not errors: the translation status counts them as untranslated.
 */
import {globSync} from 'tinyglobby';
import {defaultLocale} from '../../../config/locales';
import {expectedUiStrings, hasDocusaurusConfig, UiStringsExtractionError, type ExtractedUiStrings} from '../../i18n/ui-strings/expected';
import {readLocaleUiStrings, unexpectedJsonFiles} from '../../i18n/ui-strings/locale';
import type {Finding, Rule} from '../types';

const prefetched = new Map<string, Promise<ExtractedUiStrings>>();

/**
 * Whether this run checks any UI translation file (`npm run check -- docs/…`
 * or `--locale en` does not): only then are the expected ids worth computing.
 */
export function checksUiStrings(root: string, locales: readonly string[], isTarget: (path: string) => boolean): boolean {
  return locales
    .filter((l) => l !== defaultLocale)
    .some((locale) => [`i18n/${locale}/code.json`, ...globSync(`i18n/${locale}/**/*.json`, {cwd: root})].some((p) => isTarget(p)));
}

/** Starts computing the expected ids (seconds when not cached) while the rest of the check runs. */
export function prefetchUiStrings(root: string, cache: boolean, locales: readonly string[], isTarget: (path: string) => boolean): void {
  if (hasDocusaurusConfig(root) && checksUiStrings(root, locales, isTarget)) {
    prefetched.set(`${root}\0${cache}`, expectedUiStrings(root, {cache}));
  }
}

export const uiStrings: Rule = {
  name: 'ui-strings',
  async check({site, isTarget, useCache}) {
    const locales = site.locales.filter((l) => l !== defaultLocale);
    if (!hasDocusaurusConfig(site.root) || !checksUiStrings(site.root, site.locales, isTarget)) return [];
    let expected;
    try {
      const key = `${site.root}\0${useCache}`;
      const pending = prefetched.get(key) ?? expectedUiStrings(site.root, {cache: useCache});
      prefetched.delete(key);
      expected = await pending;
    } catch (error) {
      if (!(error instanceof UiStringsExtractionError)) throw error;
      return [
        {
          path: 'docusaurus.config.ts',
          line: 1,
          column: 1,
          message: `UI strings could not be checked: ${error.message}`,
          fix: 'make `npx docusaurus write-translations` work again (the error above says what Docusaurus could not load)',
        },
      ];
    }
    const findings: Finding[] = [];
    for (const locale of locales) {
      for (const stray of unexpectedJsonFiles(site.root, locale, expected)) {
        if (!isTarget(stray.path)) continue;
        findings.push({
          path: stray.path,
          line: 1,
          column: 1,
          message: `not a translation file Docusaurus reads, so its strings are never shown${stray.likely ? `; it most likely is i18n/${locale}/${stray.likely}` : ''}`,
          fix: stray.likely
            ? `merge its entries into i18n/${locale}/${stray.likely} (or rename it, if that file does not exist) and delete it`
            : `delete it; Docusaurus reads ${Object.keys(expected.files).join(', ')} under i18n/${locale}/`,
        });
      }
      for (const report of readLocaleUiStrings(site.root, locale, expected)) {
        if (!isTarget(report.path)) continue;
        if (!report.exists) {
          findings.push({
            path: report.path,
            line: 1,
            column: 1,
            message: `${report.path} does not exist: its ${report.comparison.total} strings are shown in English`,
            fix: `run \`npx docusaurus write-translations --locale ${locale}\`, then translate the messages`,
          });
          continue;
        }
        for (const problem of [...report.syntax, ...report.comparison.problems]) {
          findings.push({path: report.path, ...problem.position, message: problem.message, fix: problem.fix});
        }
      }
    }
    return findings;
  },
};
