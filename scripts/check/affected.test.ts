import {test} from 'node:test';
import assert from 'node:assert/strict';
import {translationLocales} from '../../config/locales';
import {affectedBy, spellingWordLists} from './affected';
import {Site} from './site';
import {lines, makeSite} from './test-helpers';

const ES_DOCS = 'i18n/es/docusaurus-plugin-content-docs/current';

/**
 * Where a translation of `file` would be in the locales that have no file of
 * this test site (every locale of config/locales.ts but es): an English change
 * targets its translation in every locale, whether or not it exists yet.
 */
const inOtherLocales = (file: string) => translationLocales.filter((l) => l !== 'es').map((l) => `i18n/${l}/${file}`);

// a renders the shared fragment (English in both locales: it has no Spanish
// version); b links to a; c renders _other, which Spanish has translated.
const files = {
  'docs/a.mdx': lines("import Shared from '@fragments/next/_shared.mdx';", '', '## A \\{#a}', '', '<Shared />'),
  'docs/b.mdx': lines('## B \\{#b}', '', 'See [A](/a#a).'),
  'docs/c.mdx': lines("import Other from '@fragments/next/_other.mdx';", '', '## C \\{#c}', '', '<Other />'),
  'fragments/next/_shared.mdx': lines('## Shared \\{#shared}'),
  'fragments/next/_other.mdx': lines('## Other \\{#other}'),
  [`${ES_DOCS}/a.mdx`]: lines("import Shared from '@fragments/next/_shared.mdx';", '', '## A \\{#a}', '', '<Shared />'),
  [`${ES_DOCS}/c.mdx`]: lines("import Other from '@fragments/next/_other.mdx';", '', '## C \\{#c}', '', '<Other />'),
  'i18n/es/fragments/next/_other.mdx': lines('## Otro \\{#other}'),
  'i18n/es/code.json': '{}\n',
  'cspell.config.yaml': lines('dictionaryDefinitions:', '  - name: custom', '    path: ./words/custom.txt'),
};

async function site() {
  return Site.load(makeSite(files));
}

test('an English fragment: its translations, every page rendering it in every locale, and the files linking to those pages', async () => {
  assert.deepEqual(affectedBy(await site(), ['fragments/next/_shared.mdx']).paths, [
    'docs/a.mdx', // renders it
    'docs/b.mdx', // links to /a
    'fragments/next/_shared.mdx',
    `${ES_DOCS}/a.mdx`, // renders the English fragment: Spanish has none (fallback rule)
    'i18n/es/fragments/next/_shared.mdx', // its translation, once it exists
    ...inOtherLocales('fragments/next/_shared.mdx'),
  ].sort());
});

test('a translated fragment: itself and the pages of its locale that render it, with what they render', async () => {
  assert.deepEqual(affectedBy(await site(), ['i18n/es/fragments/next/_other.mdx']).paths, [
    `${ES_DOCS}/c.mdx`,
    'i18n/es/fragments/next/_other.mdx',
  ]);
});

test('an English page: itself, what it renders, and its translation with what that renders', async () => {
  assert.deepEqual(affectedBy(await site(), ['docs/c.mdx']).paths, [
    'docs/c.mdx',
    'fragments/next/_other.mdx',
    `${ES_DOCS}/c.mdx`,
    'i18n/es/fragments/next/_other.mdx',
    ...inOtherLocales('docusaurus-plugin-content-docs/current/c.mdx'),
  ].sort());
});

test('UI strings are their own target; files no check reads affect nothing', async () => {
  const loaded = await site();
  assert.deepEqual(affectedBy(loaded, ['i18n/es/code.json']).paths, ['i18n/es/code.json']);
  assert.deepEqual(affectedBy(loaded, ['README.md', '.github/workflows/pull-request.yml', 'tests/e2e/search.test.ts']).paths, []);
});

test('what every check reads, or a deleted page or fragment, makes everything a target', async () => {
  const loaded = await site();
  const wordLists = spellingWordLists(loaded.root, 'cspell.config.yaml');
  assert.deepEqual(wordLists, ['words/custom.txt']);
  const everything = (file: string) => affectedBy(loaded, ['docs/b.mdx', file], wordLists).everything;
  assert.equal(everything('config/locales.ts'), 'config/locales.ts changed (it says which locales exist)');
  assert.equal(everything('scripts/check/rules/spelling.ts'), 'scripts/check/rules/spelling.ts changed (it is the code of the checks)');
  assert.equal(everything('cspell.config.yaml'), 'cspell.config.yaml changed (it is spelling configuration)');
  assert.equal(everything('project-words-es.txt'), 'project-words-es.txt changed (it is spelling configuration)');
  assert.equal(everything('words/custom.txt'), 'words/custom.txt changed (it is a spelling word list)');
  assert.equal(everything('package-lock.json'), 'package-lock.json changed (it decides the versions of the compiler and dictionaries)');
  assert.equal(
    everything('fragments/next/_gone.mdx'),
    'fragments/next/_gone.mdx was deleted or renamed (links and imports anywhere may point to it)',
  );
  assert.equal(everything('docs/c.mdx'), undefined);
});
