import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {headingIds} from './heading-ids';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

const english = lines(
  '# Guide', //                                   1
  '', //                                          2
  '## Prerequisites \\{#prerequisites}', //        3
  '', //                                          4
  '## Installation \\{#installation}', //          5
  '', //                                          6
  '### With npm \\{#with-npm}', //                 7
  '', //                                          8
  '### With pnpm \\{#with-pnpm}', //               9
  '', //                                         10
  '## Usage \\{#usage}', //                       11
  '', //                                         12
  '### Server components \\{#server-components}', // 13
);

test('a faithful translation passes, even with different line numbers and extra prose', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '# Guía',
      '',
      'Un párrafo que no existe en inglés.',
      '',
      '## Requisitos previos \\{#prerequisites}',
      '',
      '## Instalación \\{#installation}',
      '',
      '### Con npm \\{#with-npm}',
      '',
      '### Con pnpm \\{#with-pnpm}',
      '',
      '## Uso \\{#usage}',
      '',
      '### Componentes de servidor \\{#server-components}',
    ),
  });
  assert.deepEqual((await check(root, [headingIds])).rows, []);
});

test('renamed, missing, extra, id-less, re-levelled and moved headings are each reported where they are', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '# Guía', //                                           1
      '', //                                                 2
      '## Requisitos previos \\{#requisitos-previos}', //      3  renamed
      '', //                                                 4
      '## Instalación \\{#installation}', //                   5
      '', //                                                 6
      '### Con npm', //                                      7  no id (English: with-npm)
      '', //                                                 8
      '## Uso \\{#usage}', //                                  9  with-pnpm is missing before this
      '', //                                                10
      '#### Componentes de servidor \\{#server-components}', // 11  h4, English h3
      '', //                                                12
      '### Notas \\{#notes}', //                              13  not in English
    ),
  });
  const {rows, problems} = await check(root, [headingIds]);
  assert.deepEqual(rows, [
    ['heading-ids', ES, 3, 1],
    ['heading-ids', ES, 7, 1],
    ['heading-ids', ES, 9, 1],
    ['heading-ids', ES, 11, 1],
    ['heading-ids', ES, 13, 1],
  ]);
  assert.match(at(problems, ES, 3).message, /#requisitos-previos differs from the English id #prerequisites \(docs\/guide\.mdx:3\)/);
  assert.match(at(problems, ES, 7).message, /no explicit id; the English heading here has #with-npm \(docs\/guide\.mdx:7\)/);
  assert.match(at(problems, ES, 7).fix, /\\\{#with-npm\}/);
  assert.match(at(problems, ES, 9).message, /heading #with-pnpm \(h3 "With pnpm", docs\/guide\.mdx:9\) is missing/);
  assert.match(at(problems, ES, 11).message, /#server-components is an h4 here but an h3 in English \(docs\/guide\.mdx:13\)/);
  assert.match(at(problems, ES, 13).message, /#notes does not exist in English/);
});

test('a heading moved under another section is reported with both parents', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '## Requisitos previos \\{#prerequisites}', // 1
      '', //                                     2
      '### Con npm \\{#with-npm}', //              3  under prerequisites, English: under installation
      '', //                                     4
      '## Instalación \\{#installation}', //       5
      '', //                                     6
      '### Con pnpm \\{#with-pnpm}', //            7
      '', //                                     8
      '## Uso \\{#usage}', //                      9
      '', //                                    10
      '### Componentes de servidor \\{#server-components}', // 11
    ),
  });
  const {rows, problems} = await check(root, [headingIds]);
  assert.deepEqual(rows, [['heading-ids', ES, 3, 1]]);
  assert.match(at(problems, ES, 3).message, /under #prerequisites here but under #installation in English \(docs\/guide\.mdx:7\)/);
});

test('h2–h4 without an explicit id are reported in English too, with a suggested id', async () => {
  const root = makeSite({
    [EN]: lines('# Title', '', '## Set up the client', '', '##### Small print'),
  });
  const {rows, problems} = await check(root, [headingIds]);
  assert.deepEqual(rows, [['heading-ids', EN, 3, 1]]);
  assert.match(at(problems, EN, 3).fix, /## Set up the client \\\{#set-up-the-client\}/);
});

test('fragments are compared with their English fragment', async () => {
  const root = makeSite({
    'fragments/next/_setup.mdx': lines('### Configure \\{#configure}'),
    'i18n/es/fragments/next/_setup.mdx': lines('Texto.', '', '### Configurar \\{#configurar}'),
  });
  assert.deepEqual((await check(root, [headingIds])).rows, [['heading-ids', 'i18n/es/fragments/next/_setup.mdx', 3, 1]]);
});
