import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {imports} from './imports';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';
const fragments = {
  'fragments/next/_install.mdx': lines('Install.'),
  'fragments/next/_usage.mdx': lines('Use.'),
  'i18n/es/fragments/next/_install.mdx': lines('Instalar.'),
};
const english = lines(
  "import Install from '@fragments/next/_install.mdx';",
  "import Usage from '@fragments/next/_usage.mdx';",
  "import Tabs from '@theme/Tabs';",
);

test('the same imports pass, whatever the quotes and spacing', async () => {
  const root = makeSite({
    ...fragments,
    [EN]: english,
    [ES]: lines(
      'import Install from "@fragments/next/_install.mdx";',
      "import Usage   from '@fragments/next/_usage.mdx';",
      "import Tabs from '@theme/Tabs';",
    ),
  });
  assert.deepEqual((await check(root, [imports])).rows, []);
});

test('a changed path, a missing and an extra import are reported on the translated lines', async () => {
  const root = makeSite({
    ...fragments,
    [EN]: english,
    [ES]: lines(
      "import Install from '@fragments/next/_instalar.mdx';", // 1 changed path
      "import Tabs from '@theme/Tabs';", //                      2 (Usage missing before this line)
      "import TabItem from '@theme/TabItem';", //                 3 extra
    ),
  });
  const {rows, problems} = await check(root, [imports]);
  assert.deepEqual(rows, [
    ['imports', ES, 1, 1],
    ['imports', ES, 2, 1],
    ['imports', ES, 3, 1],
  ]);
  assert.match(at(problems, ES, 1).message, /`import Install from '@fragments\/next\/_instalar.mdx';` here, `import Install from '@fragments\/next\/_install.mdx';` in English \(docs\/guide\.mdx:1\)/);
  assert.match(at(problems, ES, 2).message, /import missing: `import Usage from '@fragments\/next\/_usage.mdx';` \(docs\/guide\.mdx:2\)/);
  assert.match(at(problems, ES, 3).message, /import not in English/);
});

test('a fragment import that resolves to no file is reported, in English too', async () => {
  const root = makeSite({
    'docs/page.mdx': lines('# Page', '', "import Missing from '@fragments/next/_missing.mdx';"),
  });
  const {rows, problems} = await check(root, [imports]);
  assert.deepEqual(rows, [['imports', 'docs/page.mdx', 3, 1]]);
  assert.match(at(problems, 'docs/page.mdx', 3).message, /`@fragments\/next\/_missing.mdx` resolves to no file \(fragments\)/);
});
