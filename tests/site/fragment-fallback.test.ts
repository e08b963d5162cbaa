/**
 * The fallback rule, end to end: when a translated fragment is missing, that
 * locale's build still succeeds and the page shows the English fragment.
 * Runs for every translation locale of config/locales.ts, each on a temporary
 * copy of the site, so the work tree is never touched.
 */
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {buildSite, copySite, removeSite} from '../../scripts/lib/site-copy';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {translationLocales} from '../../config/locales';
import {normaliseText, readPage, singleLocaleHtmlFile} from './built-site';
import {fragmentsOf, guides, pageFileFor} from './content-model';
import {uiText} from './ui-text';

const guide = guides().find((g) => g.slug === '/quick-starts/next-app-router')!;

for (const locale of translationLocales) {
  describe(locale, () => {
    const copy = copySite('fallback-');
    after(() => removeSite(copy));

    test(`a missing ${locale} fragment falls back to English without breaking the build`, () => {
      const translated = fragmentsOf(pageFileFor(guide, locale), locale).find(
        (f) => f.file.startsWith(`i18n/${locale}/`) && f.sample !== null,
      );
      assert.ok(translated, `the ${locale} App Router page imports no ${locale} fragment to remove`);
      const english = fragmentsOf(guide.englishPath, 'en').find((f) => f.importSource === translated.importSource)!;

      fs.rmSync(path.join(copy, translated.file));
      const {outDir} = buildSite(copy, ['--locale', locale]);

      const page = readPage(singleLocaleHtmlFile(guide.slug, outDir));
      assert.ok(page.articleText.includes(english.sample!), `English text of ${english.file} is missing`);
      assert.ok(!page.articleText.includes(translated.sample!), `the removed text of ${translated.file} is still there`);
      for (const id of english.headingIds) {
        assert.ok(page.headingIds.includes(id), `heading #${id} of the English fallback is missing`);
      }

      // The page's Markdown (config/plugins/markdown-export) falls back the same way, and says so in the locale.
      const markdown = fs.readFileSync(path.join(outDir, `${guide.slug}.md`), 'utf8');
      const paragraphs = markdownParagraphs(markdown);
      assert.ok(paragraphs.includes(english.sample!), `English text of ${english.file} is missing from the Markdown`);
      assert.ok(!paragraphs.includes(translated.sample!), `the removed text of ${translated.file} is still in the Markdown`);
      const title = uiText(locale, 'translationNotice.title.untranslated', {}, copy);
      assert.ok(markdown.includes(`> **${title}**`), 'no notice before the English section');
    });
  });
}

function markdownParagraphs(markdown: string): string[] {
  const {unified} = require('unified') as typeof import('unified');
  const tree = unified().use((require('remark-parse') as typeof import('remark-parse')).default).parse(markdown);
  const found: string[] = [];
  visit(tree, 'paragraph', (node) => void found.push(normaliseText(toString(node))));
  return found;
}
