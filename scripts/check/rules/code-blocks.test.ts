import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {codeBlocks} from './code-blocks';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

const english = lines(
  '# Guide', //                                                     1
  '', //                                                            2
  '```tsx title="app/page.tsx" {1}', //                             3
  "import { getAccessTokenRSC } from '@logto/next/server-actions';", // 4
  '', //                                                            5
  '// Reads the token',
  'export default async function Page() {', //                      7
  "  const token = await getAccessTokenRSC(config, 'https://api.example.com');", // 8
  '  return <p>Your token: {token}</p>;', //                        9
  '}', //                                                          10
  '```', //                                                        11
  '', //                                                           12
  '```bash', //                                                    13
  '# Install the SDK', //                                          14
  'npm install @logto/next', //                                    15
  '```', //                                                        16
);

test('comments, strings and JSX text may be translated', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '# Guía',
      '',
      'Párrafo extra.',
      '',
      '```tsx title="app/page.tsx" {1}',
      "import { getAccessTokenRSC } from '@logto/next/server-actions';",
      '',
      '/* Lee el token */',
      'export default async function Page() {',
      "  const token = await getAccessTokenRSC(config, 'https://api.ejemplo.com'); // recurso",
      '  return <p>Tu token: {token}</p>;',
      '}',
      '```',
      '',
      '```bash',
      '# Instala el SDK',
      'npm install @logto/next  # con npm',
      '```',
    ),
  });
  assert.deepEqual((await check(root, [codeBlocks])).rows, []);
});

test('a renamed API call and a changed import path are reported at their tokens', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '# Guía', //                                                  1
      '', //                                                        2
      '```tsx title="app/page.tsx" {1}', //                         3
      "import { getAccessTokenRSC } from '@logto/next/acciones';", // 4
      '', //                                                        5
      '// Lee el token', //                                         6
      'export default async function Page() {', //                  7
      "  const token = await getAccessTokenRsc(config, 'https://api.example.com');", // 8
      '  return <p>Tu token: {token}</p>;', //                      9
      '}', //                                                      10
      '```', //                                                    11
      '', //                                                       12
      '```bash', //                                                13
      '# Instala el SDK', //                                       14
      'npm install @logto/nextjs', //                              15
      '```', //                                                    16
    ),
  });
  const {rows, problems} = await check(root, [codeBlocks]);
  assert.deepEqual(rows, [
    ['code-blocks', ES, 4, 35],
    ['code-blocks', ES, 8, 23],
    ['code-blocks', ES, 15, 1],
  ]);
  assert.match(at(problems, ES, 4).message, /`'@logto\/next\/acciones'` here, `'@logto\/next\/server-actions'` in English \(docs\/guide\.mdx:4\)/);
  assert.match(at(problems, ES, 8).message, /`getAccessTokenRsc` here, `getAccessTokenRSC` in English \(docs\/guide\.mdx:8\)/);
  assert.match(at(problems, ES, 15).message, /`npm install @logto\/nextjs` here, `npm install @logto\/next` in English \(docs\/guide\.mdx:15\)/);
});

test('language, title and meta must match; missing and extra blocks are reported once', async () => {
  const root = makeSite({
    [EN]: lines(
      '```ts title="a.ts"', //  1
      'a();', //                2
      '```', //                 3
      '', //                    4
      '```ts title="b.ts" {1}', // 5
      'b();', //                6
      '```', //                 7
      '', //                    8
      '```ts', //               9
      'c();', //               10
      '```', //                11
      '', //                   12
      '```bash', //            13
      'd', //                  14
      '```', //                15
    ),
    [ES]: lines(
      '```js title="a.ts"', //  1  language
      'a();', //                2
      '```', //                 3
      '', //                    4
      '```ts title="b.ts" {2}', // 5  meta
      'b();', //                6
      '```', //                 7
      '', //                    8
      '```bash', //             9  c() block missing before this one
      'd', //                  10
      '```', //                11
      '', //                   12
      '```ts title="extra.ts"', // 13  extra
      'e();', //               14
      '```', //                15
    ),
  });
  const {rows, problems} = await check(root, [codeBlocks]);
  assert.deepEqual(rows, [
    ['code-blocks', ES, 1, 1],
    ['code-blocks', ES, 5, 1],
    ['code-blocks', ES, 9, 1],
    ['code-blocks', ES, 13, 1],
  ]);
  assert.match(at(problems, ES, 1).message, /language `js` differs from English `ts` \(docs\/guide\.mdx:1\)/);
  assert.match(at(problems, ES, 5).message, /meta `title="b.ts" \{2\}` differs from English `title="b.ts" \{1\}`/);
  assert.match(at(problems, ES, 9).message, /code block missing: English has ```ts at docs\/guide\.mdx:9/);
  assert.match(at(problems, ES, 13).message, /extra code block ```ts title="extra.ts"/);
});

test('a changed title is reported as such', async () => {
  const root = makeSite({
    [EN]: lines('```ts title="app/logto.ts"', 'x;', '```'),
    [ES]: lines('```ts title="app/configuracion.ts"', 'x;', '```'),
  });
  const {rows, problems} = await check(root, [codeBlocks]);
  assert.deepEqual(rows, [['code-blocks', ES, 1, 1]]);
  assert.match(at(problems, ES, 1).message, /title "app\/configuracion.ts" differs from English "app\/logto.ts"/);
});
