import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {translationLocales} from '../../config/locales';
import {isDocPage, pagesToIndex, searchLanguage} from './pagefind-index';

function fixture(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), '<html></html>');
  }
  return dir;
}

test('English pages are indexed without the Spanish folder or the 404 page', () => {
  const dir = fixture(['index.html', '404.html', 'quick-starts.html', 'quick-starts/next.html', 'es/index.html', 'es/quick-starts.html']);
  assert.deepEqual(pagesToIndex(dir, '/', 'en').map((p) => p.url), ['/', '/quick-starts', '/quick-starts/next']);
  fs.rmSync(dir, {recursive: true});
});

test('English pages leave out every translation locale\'s folder', () => {
  const dir = fixture(['index.html', ...translationLocales.map((l) => `${l}/quick-starts.html`)]);
  assert.deepEqual(pagesToIndex(dir, '/', 'en').map((p) => p.url), ['/']);
  fs.rmSync(dir, {recursive: true});
});

for (const locale of translationLocales) {
  test(`${locale} pages get their /${locale}/ URLs`, () => {
    const dir = fixture(['index.html', '404.html', 'quick-starts.html', 'quick-starts/next-app-router.html']);
    assert.deepEqual(pagesToIndex(dir, `/${locale}/`, locale).map((p) => p.url), [
      `/${locale}`,
      `/${locale}/quick-starts`,
      `/${locale}/quick-starts/next-app-router`,
    ]);
    fs.rmSync(dir, {recursive: true});
  });
}

test('Pagefind language: the stemmer\'s code for Spanish, the full tag for Chinese (segmented as zh)', () => {
  assert.equal(searchLanguage('en'), 'en');
  assert.equal(searchLanguage('es'), 'es');
  assert.equal(searchLanguage('zh-CN'), 'zh-cn');
  assert.throws(() => searchLanguage('xx'), /Unknown locale "xx": config\/locales.ts has en, es/);
});

test('only doc pages are searchable', () => {
  assert.equal(isDocPage('<div class="theme-doc-markdown markdown">'), true);
  assert.equal(isDocPage('<main class="container">home</main>'), false);
});
