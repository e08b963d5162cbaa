import {test} from 'node:test';
import assert from 'node:assert/strict';
import {VFile} from 'vfile';
import {parseMdxTree} from '../../../scripts/lib/mdx';
import remarkStaticCode, {CodeBlockError, STATIC_CODE_COMPONENT} from './remark';

type Jsx = {type: string; name?: string; attributes?: {name: string; value: string}[]};

function run(source: string, filePath = '/site/docs/guide.mdx') {
  const tree = parseMdxTree(source);
  remarkStaticCode({siteDir: '/site'})(tree, new VFile({path: filePath, value: source}));
  return tree.children as unknown as Jsx[];
}

const attributes = (node: Jsx) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));

test('a fence becomes a StaticCodeBlock with language, code, title and highlighted html', () => {
  const [heading, block] = run('# Guide\n\n```ts title="app/logto.ts" {1}\nconst a = 1;\n```\n');
  assert.equal(heading!.type, 'heading');
  assert.equal(block!.type, 'mdxJsxFlowElement');
  assert.equal(block!.name, STATIC_CODE_COMPONENT);
  const attrs = attributes(block!);
  assert.equal(attrs.language, 'ts');
  assert.equal(attrs.code, 'const a = 1;');
  assert.equal(attrs.title, 'app/logto.ts');
  assert.match(attrs.html!, /^<div class="token-line theme-code-block-highlighted-line"><span class="token keyword">const<\/span>/);
});

test('a fence without a language is plain text', () => {
  const [block] = run('```\nnot code\n```\n');
  assert.equal(attributes(block!).language, 'text');
  assert.equal(attributes(block!).html, '<div class="token-line">not code</div>');
});

test('fences inside other blocks (admonitions, lists) are replaced too', () => {
  const tree = run(':::tip\n\n```bash\nnpm test\n```\n\n:::\n');
  assert.doesNotMatch(JSON.stringify(tree), /"type":"code"/);
  assert.match(JSON.stringify(tree), /StaticCodeBlock/);
});

test('an unknown language fails with file, line, column and the fix', () => {
  assert.throws(
    () => run('# Guide\n\n```tsc\nx\n```\n'),
    (error: Error) => {
      assert.ok(error instanceof CodeBlockError);
      assert.match(error.message, /^docs\/guide\.mdx:3:1 {2}code block language "tsc" is not one the site highlights\. Use one of: bash/);
      return true;
    },
  );
});

test('a bad line range fails with the position of the fence', () => {
  assert.throws(() => run('para\n\n```ts {3}\nconst a = 1;\n```\n'), /^Error: docs\/guide\.mdx:3:1 {2}\{3\} highlights line 3, but the block has 1 line\(s\)$/);
});
