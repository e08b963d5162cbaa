import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {duplicateHeadingId} from './duplicate-heading-id';

const page = (title: string) =>
  lines(
    "import Setup from '@fragments/next/_setup.mdx';", // 1
    '', //                                                  2
    `# ${title}`, //                                         3
    '', //                                                  4
    '## Setup \\{#setup}', //                                 5
    '', //                                                  6
    '<Setup />', //                                         7
  );

test('an id used by the page and by a fragment it renders is reported at the second use', async () => {
  const root = makeSite({
    'docs/guide.mdx': page('Guide'),
    'fragments/next/_setup.mdx': lines('Intro.', '', '### Install \\{#setup}'),
  });
  const {rows, problems} = await check(root, [duplicateHeadingId]);
  assert.deepEqual(rows, [['duplicate-heading-id', 'fragments/next/_setup.mdx', 3, 1]]);
  assert.match(at(problems, 'fragments/next/_setup.mdx', 3).message, /#setup is already used at docs\/guide\.mdx:5 on page \/guide/);
});

test('the Spanish page is composed with Spanish fragments, and English ones where there is no translation', async () => {
  const root = makeSite({
    'docs/guide.mdx': page('Guide'),
    'fragments/next/_setup.mdx': lines('### Install \\{#install}', '', "import More from '@fragments/next/_more.mdx';", '', '<More />'),
    'fragments/next/_more.mdx': lines('#### More \\{#more}'),
    'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx': page('Guía'),
    // Only the nested fragment is translated, and it repeats an id of the page.
    'i18n/es/fragments/next/_more.mdx': lines('', '#### Más \\{#setup}'),
  });
  assert.deepEqual((await check(root, [duplicateHeadingId])).rows, [
    ['duplicate-heading-id', 'i18n/es/fragments/next/_more.mdx', 2, 1],
  ]);
});

test('distinct ids pass; a fragment imported but not rendered adds no heading', async () => {
  const root = makeSite({
    'docs/guide.mdx': lines("import Setup from '@fragments/next/_setup.mdx';", '', '## Setup \\{#setup}'),
    'fragments/next/_setup.mdx': lines('### Setup \\{#setup}'),
    'docs/other.mdx': page('Other').replace('_setup.mdx', '_more.mdx').replace('Setup', 'More'),
    'fragments/next/_more.mdx': lines('### Install \\{#install}'),
  });
  assert.deepEqual((await check(root, [duplicateHeadingId])).rows, []);
});

test('a generated id (from a heading without one) can collide too', async () => {
  const root = makeSite({
    'docs/guide.mdx': lines("import More from '@fragments/next/_more.mdx';", '', '# Install', '', '<More />'),
    'fragments/next/_more.mdx': lines('### Install now \\{#install}'),
  });
  const {rows, problems} = await check(root, [duplicateHeadingId]);
  assert.deepEqual(rows, [['duplicate-heading-id', 'fragments/next/_more.mdx', 1, 1]]);
  assert.match(at(problems, 'fragments/next/_more.mdx', 1).message, /#install is already used at docs\/guide\.mdx:3/);
});
