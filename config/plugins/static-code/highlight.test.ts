import {test} from 'node:test';
import assert from 'node:assert/strict';
import {highlightToHtml} from './highlight';

test('TypeScript tokens become classed spans, plain text stays text', () => {
  assert.equal(
    highlightToHtml("const a = 'x';", 'ts'),
    '<div class="token-line"><span class="token keyword">const</span> a <span class="token operator">=</span> ' +
      '<span class="token string">\'x\'</span><span class="token punctuation">;</span></div>',
  );
});

test('markup characters in code are escaped', () => {
  const html = highlightToHtml('if (a < b && c) {}', 'ts');
  assert.match(html, /<span class="token operator">&lt;<\/span>/);
  assert.match(html, /<span class="token operator">&amp;&amp;<\/span>/);
  assert.doesNotMatch(html, /[^>]<[^/sdb]/, 'a raw < outside a tag');
});

test('JSX tags keep all their Prism types', () => {
  assert.match(highlightToHtml('const p = <p>hi</p>;', 'tsx'), /<span class="token tag punctuation">&lt;<\/span><span class="token tag">p<\/span>/);
});

test('one div per line, a <br> only in empty ones, final newline dropped', () => {
  assert.equal(
    highlightToHtml('echo a\n\necho b\n', 'bash'),
    '<div class="token-line"><span class="token builtin class-name">echo</span> a</div>' +
      '<div class="token-line"><br></div>' +
      '<div class="token-line"><span class="token builtin class-name">echo</span> b</div>',
  );
});

test('with styledTypes, tokens of other types are bare text; tokens with one styled type keep all classes', () => {
  assert.equal(
    highlightToHtml('f(<a/>);', 'tsx', {styledTypes: new Set(['tag'])}),
    '<div class="token-line">f(<span class="token tag punctuation">&lt;</span><span class="token tag">a</span>' +
      '<span class="token tag punctuation">/></span>);</div>',
  );
});

test('line classes go on the line they name (0-based)', () => {
  const html = highlightToHtml('a\nb\nc', 'text', {lineClassNames: new Map([[1, ['theme-code-block-highlighted-line']]])});
  assert.equal(
    html,
    '<div class="token-line">a</div><div class="token-line theme-code-block-highlighted-line">b</div><div class="token-line">c</div>',
  );
});

test('an unknown language is refused, naming it and the known ones', () => {
  assert.throws(() => highlightToHtml('x', 'tsc'), /no highlighter for language "tsc" \(known: bash, .*tsx/);
});

test('a known language passes', () => {
  assert.doesNotThrow(() => highlightToHtml('npm install @logto/next', 'bash'));
});
