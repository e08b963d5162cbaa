import {test} from 'node:test';
import assert from 'node:assert/strict';
import {check, lines, makeSite} from '../test-helpers';
import {partialFrontMatter} from './partial-front-matter';

test('front matter in a partial is an error, in any locale', async () => {
  const root = makeSite({
    'fragments/next/_a.mdx': lines('Text.'),
    'i18n/es/fragments/next/_a.mdx': lines('---', 'title: Nota', '---', '', 'Texto.'),
    'docs/_shared.mdx': lines('', '---', 'x: 1', '---'),
  });
  assert.deepEqual((await check(root, [partialFrontMatter])).rows, [
    ['partial-front-matter', 'i18n/es/fragments/next/_a.mdx', 1, 1],
  ]);
});

test('front matter in a page is fine', async () => {
  const root = makeSite({'docs/page.mdx': lines('---', 'slug: /page', '---', '', '# Page')});
  assert.deepEqual((await check(root, [partialFrontMatter])).rows, []);
});
