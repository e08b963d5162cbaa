import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {likelySource, misplacedTranslation} from './misplaced-translation';

const english = {
  'docs/quick-starts/next-app-router.mdx': lines('# App Router'),
  'docs/quick-starts/next.mdx': lines('# Pages Router'),
  'fragments/next/_installation.mdx': lines('Install.'),
  'fragments/next/_integration.mdx': lines('Integrate.'),
  'fragments/shared/_further-readings.mdx': lines('Read more.'),
};

test('translations at the English paths pass', async () => {
  const root = makeSite({
    ...english,
    'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next.mdx': lines('# Pages Router'),
    'i18n/es/fragments/next/_installation.mdx': lines('Instala.'),
  });
  assert.deepEqual((await check(root, [misplacedTranslation])).rows, []);
});

test('a misnamed fragment is reported with the English file it belongs to', async () => {
  const file = 'i18n/es/fragments/next/_instalation.mdx';
  const root = makeSite({...english, [file]: lines('Instala.')});
  const {rows, problems} = await check(root, [misplacedTranslation]);
  assert.deepEqual(rows, [['misplaced-translation', file, 1, 1]]);
  const problem = at(problems, file, 1);
  assert.equal(
    problem.message,
    'no English file fragments/next/_instalation.mdx, so this translation is never shown (es readers get the English page or fragment instead); it most likely belongs to fragments/next/_installation.mdx, which has no es translation',
  );
  assert.equal(
    problem.fix,
    `move it: \`git mv ${file} i18n/es/fragments/next/_installation.mdx\`, then \`npm run i18n:mark -- i18n/es/fragments/next/_installation.mdx\` once it matches the English text`,
  );
});

test('a typo in a folder or a name suggests the English file with the nearest path', async () => {
  const root = makeSite({
    ...english,
    'i18n/es/fragments/nxt/_integration.mdx': lines('Integra.'),
    'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next.mdx': lines('# Pages Router'),
    'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/nex-app-router.mdx': lines('# App Router'),
  });
  const {rows, problems} = await check(root, [misplacedTranslation]);
  assert.equal(rows.length, 2);
  assert.match(at(problems, 'i18n/es/fragments/nxt/_integration.mdx', 1).message, /belongs to fragments\/next\/_integration\.mdx,/);
  assert.match(
    at(problems, 'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/nex-app-router.mdx', 1).message,
    /belongs to docs\/quick-starts\/next-app-router\.mdx, which has no es translation/,
  );
});

test('a translation whose English file was deleted is reported with what to do', async () => {
  const file = 'i18n/es/fragments/next/_external-storage.mdx';
  const root = makeSite({...english, [file]: lines('Almacenamiento externo.')});
  const {rows, problems} = await check(root, [misplacedTranslation]);
  assert.deepEqual(rows, [['misplaced-translation', file, 1, 1]]);
  assert.match(at(problems, file, 1).message, /no English file fragments\/next\/_external-storage\.mdx.*; no English file has a similar path$/);
  assert.match(at(problems, file, 1).fix, /if its English file was deleted, delete this translation; if it was renamed or moved/);
});

test('a page or fragment outside the folders translations are read from is reported', async () => {
  const file = 'i18n/es/fragment/shared/_further-readings.mdx';
  const root = makeSite({...english, [file]: lines('Lee más.')});
  const {rows, problems} = await check(root, [misplacedTranslation]);
  assert.deepEqual(rows, [['misplaced-translation', file, 1, 1]]);
  assert.match(at(problems, file, 1).message, /^not a place translations are read from .*belongs to fragments\/shared\/_further-readings\.mdx/);
  assert.match(at(problems, file, 1).fix, /git mv i18n\/es\/fragment\/shared\/_further-readings\.mdx i18n\/es\/fragments\/shared\/_further-readings\.mdx/);
});

test('among equally near English files, one without a translation is preferred; a moved file is found by its name', () => {
  const candidates = [
    {englishPath: 'fragments/next/_setup-a.mdx', kind: 'fragment' as const, translated: true},
    {englishPath: 'fragments/next/_setup-b.mdx', kind: 'fragment' as const, translated: false},
    {englishPath: 'fragments/shared/_api-resources-description.mdx', kind: 'fragment' as const, translated: false},
  ];
  assert.equal(likelySource('next/_setup-c.mdx', candidates)?.englishPath, 'fragments/next/_setup-b.mdx');
  assert.equal(likelySource('next-app-router/_api-resources-description.mdx', candidates)?.englishPath, 'fragments/shared/_api-resources-description.mdx');
  assert.equal(likelySource('next/_completely-different.mdx', candidates), null);
});
