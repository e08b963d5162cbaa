/**
 * Every language a code block names is registered with the slim Prism in
 * src/prism/prism-react-renderer.tsx; otherwise that block would silently
 * render as plain text.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {siteDir} from '../../scripts/lib/content';
import {Prism} from '../../src/prism/prism-react-renderer';

function fenceLanguages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of globSync('{docs,fragments,i18n}/**/*.{md,mdx}', {cwd: siteDir})) {
    for (const match of fs.readFileSync(path.join(siteDir, file), 'utf8').matchAll(/^\s*```([\w-]+)/gm)) {
      if (!found.has(match[1]!)) found.set(match[1]!, file);
    }
  }
  return found;
}

test('the scan finds the languages the guides are known to use', () => {
  const languages = fenceLanguages();
  for (const language of ['bash', 'ts', 'tsx']) assert.ok(languages.has(language), `no \`\`\`${language} block found`);
});

test('every code block language is highlighted', () => {
  for (const [language, file] of fenceLanguages()) {
    assert.ok(Prism.languages[language], `${file} uses \`\`\`${language}, which src/prism/prism-react-renderer.tsx does not register`);
  }
});

test('the slim Prism tokenizes TSX as the guides need it', () => {
  const tokens = Prism.tokenize('const a = <p>{x}</p>;', Prism.languages.tsx!) as {type?: string}[];
  assert.ok(tokens.some((t) => t.type === 'keyword'), 'no keyword token');
  assert.ok(tokens.some((t) => t.type === 'tag'), 'no JSX tag token');
});
