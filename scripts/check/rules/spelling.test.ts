import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {spelling} from './spelling';

test('prose is checked in the language of its locale; code, URLs, imports and JSX attributes are not', async () => {
  const root = makeSite(
    {
      'docs/guide.mdx': lines(
        '---', //                                                            1
        'title: A guide', //                                                 2
        'description: How to configre Logto.', //                            3
        '---', //                                                            4
        '', //                                                               5
        "import Zxqvw from '@site/src/components/Zxqvw';", //                6
        '', //                                                               7
        '## Set up the clinet \\{#qqxx-yyzz}', //                             8
        '', //                                                               9
        'Call `getAccessTokenRSC` from <Zxqvw prop="wrongg" /> at https://qqq.example/zzyx.', // 10
        '', //                                                              11
        '```ts', //                                                         12
        'const mispeled = 1;', //                                           13
        '```', //                                                           14
      ),
      'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx': lines(
        '## Configura el cliente \\{#qqxx-yyzz}', //                          1
        '', //                                                               2
        'El componente de servidro lee la cookie de sesión.', //            3
      ),
      'i18n/es/code.json': lines('{', '  "home.title": {', '    "message": "Añade el inicio de sesion"', '  }', '}'),
    },
    {spelling: true},
  );
  const {rows, problems} = await check(root, [spelling]);
  assert.deepEqual(rows, [
    ['spelling', 'docs/guide.mdx', 3, 21],
    ['spelling', 'docs/guide.mdx', 8, 15],
    ['spelling', 'i18n/es/code.json', 3, 36],
    ['spelling', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3, 18],
  ]);
  assert.match(at(problems, 'docs/guide.mdx', 3).message, /unknown word "configre" \(en\)/);
  assert.match(at(problems, 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3).message, /unknown word "servidro" \(es,en\)/);
  assert.match(at(problems, 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3).fix, /did you mean .*"servidor"/);
});

test('correct prose passes, and in-file cspell directives are honoured', async () => {
  const root = makeSite(
    {
      'docs/guide.mdx': lines('{/* cspell:ignore zzyzx */}', '', 'Sign in with Logto, then zzyzx.'),
      'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx': lines('Inicia la sesión con Logto y usa las server actions.'),
    },
    {spelling: true},
  );
  assert.deepEqual((await check(root, [spelling])).rows, []);
});
