import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {translationRecords} from './translation-records';

const BLOB = '9b4c032c354c2dd466b6fb4ff6d917a628a4b260';
const MANIFEST = 'i18n/es/translation-status.json';

function manifest(files: Record<string, string>): string {
  const entries = Object.fromEntries(
    Object.entries(files).map(([translated, source]) => [translated, {source, sourceBlob: BLOB, state: 'translated'}]),
  );
  return `${JSON.stringify({note: 'n', locale: 'es', files: entries}, null, 2)}\n`;
}

const site = {
  'fragments/next/_installation.mdx': lines('Install.'),
  'i18n/es/fragments/next/_installation.mdx': lines('Instala.'),
};

test('records of existing files pass', async () => {
  const root = makeSite({...site, [MANIFEST]: manifest({'i18n/es/fragments/next/_installation.mdx': 'fragments/next/_installation.mdx'})});
  assert.deepEqual((await check(root, [translationRecords])).rows, []);
});

test('a record of a deleted translation is reported on its line, with the command that removes it', async () => {
  const root = makeSite({
    ...site,
    [MANIFEST]: manifest({
      'i18n/es/fragments/next/_installation.mdx': 'fragments/next/_installation.mdx',
      'i18n/es/fragments/next/_old.mdx': 'fragments/next/_old.mdx',
    }),
  });
  const {rows, problems} = await check(root, [translationRecords]);
  assert.deepEqual(rows, [['translation-records', MANIFEST, 10, 5]]);
  assert.equal(at(problems, MANIFEST, 10).message, 'record of i18n/es/fragments/next/_old.mdx, which does not exist (renamed or deleted)');
  assert.match(at(problems, MANIFEST, 10).fix, /^run `npm run i18n:mark -- --prune --locale es`/);
});

test('a record whose English file is gone is reported even while the translation exists', async () => {
  const root = makeSite({
    'fragments/next/_other.mdx': lines('Other.'),
    'i18n/es/fragments/next/_installation.mdx': lines('Instala.'),
    [MANIFEST]: manifest({'i18n/es/fragments/next/_installation.mdx': 'fragments/next/_installation.mdx'}),
  });
  const {rows, problems} = await check(root, [translationRecords]);
  assert.deepEqual(rows, [['translation-records', MANIFEST, 5, 5]]);
  assert.match(at(problems, MANIFEST, 5).message, /names the English file fragments\/next\/_installation\.mdx, which does not exist/);
});

test('a record file that is not valid JSON is reported where it breaks', async () => {
  const root = makeSite({...site, [MANIFEST]: lines('{', '  "locale": "es",', '  "files": {},', '}')});
  const {rows, problems} = await check(root, [translationRecords]);
  assert.deepEqual(rows, [['translation-records', MANIFEST, 3, 14]]);
  assert.equal(at(problems, MANIFEST, 3).message, 'invalid JSON: comma after the last entry');
});
