import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {isDocPage, pagesToIndex} from './pagefind-index';

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

test('Spanish pages get their /es/ URLs', () => {
  const dir = fixture(['index.html', '404.html', 'quick-starts.html', 'quick-starts/next-app-router.html']);
  assert.deepEqual(pagesToIndex(dir, '/es/', 'es').map((p) => p.url), ['/es', '/es/quick-starts', '/es/quick-starts/next-app-router']);
  fs.rmSync(dir, {recursive: true});
});

test('only doc pages are searchable', () => {
  assert.equal(isDocPage('<div class="theme-doc-markdown markdown">'), true);
  assert.equal(isDocPage('<main class="container">home</main>'), false);
});
