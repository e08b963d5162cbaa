/**
 * Code blocks arrive highlighted in the HTML (config/plugins/static-code), so
 * the browser runs no highlighter: every block of every built quick-start
 * has token spans and no inline colours, the colours for both modes are in
 * the stylesheet, and no Prism is shipped in the site's JavaScript.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {globSync} from 'tinyglobby';
import {locales, translationLocales} from '../../config/locales';
import {buildDir, builtRoutes, htmlFileFor} from './built-site';

const quickStarts = builtRoutes('en', translationLocales).filter((route) => route.startsWith('/quick-starts/'));

test('there are quick-starts to look at', () => {
  assert.ok(quickStarts.includes('/quick-starts/next-app-router'));
});

for (const locale of locales) {
  describe(`${locale} quick-starts`, () => {
    for (const route of quickStarts) {
      test(`${route}: every code block is highlighted, with no inline colours`, () => {
        const $ = load(fs.readFileSync(htmlFileFor(route, locale), 'utf8'));
        const blocks = $('.theme-code-block');
        assert.ok(blocks.length > 0, 'no code blocks');
        blocks.each((_, block) => {
          const $block = $(block);
          const title = $block.find('[class*=codeBlockTitle]').text() || $block.find('code').text().slice(0, 40);
          assert.equal($block.attr('style'), undefined, `${title}: inline style on the frame`);
          // The one inline style: the <pre>'s line count, for its off-screen placeholder height.
          const lines = $block.find('code .token-line').length;
          assert.equal($block.find('pre').attr('style'), `--code-lines:${lines}`, `${title}: --code-lines should be ${lines}`);
          assert.equal($block.find('[style]').not('pre').length, 0, `${title}: inline styles inside`);
          const language = /language-(\w+)/.exec($block.attr('class') ?? '')?.[1];
          assert.ok(language, `${title}: no language class`);
          assert.ok($block.find('code .token-line').length > 0, `${title}: no lines`);
          if (language !== 'text') assert.ok($block.find('code .token').length > 0, `${title}: no tokens`);
        });
      });
    }
  });
}

test('highlighted lines of the fence meta are marked', () => {
  // The App Router guide asks for highlighted lines in several fences (```ts title=… {1,10-11}).
  const $ = load(fs.readFileSync(htmlFileFor('/quick-starts/next-app-router', 'en'), 'utf8'));
  assert.ok($('.theme-code-block-highlighted-line').length >= 5);
});

test('the stylesheet has token colours for both colour modes', () => {
  const css = globSync('assets/css/*.css', {cwd: buildDir}).map((file) => fs.readFileSync(path.join(buildDir, file), 'utf8')).join('\n');
  // Colours from config/prism-themes.ts, written out: keyword in light (GitHub) and dark (Dracula, recoloured).
  assert.match(css, /html:not\(\[data-theme=dark\]\) \.token\.keyword[^{]*\{color:#00009f\}/i);
  assert.match(css, /html\[data-theme=dark\] \.token\.keyword[^{]*\{color:#c6a4fa;font-style:italic\}/i);
});

test('no Prism in the JavaScript the browser downloads', () => {
  for (const file of globSync('**/assets/js/*.js', {cwd: buildDir})) {
    const js = fs.readFileSync(path.join(buildDir, file), 'utf8');
    assert.doesNotMatch(js, /before-tokenize|Prism\.languages|languages\.extend/, `${file} contains Prism`);
  }
});
