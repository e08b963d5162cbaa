import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lineTokens, typescriptTokens} from './code-tokens';

const keys = (tokens: Array<{key: string}>) => tokens.map((t) => t.key);

test('TS tokens: strings, templates and JSX text are placeholders, import paths are kept, comments are gone', () => {
  const code = [
    "import {a} from './x'; // comment",
    '/** doc */',
    'const s = `hi ${a}` + "there";',
    'const el = <p title="t">Hello {a}</p>;',
  ].join('\n');
  assert.deepEqual(keys(typescriptTokens('tsx', code)), [
    'import', '{', 'a', '}', 'from', "module './x'", ';',
    'const', 's', '=', '<template head>', 'a', '<template tail>', '+', '<string>', ';',
    'const', 'el', '=', '<', 'p', 'title', '=', '<string>', '>', '{', 'a', '}', '<', '/', 'p', '>', ';',
  ]);
  // Positions are 0-based inside the block: `s` is on the third line, fifth column.
  const s = typescriptTokens('tsx', code).find((t) => t.key === 's')!;
  assert.deepEqual([s.line, s.column], [2, 6]);
});

test('line tokens drop comments but not `#` inside words or quotes', () => {
  const code = ['# install', 'npm i a#b  # trailing', 'echo "not # a comment"', '', '/* block', 'still */ x'].join('\n');
  assert.deepEqual(keys(lineTokens(code, ['#'])), ['npm i a#b', 'echo "not # a comment"', '/* block', 'still */ x']);
  assert.deepEqual(keys(lineTokens(code, ['/* */'])), ['# install', 'npm i a#b # trailing', 'echo "not # a comment"', 'x']);
});
