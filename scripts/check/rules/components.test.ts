import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {components} from './components';

const EN = 'fragments/next/_installation.mdx';
const ES = 'i18n/es/fragments/next/_installation.mdx';
const PAGE_EN = 'docs/guide.mdx';
const PAGE_ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

const tabs = (...items: string[]) =>
  lines(
    "import Tabs from '@theme/Tabs';",
    "import TabItem from '@theme/TabItem';",
    '',
    '<Tabs groupId="package-manager">', //   4
    ...items,
    '</Tabs>',
  );
const item = (value: string, label: string, text: string) =>
  [`<TabItem value="${value}" label="${label}">`, '', text, '', '</TabItem>'];

const english = tabs(...item('npm', 'npm', 'With npm.'), ...item('pnpm', 'pnpm', 'With pnpm.'), ...item('yarn', 'Yarn', 'With Yarn.'));

test('translated text, label and title props pass; the other props are kept', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: tabs(...item('npm', 'npm', 'Con npm.'), ...item('pnpm', 'pnpm', 'Con pnpm.'), ...item('yarn', 'Con Yarn', 'Con Yarn.')),
    [PAGE_EN]: lines('<Figure src="/img/console.png" title="The Console" alt="Application details" />'),
    [PAGE_ES]: lines('<Figure src="/img/console.png" title="La consola" alt="Detalles de la aplicación" />'),
  });
  assert.deepEqual((await check(root, [components])).rows, []);
});

test('a changed groupId or value is reported at the prop, with the English value', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      "import Tabs from '@theme/Tabs';",
      "import TabItem from '@theme/TabItem';",
      '',
      '<Tabs groupId="gestor-de-paquetes">', // 4
      ...item('npm', 'npm', 'Con npm.'), //     5-9
      '<TabItem value="pnpm" label="pnpm">', // 10
      '',
      'Con pnpm.',
      '',
      '</TabItem>',
      ...item('hilo', 'Yarn', 'Con Yarn.'), // 15
      '</Tabs>',
    ),
  });
  const {rows, problems} = await check(root, [components]);
  assert.deepEqual(rows, [
    ['components', ES, 4, 7],
    ['components', ES, 15, 10],
  ]);
  assert.equal(
    at(problems, ES, 4).message,
    '<Tabs> prop groupId="gestor-de-paquetes" here is groupId="package-manager" in English (fragments/next/_installation.mdx:4): prop values are code, not text',
  );
  assert.match(at(problems, ES, 4).fix, /^use the English value, groupId="package-manager"; only the label, title, alt/);
  assert.match(at(problems, ES, 15).message, /<TabItem> prop value="hilo" here is value="yarn" in English \(fragments\/next\/_installation\.mdx:15\)/);
});

test('a renamed component, a changed fragment prop, and missing or extra props are reported', async () => {
  const root = makeSite({
    [PAGE_EN]: lines(
      '<Installation />', //                1
      '',
      '<ExternalStorage router="pages" />', // 3
      '',
      '<Tabs groupId="next-router" defaultValue={props.router}>', // 5
      '</Tabs>',
      '',
      '<FurtherReadings />', //             8
    ),
    [PAGE_ES]: lines(
      '<Instalacion />', //                 1  renamed
      '',
      '<ExternalStorage router="paginas" />', // 3  fragment prop translated
      '',
      '<Tabs defaultValue={props.router} lazy>', // 5  groupId dropped, lazy added
      '</Tabs>',
      '',
      '<FurtherReadings />',
    ),
  });
  const {rows, problems} = await check(root, [components]);
  assert.deepEqual(rows, [
    ['components', PAGE_ES, 1, 1],
    ['components', PAGE_ES, 3, 18],
    ['components', PAGE_ES, 5, 1],
    ['components', PAGE_ES, 5, 35],
  ]);
  assert.equal(
    at(problems, PAGE_ES, 1).message,
    'component <Instalacion> here is <Installation> in English (docs/guide.mdx:1): component names are code, not text',
  );
  assert.match(at(problems, PAGE_ES, 3).message, /<ExternalStorage> prop router="paginas" here is router="pages" in English/);
  const [missing, extra] = problems.filter((p) => p.line === 5);
  assert.match(missing!.message, /<Tabs> has no prop `groupId`; English has groupId="next-router" \(docs\/guide\.mdx:5\)/);
  assert.match(extra!.message, /<Tabs> prop lazy is not in English/);
});

test('a missing element is reported once, before the element that follows it; an extra one where it is', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: tabs(
      ...item('npm', 'npm', 'Con npm.'), // 5-9; pnpm dropped
      ...item('yarn', 'Yarn', 'Con Yarn.'), // 10
      '<br />', //                           15
    ),
  });
  const {rows, problems} = await check(root, [components]);
  assert.deepEqual(rows, [
    ['components', ES, 10, 1],
    ['components', ES, 15, 1],
  ]);
  assert.match(at(problems, ES, 10).message, /^component missing: English has <TabItem value="pnpm" label="pnpm"> at fragments\/next\/_installation\.mdx:10$/);
  assert.match(at(problems, ES, 15).message, /^extra component <br>: English \(fragments\/next\/_installation\.mdx\) has no such element here$/);
});
