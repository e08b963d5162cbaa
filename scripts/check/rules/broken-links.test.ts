import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {brokenLinks} from './broken-links';

const site = {
  'docs/quick-starts/index.mdx': lines('---', 'slug: /quick-starts', '---', '', '# Quick starts'),
  'docs/quick-starts/guide.mdx': lines(
    "import Setup from '@fragments/next/_setup.mdx';", // 1
    '', //                                                 2
    '## Prerequisites \\{#prerequisites}', //               3
    '', //                                                 4
    '<Setup />', //                                        5
  ),
  'fragments/next/_setup.mdx': lines('### Configure \\{#configure}', '', 'See [the prerequisites](#prerequisites).'),
  'docs/other.mdx': lines(
    '# Other', //                                                               1
    '', //                                                                      2
    '[Guide](/quick-starts/guide#configure), [overview](/quick-starts).', //    3 (anchor from the fragment)
    '[Sibling](./quick-starts/guide.mdx#prerequisites) [Logto](https://logto.io/#nope)', // 4
    '[Home](/) [Logo](/img/logo.svg) [Top](#other)', //                          5
  ),
  'src/pages/index.tsx': 'export default function Home() { return null; }\n',
  'static/img/logo.svg': '<svg/>\n',
};

test('routes from slugs and file paths, anchors from fragments, static files and src/pages resolve', async () => {
  assert.deepEqual((await check(makeSite(site), [brokenLinks])).rows, []);
});

test('missing pages and anchors are reported at the link, in English and in translations', async () => {
  const root = makeSite({
    ...site,
    'docs/broken.mdx': lines(
      '# Broken', //                                        1
      '', //                                                2
      'Go to [the guide](/quick-starts/guid).', //          3
      'Read [setup](/quick-starts/guide#configur).', //      4
    ),
    'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/guide.mdx': lines(
      "import Setup from '@fragments/next/_setup.mdx';", // 1
      '', //                                                 2
      '## Requisitos \\{#requisitos}', //                     3
      '', //                                                 4
      '<Setup />', //                                        5
    ),
  });
  const {rows, problems} = await check(root, [brokenLinks]);
  assert.deepEqual(rows, [
    ['broken-links', 'docs/broken.mdx', 3, 7],
    ['broken-links', 'docs/broken.mdx', 4, 6],
    // docs/other.mdx is not translated: in the es build it links to the Spanish guide, which renamed the id.
    ['broken-links', 'docs/other.mdx', 4, 1],
    // The English fragment is rendered on the Spanish page, which renamed the id.
    ['broken-links', 'fragments/next/_setup.mdx', 3, 5],
  ]);
  assert.match(at(problems, 'docs/broken.mdx', 3).message, /`\/quick-starts\/guid` matches no page/);
  assert.match(at(problems, 'docs/broken.mdx', 3).fix, /did you mean `\/quick-starts\/guide`/);
  assert.match(at(problems, 'docs/broken.mdx', 4).fix, /did you mean #configure/);
  assert.match(at(problems, 'fragments/next/_setup.mdx', 3).message, /anchor #prerequisites does not exist on \/quick-starts\/guide .*\(in the es build\)/);
  assert.match(at(problems, 'docs/other.mdx', 4).message, /\(in the es build\)/);
});

test('file links do not work in fragments', async () => {
  const root = makeSite({
    ...site,
    'fragments/next/_setup.mdx': lines('### Configure \\{#configure}', '', 'See [the guide](../docs/quick-starts/guide.mdx).'),
  });
  const {rows, problems} = await check(root, [brokenLinks]);
  assert.deepEqual(rows, [['broken-links', 'fragments/next/_setup.mdx', 3, 5]]);
  assert.match(at(problems, 'fragments/next/_setup.mdx', 3).message, /file links are not resolved in fragments/);
});
