/**
 * The fallback rule, end to end: when a Spanish fragment is missing, the
 * Spanish build still succeeds and the page shows the English fragment.
 * Works on a temporary copy of the site, so the work tree is never touched.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildSite, copySite, removeSite} from '../../scripts/lib/site-copy';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {normaliseText, readPage, singleLocaleHtmlFile} from './built-site';
import {fragmentsOf, guides, pageFileFor} from './content-model';

const guide = guides().find((g) => g.slug === '/quick-starts/next-app-router')!;
const copy = copySite('fallback-');
after(() => removeSite(copy));

test('a missing Spanish fragment falls back to English without breaking the build', () => {
  const spanish = fragmentsOf(pageFileFor(guide, 'es'), 'es').find(
    (f) => f.file.startsWith('i18n/es/') && f.sample !== null,
  );
  assert.ok(spanish, 'the Spanish App Router page imports no Spanish fragment to remove');
  const english = fragmentsOf(guide.englishPath, 'en').find((f) => f.importSource === spanish.importSource)!;

  fs.rmSync(path.join(copy, spanish.file));
  const {outDir} = buildSite(copy, ['--locale', 'es']);

  const page = readPage(singleLocaleHtmlFile(guide.slug, outDir));
  assert.ok(page.articleText.includes(english.sample!), `English text of ${english.file} is missing`);
  assert.ok(!page.articleText.includes(spanish.sample!), `the removed Spanish text of ${spanish.file} is still there`);
  for (const id of english.headingIds) {
    assert.ok(page.headingIds.includes(id), `heading #${id} of the English fallback is missing`);
  }

  // The page's Markdown (config/plugins/markdown-export) falls back the same way, and says so in Spanish.
  const markdown = fs.readFileSync(path.join(outDir, `${guide.slug}.md`), 'utf8');
  const paragraphs = markdownParagraphs(markdown);
  assert.ok(paragraphs.includes(english.sample!), `English text of ${english.file} is missing from the Markdown`);
  assert.ok(!paragraphs.includes(spanish.sample!), `the removed Spanish text of ${spanish.file} is still in the Markdown`);
  const codeJson = JSON.parse(fs.readFileSync(path.join(copy, 'i18n/es/code.json'), 'utf8')) as Record<string, {message: string}>;
  assert.ok(markdown.includes(`> **${codeJson['translationNotice.title.untranslated']!.message}**`), 'no notice before the English section');
});

function markdownParagraphs(markdown: string): string[] {
  const {unified} = require('unified') as typeof import('unified');
  const tree = unified().use((require('remark-parse') as typeof import('remark-parse')).default).parse(markdown);
  const found: string[] = [];
  visit(tree, 'paragraph', (node) => void found.push(normaliseText(toString(node))));
  return found;
}
