/**
 * cspell.config.yaml, written from config/locales.ts: `npm run check` and
 * editors read the same file, and the dictionaries in it are the ones the
 * locales declare. The spelling rule reports the file as out of date when it
 * differs from what this module writes, so the two cannot drift apart.
 *
 *   npm run spelling:config            # (re)write cspell.config.yaml
 */
import fs from 'node:fs';
import path from 'node:path';
import {defaultLocale} from '../../config/locales';
import {siteDir} from '../lib/content';
import {siteSpellingLocales, spellingLanguage, type SpellingLocales} from './spelling-locales';

export const CSPELL_CONFIG_FILE = 'cspell.config.yaml';
export const SPELLING_CONFIG_COMMAND = 'npm run spelling:config';

/** Dictionaries every file uses, whatever its locale. */
const SHARED_IMPORTS = ['@cspell/dict-software-terms/cspell-ext.json'];
const PROJECT_WORDS = 'project-words.txt';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function cspellConfigText(locales: SpellingLocales): string {
  const entries = Object.entries(locales);
  const imports = [
    ...entries.flatMap(([, s]) => (s ? [`${s.dictionary}/cspell-ext.json`] : [])),
    ...SHARED_IMPORTS,
  ];
  const wordLists = entries.flatMap(([locale, s]) => (s?.words ? [{locale, language: s.language, file: s.words}] : []));
  const out = [
    `# Written by \`${SPELLING_CONFIG_COMMAND}\` from config/locales.ts (the \`spelling\``,
    '# field of each locale): edit that file, then run the command. `npm run check`',
    '# (rule `spelling`), the cspell CLI and editor extensions all read this file.',
    '# Only the dictionaries listed here are used (loadDefaultConfiguration: false):',
    "# cspell's full default set costs seconds to load and adds nothing the prose needs.",
    '#',
    `# - ${PROJECT_WORDS}: product, API and package names, in any language.`,
    ...wordLists.map((w) => `# - ${w.file}: correct words the ${w.locale} dictionary lacks, ${w.locale} files only.`),
    "# - overrides: each locale's folder is checked in its language (with English,",
    '#   which translations keep for technical terms and untranslated UI strings).',
    "version: '0.2'",
    'loadDefaultConfiguration: false',
    'import:',
    ...imports.map((i) => `  - ${quote(i)}`),
    'dictionaryDefinitions:',
    ...[{name: 'project-words', file: PROJECT_WORDS}, ...wordLists.map((w) => ({name: `project-words-${w.locale}`, file: w.file}))].flatMap(
      (d) => [`  - name: ${d.name}`, `    path: ${quote(`./${d.file}`)}`, '    addWords: true'],
    ),
    'dictionaries:',
    '  - project-words',
  ];
  if (wordLists.length > 0) {
    out.push('languageSettings:');
    for (const w of wordLists) {
      out.push("  - languageId: '*'", `    locale: ${quote(w.language)}`, '    dictionaries:', `      - project-words-${w.locale}`);
    }
  }
  const translated = entries.filter(([locale]) => locale !== defaultLocale);
  if (translated.length > 0) {
    out.push('overrides:');
    for (const [locale] of translated) {
      out.push(`  - filename: ${quote(`i18n/${locale}/**`)}`, `    language: ${quote(spellingLanguage(locales, locale))}`);
    }
  }
  out.push('ignorePaths:', '  - node_modules', '  - build', '  - .docusaurus', '');
  return out.join('\n');
}

/** Null when `root`'s cspell.config.yaml is what config/locales.ts gives, else what is wrong with it. */
export function cspellConfigDrift(root: string, locales: SpellingLocales): string | null {
  const file = path.join(root, CSPELL_CONFIG_FILE);
  if (!fs.existsSync(file)) return `there is no ${CSPELL_CONFIG_FILE} at the site root`;
  return fs.readFileSync(file, 'utf8') === cspellConfigText(locales)
    ? null
    : `${CSPELL_CONFIG_FILE} does not match the locales' dictionaries in config/locales.ts`;
}

if (require.main === module) {
  const file = path.join(siteDir, CSPELL_CONFIG_FILE);
  const text = cspellConfigText(siteSpellingLocales);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (before === text) {
    console.log(`${CSPELL_CONFIG_FILE} is up to date with config/locales.ts`);
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${CSPELL_CONFIG_FILE} from config/locales.ts`);
  }
}
