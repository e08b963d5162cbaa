import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {frontMatter} from './front-matter';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';
const english = lines(
  '---', //                                 1
  'slug: /quick-starts/guide', //           2
  'sidebar_label: Guide', //                3
  'sidebar_position: 2', //                 4
  'sidebar_custom_props:', //               5
  "  logoFilename: 'next.svg'", //          6
  "  darkLogoFilename: 'next-dark.svg'", // 7
  '  description: Protect your pages.', //  8
  '---', //                                 9
);

test('a translation with the same identifying fields and a translated description passes', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '---',
      'slug: /quick-starts/guide',
      'sidebar_label: Guía',
      'sidebar_position: 2',
      'sidebar_custom_props:',
      '  logoFilename: next.svg',
      "  darkLogoFilename: 'next-dark.svg'",
      '  description: Protege tus páginas.',
      '---',
    ),
  });
  assert.deepEqual((await check(root, [frontMatter])).rows, []);
});

test('a translated slug, a missing position, a changed logo and a missing description are reported', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      '---', //                                  1
      'slug: /guias/guia', //                    2 translated slug
      'sidebar_label: Guía', //                  3
      'sidebar_custom_props:', //                4
      "  logoFilename: 'siguiente.svg'", //      5 changed
      "  darkLogoFilename: 'next-dark.svg'", //  6
      '---', //                                  7
    ),
  });
  const {rows, problems} = await check(root, [frontMatter]);
  assert.deepEqual(rows, [
    ['front-matter', ES, 1, 1], // sidebar_position missing: reported at the front matter
    ['front-matter', ES, 2, 1],
    ['front-matter', ES, 4, 1], // description missing: reported at its parent
    ['front-matter', ES, 5, 3],
  ]);
  assert.match(at(problems, ES, 1).message, /`sidebar_position` is missing; English has `2` \(docs\/guide\.mdx:4\)/);
  assert.match(at(problems, ES, 2).message, /`slug` is `\/guias\/guia` here but `\/quick-starts\/guide` in English \(docs\/guide\.mdx:2\)/);
  assert.match(at(problems, ES, 4).message, /`sidebar_custom_props.description` is missing or empty \(English: docs\/guide\.mdx:8\)/);
  assert.match(at(problems, ES, 5).message, /`sidebar_custom_props.logoFilename` is `siguiente.svg` here but `next.svg` in English \(docs\/guide\.mdx:6\)/);
});
