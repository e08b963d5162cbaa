import {test} from 'node:test';
import assert from 'node:assert/strict';
import {check, lines, makeSite} from './test-helpers';
import {checkConfig} from './config';
import {runChecks} from './runner';
import {headingIds} from './rules/heading-ids';

const files = {
  'docs/a.mdx': lines('## No id'),
  'fragments/next/_b.mdx': lines('## No id either'),
  'i18n/es/docusaurus-plugin-content-docs/current/a.mdx': lines('## Sin id'),
};

test('--locale and path arguments restrict which files are reported', async () => {
  const root = makeSite(files);
  assert.deepEqual((await check(root, [headingIds], {locale: 'es'})).rows, [
    ['heading-ids', 'i18n/es/docusaurus-plugin-content-docs/current/a.mdx', 1, 1],
  ]);
  assert.deepEqual((await check(root, [headingIds], {paths: ['fragments']})).rows, [['heading-ids', 'fragments/next/_b.mdx', 1, 1]]);
  assert.deepEqual((await check(root, [headingIds], {paths: ['docs/a.mdx', 'fragments/next/']})).rows, [
    ['heading-ids', 'docs/a.mdx', 1, 1],
    ['heading-ids', 'fragments/next/_b.mdx', 1, 1],
  ]);
});

test('severities come from the config; "off" skips a rule', async () => {
  const root = makeSite(files);
  const warn = {...checkConfig, severity: {...checkConfig.severity, 'heading-ids': 'warning' as const}};
  const {problems} = await runChecks({root, rules: [headingIds], config: warn, cache: false});
  assert.deepEqual([...new Set(problems.map((p) => p.severity))], ['warning']);
  const off = {...checkConfig, severity: {...checkConfig.severity, 'heading-ids': 'off' as const}};
  assert.deepEqual((await runChecks({root, rules: [headingIds], config: off, cache: false})).problems, []);
});
