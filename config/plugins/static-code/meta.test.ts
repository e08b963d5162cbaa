import {test} from 'node:test';
import assert from 'node:assert/strict';
import {CodeMetaError, HIGHLIGHTED_LINE_CLASS, parseCodeMeta} from './meta';

const FIVE_LINES = 'a\nb\nc\nd\ne';

test('title in double or single quotes', () => {
  assert.equal(parseCodeMeta('title="app/logto.ts"', 'x').title, 'app/logto.ts');
  assert.equal(parseCodeMeta("title='app/page.tsx' {1}", 'x').title, 'app/page.tsx');
  assert.equal(parseCodeMeta(null, 'x').title, undefined);
});

test('line ranges become 0-based indexes with the highlighted-line class', () => {
  const {lineClassNames} = parseCodeMeta('title="a.ts" {1,3-4}', FIVE_LINES);
  assert.deepEqual([...lineClassNames.keys()], [0, 2, 3]);
  assert.deepEqual(lineClassNames.get(2), [HIGHLIGHTED_LINE_CLASS]);
});

test('no range, no highlighted line', () => {
  assert.equal(parseCodeMeta('title="a.ts"', FIVE_LINES).lineClassNames.size, 0);
});

test('a range past the end of the block is an error that gives both numbers', () => {
  assert.throws(() => parseCodeMeta('{2,7}', FIVE_LINES), (error: Error) => {
    assert.ok(error instanceof CodeMetaError);
    assert.equal(error.message, '{2,7} highlights line 7, but the block has 5 line(s)');
    return true;
  });
});

test('a highlight-… magic comment is refused with the fence to write instead', () => {
  assert.throws(
    () => parseCodeMeta('', 'const a = 1;\n// highlight-next-line\nconst b = 2;'),
    /line 2 of the block has a "highlight-…" comment; write the line numbers in the fence instead, e\.g\. ```ts \{2\}/,
  );
});

test('showLineNumbers is refused', () => {
  assert.throws(() => parseCodeMeta('showLineNumbers', 'x'), /showLineNumbers is not supported/);
});
