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

test('string roles come from the syntax tree: text for people, everything else data', () => {
  const code = [
    "'use client';", //                                               directive
    'async function save() {',
    "  'use server';", //                                             directive of a function body
    "  router.push('/dashboard');",
    "  const url = new URL('/callback', base);",
    "  NextResponse.redirect(new URL('/sign-in', request.url));",
    "  console.error('Could not save', error);",
    "  alert('Saved');",
    "  window.confirm('Sign out?');",
    "  throw new TypeError(`Missing ${name}`);",
    '}',
    "const label = user ? 'Signed in' : 'Signed out';", //            a variable: cannot tell, so data
    "const el = <Button aria-label=\"Close\" variant=\"primary\" placeholder={'Email'}>{'Hi ' + name}</Button>;",
  ].join('\n');
  const roles = typescriptTokens('tsx', code)
    .filter((t) => t.role)
    .map((t) => `${t.role} ${t.text}${t.what ? ` (${t.what})` : ''}`);
  assert.deepEqual(roles, [
    "data 'use client' (a directive)",
    "data 'use server' (a directive)",
    "data '/dashboard' (the URL or route passed to `router.push()`)",
    "data '/callback' (the URL or route passed to `new URL()`)",
    "data '/sign-in' (the URL or route passed to `new URL()`)",
    "text 'Could not save'",
    "text 'Saved'",
    "text 'Sign out?'",
    'text `Missing ${',
    'text }`',
    "data 'Signed in' (the value of `label`)",
    "data 'Signed out' (the value of `label`)",
    'text "Close"',
    'data "primary" (the JSX attribute `variant`)',
    "text 'Email'",
    "text 'Hi '",
  ]);
});

test('a string statement after other code is not a directive', () => {
  const roles = typescriptTokens('ts', ["run();", "'use client';"].join('\n')).filter((t) => t.role);
  assert.deepEqual(roles.map((t) => t.what), ['a statement']);
});
