/**
 * spelling: prose of every page and fragment (and the translated UI strings)
 * is spell-checked with cspell, in the language of its locale. Only prose is
 * fed to cspell (see prose.ts): code, inline code, imports, JSX attributes and
 * URLs are not words. Product and API names go in project-words.txt.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {defaultLocale} from '../../../config/locales';
import {toPosix} from '../../lib/content';
import {positionIndex} from '../positions';
import {proseOf, proseOfUiStrings} from '../prose';
import {createSpeller} from '../speller';
import type {Finding, Rule} from '../types';

type Document = {path: string; source: string; prose: string; language: string};

export const spelling: Rule = {
  name: 'spelling',
  description: 'prose is spelled correctly (cspell; Spanish dictionary for i18n/es; project-words.txt)',
  async check({site, config, isTarget}) {
    const options = config.spelling;
    const languageOf = (locale: string) => options.languages[locale] ?? locale;
    const documents: Document[] = site.files
      .filter((file) => file.facts && isTarget(file.path))
      .map((file) => ({
        path: file.path,
        source: file.source,
        prose: proseOf(file, options.frontMatterFields),
        language: languageOf(file.locale),
      }));
    for (const locale of site.locales.filter((l) => l !== defaultLocale)) {
      const dir = path.join(site.root, 'i18n', locale);
      for (const file of globSync(options.uiStrings, {cwd: dir})) {
        const filePath = toPosix(path.join('i18n', locale, file));
        if (!isTarget(filePath)) continue;
        const source = fs.readFileSync(path.join(dir, file), 'utf8');
        documents.push({path: filePath, source, prose: proseOfUiStrings(source), language: languageOf(locale)});
      }
    }
    if (documents.length === 0) return [];

    const speller = await createSpeller(site.root, options.configFile);
    if ('error' in speller) {
      return [
        {
          path: options.configFile,
          line: 1,
          column: 1,
          message: `spelling not checked: ${speller.error}`,
          fix: 'add cspell.config.yaml (see CONTRIBUTING.md, "Checks")',
        },
      ];
    }
    const findings: Finding[] = [];
    for (const doc of documents) {
      if (doc.prose.trim() === '') continue;
      const at = positionIndex(doc.source);
      for (const issue of await speller.check(doc.prose, doc.language, doc.path)) {
        const suggestions = issue.suggestions.length > 0 ? `did you mean ${issue.suggestions.map((s) => `"${s}"`).join(', ')}? ` : '';
        findings.push({
          path: doc.path,
          ...at(issue.offset),
          message: `unknown word "${issue.word}" (${doc.language})`,
          fix: `${suggestions}fix the spelling, or add the word to project-words.txt if it is a product or API name`,
        });
      }
    }
    return findings;
  },
};
