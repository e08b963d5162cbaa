import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {headingIds} from './heading-ids';
import {mdxSyntax} from './mdx-syntax';

test('valid MDX, with MDX comments and escaped heading ids, passes', async () => {
  const root = makeSite({
    'docs/page.mdx': lines('# Page', '', '{/* a comment */}', '', '## Part \\{#part}', '', 'a \\< b, and `<!-- in code -->`'),
  });
  assert.deepEqual((await check(root, [mdxSyntax])).rows, []);
});

test('every HTML comment is reported at its `<`, with the MDX comment syntax as the fix', async () => {
  const file = 'i18n/es/fragments/next/_a.mdx';
  const root = makeSite({
    'fragments/next/_a.mdx': lines('Text.'),
    [file]: lines(
      'Texto.', //                      1
      '', //                            2
      '<!-- TODO: traducir -->', //     3
      '', //                            4
      '```html', //                     5
      '<!-- fine inside code -->', //   6
      '```', //                         7
      '', //                            8
      'Más texto <!-- otro -->', //     9
    ),
  });
  const {rows, problems} = await check(root, [mdxSyntax]);
  assert.deepEqual(rows, [
    ['mdx-syntax', file, 3, 1],
    ['mdx-syntax', file, 9, 11],
  ]);
  assert.match(at(problems, file, 3).message, /HTML comment `<!-- -->` is not valid in MDX 3: MDX comments are written `\{\/\* … \*\/\}`/);
  assert.match(at(problems, file, 3).fix, /\{\/\* text \*\/\}/);
});

test('a file with only HTML comment errors is still checked by the other rules', async () => {
  const root = makeSite({
    'docs/page.mdx': lines('## Title \\{#title}'),
    'i18n/es/docusaurus-plugin-content-docs/current/page.mdx': lines('<!-- nota -->', '', '## Título \\{#titulo}'),
  });
  const {rows} = await check(root, [mdxSyntax, headingIds]);
  assert.deepEqual(rows, [
    ['mdx-syntax', 'i18n/es/docusaurus-plugin-content-docs/current/page.mdx', 1, 1],
    ['heading-ids', 'i18n/es/docusaurus-plugin-content-docs/current/page.mdx', 3, 1],
  ]);
});

test('unclosed JSX and unescaped heading ids are located, with a fix for each', async () => {
  const root = makeSite({
    'docs/a.mdx': lines('# A', '', 'Text', '', '<div>', '', 'never closed'),
    'docs/b.mdx': lines('# B', '', '## Setup {#setup}'),
  });
  const {rows, problems} = await check(root, [mdxSyntax]);
  // The compiler points into the expression, just after the `{`.
  assert.deepEqual(rows, [
    ['mdx-syntax', 'docs/a.mdx', 5, 1],
    ['mdx-syntax', 'docs/b.mdx', 3, 11],
  ]);
  assert.match(at(problems, 'docs/a.mdx', 5).fix, /close every JSX tag.*other checks skip this file/);
  assert.match(at(problems, 'docs/b.mdx', 3).fix, /escape the heading id as `\\\{#id\}`/);
});

test('invalid YAML front matter is an MDX error at its line', async () => {
  const root = makeSite({'docs/a.mdx': lines('---', 'slug: /a', 'title: [unclosed', '---', '', '# A')});
  const {rows, problems} = await check(root, [mdxSyntax]);
  // YAML reports the end of the unterminated `[` sequence: the end of line 3.
  assert.deepEqual(rows, [['mdx-syntax', 'docs/a.mdx', 3, 17]]);
  assert.equal(at(problems, 'docs/a.mdx', 3).message, 'Invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ]');
});
