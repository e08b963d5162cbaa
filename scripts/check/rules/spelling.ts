/**
 * spelling: prose of every page and fragment, and the translated UI strings,
 * is spell-checked with cspell in the language of its locale: its dictionary
 * from config/locales.ts, plus English in translations, whose prose keeps
 * technical English terms (spelling-locales.ts). UI messages still equal to
 * English are untranslated, not misspelt, and are not checked at all. Only prose reaches cspell (see prose.ts): code,
 * inline code, imports, JSX attributes and URLs are not words. Product and API
 * names go in project-words.txt.
 *
 * Besides unknown words it reports, once per run, each locale that has no
 * dictionary (a warning: its Latin-script words are still checked in
 * English), a dictionary package that is not installed, and a
 * cspell.config.yaml that no longer matches config/locales.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {defaultLocale} from '../../../config/locales';
import {toPosix} from '../../lib/content';
import {knownUiStrings, uiStringsReady} from '../../i18n/ui-strings/expected';
import {withoutEnglishMessages} from '../../i18n/ui-strings/untranslated-text';
import {checksUiStrings} from './ui-strings';
import type {CheckConfig} from '../config';
import {positionIndex} from '../positions';
import {proseOf, proseOfUiStrings} from '../prose';
import type {SiteFile} from '../site';
import type {SpellInput} from '../spelling-service';
import type {Finding, Rule} from '../types';
import {localeSetupFindings} from './spelling-setup';
import {spellingLanguage} from '../spelling-locales';

type ContentSource = {path: string; locale: string; source: string};

/** Translation JSON files (UI strings) of every translated locale. */
function uiStringFiles(root: string, locales: readonly string[], config: CheckConfig): ContentSource[] {
  return locales
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) => {
      const dir = path.join(root, 'i18n', locale);
      // Messages still in English are untranslated, not misspelt (ui-strings/untranslated-text.ts).
      const expected = knownUiStrings(root)?.files;
      return globSync(config.spelling.uiStrings, {cwd: dir}).map((file) => ({
        path: toPosix(path.join('i18n', locale, file)),
        locale,
        source: withoutEnglishMessages(fs.readFileSync(path.join(dir, file), 'utf8'), expected?.[toPosix(file)]),
      }));
    });
}

const localeOfDocument = (file: string) => /^i18n\/([^/]+)\//.exec(file)?.[1] ?? defaultLocale;

const languageOf = (config: CheckConfig, locale: string) => spellingLanguage(config.spelling.locales, locale);

/** What will be spell-checked, known from sources alone: lets the runner start cspell before compiling. */
export function spellingInputs(
  root: string,
  locales: readonly string[],
  contentFiles: ContentSource[],
  config: CheckConfig,
  isTarget: (path: string) => boolean,
): SpellInput[] {
  return [...contentFiles, ...uiStringFiles(root, locales, config)]
    .filter((file) => isTarget(file.path))
    .map((file) => ({file: file.path, source: file.source, language: languageOf(config, file.locale)}));
}

export const spelling: Rule = {
  name: 'spelling',
  async check({site, config, isTarget, spelling: service, useCache}) {
    if (!service) return [];
    if (checksUiStrings(site.root, site.locales, isTarget)) await uiStringsReady(site.root, {cache: useCache});
    const inputs = spellingInputs(site.root, site.locales, site.files, config, isTarget);
    const setup = localeSetupFindings(site.root, config, new Set(inputs.map((input) => localeOfDocument(input.file))));
    // Until the set-up is right, cspell would load the wrong dictionaries (or fail): report only that.
    if (setup.some((f) => f.severity !== 'warning')) return setup;
    const compiled = new Map<string, SiteFile>(site.files.map((f) => [f.path, f]));
    const documents = inputs.flatMap((input) => {
      const file = compiled.get(input.file);
      if (file && !file.facts) return []; // not valid MDX: reported by mdx-syntax
      const prose = () => (file ? proseOf(file, config.spelling.frontMatterFields) : proseOfUiStrings(input.source));
      return [{...input, prose}];
    });
    if (documents.length === 0) return setup;
    let results;
    try {
      results = await service.check(documents);
    } catch (error) {
      return [
        {
          path: config.spelling.configFile,
          line: 1,
          column: 1,
          message: `spelling could not be checked: ${(error as Error).message}`,
          fix: `restore or fix ${config.spelling.configFile} at the site root (see CONTRIBUTING.md, "Checks")`,
        },
      ];
    }
    const unknownWords = documents.flatMap((doc, i) => {
      const at = positionIndex(doc.source);
      const words = config.spelling.locales[localeOfDocument(doc.file)]?.words;
      const localWords = words && doc.language !== languageOf(config, defaultLocale) ? `, to ${words} if it is a correct word its dictionary lacks` : '';
      return results[i]!.map(
        (issue): Finding => ({
          path: doc.file,
          ...at(issue.offset),
          message: `unknown word "${issue.word}" (${doc.language})`,
          fix: `${issue.suggestions.length > 0 ? `did you mean ${issue.suggestions.map((s) => `"${s}"`).join(', ')}? ` : ''}fix the spelling, or add the word to project-words.txt if it is a product or API name${localWords}`,
        }),
      );
    });
    return [...setup, ...unknownWords];
  },
};
