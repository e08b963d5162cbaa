import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractFacts, MdxSyntaxError, parseMdxTree, titleFromMeta} from './mdx';

const sample = [
  '---',
  'slug: /x',
  '---',
  '',
  "import Installation from '@fragments/next/_installation.mdx';",
  '',
  '# Title',
  '',
  '## Requisitos previos \\{#prerequisites}',
  '',
  '### Sin id',
  '',
  '```tsx title="app/page.tsx" {1}',
  'export default function Page() {}',
  '```',
  '',
  '[link](/quick-starts#prerequisites)',
].join('\n');

test('reads headings with and without explicit ids, with their lines', () => {
  const {headings} = extractFacts(sample);
  assert.deepEqual(
    headings.map((h) => [h.depth, h.text, h.id, h.position.line]),
    [
      [1, 'Title', null, 7],
      [2, 'Requisitos previos', 'prerequisites', 9],
      [3, 'Sin id', null, 11],
    ],
  );
});

test('reads code blocks with language, title and fence line', () => {
  const [block] = extractFacts(sample).codeBlocks;
  assert.equal(block?.lang, 'tsx');
  assert.equal(block?.title, 'app/page.tsx');
  assert.equal(block?.position.line, 13);
  assert.equal(block?.value, 'export default function Page() {}');
});

test('reads imports with the line they are on, front matter and links', () => {
  const facts = extractFacts(sample);
  assert.deepEqual(facts.imports.map((i) => [i.source, i.names, i.position.line]), [
    ['@fragments/next/_installation.mdx', ['Installation'], 5],
  ]);
  assert.deepEqual(facts.frontMatter, {slug: '/x'});
  assert.deepEqual(facts.links.map((l) => l.url), ['/quick-starts#prerequisites']);
});

test('invalid MDX raises an error located at the faulty line', () => {
  assert.throws(
    () => parseMdxTree('# Ok\n\nSome text\n\n<div>\n\nnever closed\n'),
    (error: unknown) => error instanceof MdxSyntaxError && error.position.line >= 5,
  );
});

test('titleFromMeta handles quoted and bare titles', () => {
  assert.equal(titleFromMeta('title="app/logto.ts" {1-3}'), 'app/logto.ts');
  assert.equal(titleFromMeta("{1} title='a b.ts'"), 'a b.ts');
  assert.equal(titleFromMeta('showLineNumbers'), null);
});

test('gives a code block the paragraph right before it', () => {
  const [first, second] = extractFacts(
    ['Call it from a **server action**:', '', '```ts', 'a();', '```', '', '```ts', 'b();', '```'].join('\n'),
  ).codeBlocks;
  assert.equal(first?.precedingText, 'Call it from a server action:');
  assert.equal(second?.precedingText, null);
});

test('reads JSX attributes as written and container directives with their bracketed labels', () => {
  const facts = extractFacts(
    [
      '<Tabs groupId="next-router" defaultValue={props.router === \'pages\' ? \'pages-router\' : \'app-router\'} lazy {...rest}>',
      '',
      ':::tip[What you will build]',
      '',
      'Text.',
      '',
      ':::',
      '',
      ':::note{#details}',
      '',
      'More.',
      '',
      ':::',
      '',
      '</Tabs>',
    ].join('\n'),
  );
  assert.deepEqual(
    facts.jsxElements[0]!.attributes.map((a) => [a.name, a.value, a.position.column]),
    [
      ['groupId', '"next-router"', 7],
      ['defaultValue', "{props.router === 'pages' ? 'pages-router' : 'app-router'}", 29],
      ['lazy', null, 101],
      [null, '{...rest}', 106],
    ],
  );
  assert.deepEqual(
    facts.directives.map((d) => [d.name, d.label, d.attributes, d.position.line]),
    [
      ['tip', 'What you will build', [], 3],
      ['note', null, ['id=details'], 9],
    ],
  );
});
