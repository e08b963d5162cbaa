import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {PrismTheme} from 'prism-react-renderer';
import {styledTypes, themesToCss} from './theme-css';

const light: PrismTheme = {
  plain: {color: '#111111', backgroundColor: '#eeeeee'},
  styles: [
    {types: ['keyword', 'builtin'], style: {color: '#0000aa', fontStyle: 'italic'}},
    {types: ['tag'], languages: ['markup'], style: {color: '#aa0000'}},
  ],
};
const dark: PrismTheme = {
  plain: {color: '#fafafa', backgroundColor: '#202020'},
  styles: [{types: ['keyword'], style: {color: '#ccaaff'}}],
};

test('each colour mode gets its variables and token rules, light as the default', () => {
  const lines = themesToCss(light, dark).split('\n');
  assert.ok(lines.includes("html:not([data-theme='dark']) .theme-code-block{--prism-color:#111111;--prism-background-color:#eeeeee}"));
  assert.ok(lines.includes("html[data-theme='dark'] .theme-code-block{--prism-color:#fafafa;--prism-background-color:#202020}"));
  assert.ok(
    lines.includes(
      "html:not([data-theme='dark']) .token.keyword,html:not([data-theme='dark']) .token.builtin{color:#0000aa;font-style:italic}",
    ),
  );
  assert.ok(lines.includes("html[data-theme='dark'] .token.keyword{color:#ccaaff}"));
});

test('language-specific rules are scoped to that language', () => {
  assert.ok(themesToCss(light, dark).includes("html:not([data-theme='dark']) .language-markup .token.tag{color:#aa0000}"));
});

test('a type styled only in the light theme has no dark rule', () => {
  assert.doesNotMatch(themesToCss(light, dark), /html\[data-theme='dark'\] \.token\.builtin/);
});

test('a token type that is not a plain identifier is refused', () => {
  const bad: PrismTheme = {...dark, styles: [{types: ['a b{'], style: {color: 'red'}}]};
  assert.throws(() => themesToCss(light, bad), /unexpected Prism token type or language "a b\{"/);
});

test('styledTypes: types whose only change is the plain colour (in any notation) are not styled', () => {
  const a: PrismTheme = {
    plain: {color: '#F8F8F2', backgroundColor: '#000'},
    styles: [
      {types: ['punctuation', 'operator'], style: {color: 'rgb(248, 248, 242)'}},
      {types: ['comment'], style: {color: '#f8f8f2', fontStyle: 'italic'}},
      {types: ['keyword'], style: {color: '#ff0000'}},
    ],
  };
  const b: PrismTheme = {plain: {color: '#393a34', backgroundColor: '#fff'}, styles: [{types: ['operator'], style: {color: '#00f'}}]};
  assert.deepEqual([...styledTypes(a)].sort(), ['comment', 'keyword']);
  assert.deepEqual([...styledTypes(a, b)].sort(), ['comment', 'keyword', 'operator']);
});
