import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {translationLocales} from '../../config/locales';
import {chunkSizes, generateCorpus, type Corpus, type SidebarItem} from './corpus';

const headingIds = (mdx: string) => [...mdx.matchAll(/\\\{#([\w-]+)\}/g)].map((m) => m[1]!);

/** Ids of a page as a reader sees it: the shell's headings with each fragment's headings where it is used. */
function composedIds(corpus: Corpus, pageId: string, lang: string): string[] {
  const byPath = new Map(corpus.files.map((f) => [f.path, f.content]));
  const docFile = lang === 'en' ? `docs/${pageId}.mdx` : `i18n/${lang}/docusaurus-plugin-content-docs/current/${pageId}.mdx`;
  const shell = byPath.get(docFile);
  assert.ok(shell, `missing ${docFile}`);
  const imports = new Map([...shell.matchAll(/^import (\w+) from '@fragments\/(.+)';$/gm)].map((m) => [m[1]!, m[2]!]));
  const ids: string[] = [];
  for (const line of shell.split('\n')) {
    ids.push(...headingIds(line));
    const use = /^<(\w+) \/>$/.exec(line);
    if (use && imports.has(use[1]!)) {
      const fragment = imports.get(use[1]!)!;
      const file = byPath.get(lang === 'en' ? `fragments/${fragment}` : `i18n/${lang}/fragments/${fragment}`);
      assert.ok(file !== undefined, `missing fragment ${fragment} (${lang})`);
      ids.push(...headingIds(file));
    }
  }
  return ids;
}

function categorySizes(items: SidebarItem[]): number[] {
  return items.flatMap((item) => (typeof item === 'string' ? [] : [item.items.length, ...categorySizes(item.items)]));
}

function docIds(items: SidebarItem[]): string[] {
  return items.flatMap((item) => (typeof item === 'string' ? [item] : docIds(item.items)));
}

describe('chunkSizes', () => {
  test('splits evenly with the remainder in front', () => {
    assert.deepEqual(chunkSizes(25, 10), [9, 8, 8]);
    assert.deepEqual(chunkSizes(10, 10), [10]);
    assert.deepEqual(chunkSizes(11, 10), [6, 5]);
    assert.deepEqual(chunkSizes(0, 10), []);
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({pages: 25, seed: 7});

  test('makes as many pages as asked, in English and in every translation locale', () => {
    assert.equal(corpus.pages.length, 25);
    assert.equal(corpus.files.filter((f) => /^docs\/.*\.mdx$/.test(f.path)).length, 25);
    // 3 leaf categories (9, 8, 8 pages) × 4 fragments + 1 shared fragment, per locale.
    assert.equal(corpus.files.filter((f) => f.path.startsWith('fragments/')).length, 13);
    assert.ok(translationLocales.length >= 2, 'the corpus is meant to cover Spanish and Chinese at least');
    for (const locale of translationLocales) {
      assert.equal(corpus.files.filter((f) => f.path.startsWith(`i18n/${locale}/docusaurus-plugin-content-docs/current/`)).length, 25, locale);
      assert.equal(corpus.files.filter((f) => f.path.startsWith(`i18n/${locale}/fragments/`)).length, 13, locale);
    }
    assert.equal(corpus.files.length, (25 + 13) * (translationLocales.length + 1));
  });

  test('heading ids are unique within every composed page', () => {
    for (const page of corpus.pages) {
      const ids = composedIds(corpus, page.id, 'en');
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${page.id}: ${ids.join(', ')}`);
      // 8 h2, 3 fragments × 3 ids, 1 h3 under troubleshooting, 1 h3 in the shared fragment
      assert.equal(ids.length, 19);
      assert.deepEqual(ids, page.headingIds);
    }
  });

  test('translated pages have exactly the English ids, in the same order', () => {
    for (const locale of translationLocales) {
      for (const page of corpus.pages) {
        assert.deepEqual(composedIds(corpus, page.id, locale), composedIds(corpus, page.id, 'en'), `${locale} ${page.id}`);
      }
    }
  });

  test('each locale is written in its own words', () => {
    const page = (locale: string) =>
      corpus.files.find((f) =>
        f.path === (locale === 'en' ? `docs/${corpus.pages[0]!.id}.mdx` : `i18n/${locale}/docusaurus-plugin-content-docs/current/${corpus.pages[0]!.id}.mdx`),
      )!.content;
    assert.match(page('en'), /## Installation \\\{#installation\}/);
    assert.match(page('es'), /## Instalación \\\{#installation\}/);
    assert.match(page('zh-CN'), /## 安装 \\\{#installation\}/);
    // Chinese sentences have no spaces between words and end with a full-width stop.
    assert.match(page('zh-CN'), /\n[^\s#<`:-][^ \n]*。/u);
  });

  test('is deterministic for a seed and changes with the seed', () => {
    assert.deepEqual(generateCorpus({pages: 25, seed: 7}), corpus);
    const other = generateCorpus({pages: 25, seed: 8});
    assert.notDeepEqual(
      other.files.map((f) => f.content),
      corpus.files.map((f) => f.content),
    );
  });

  test('nests categories of at most 10 items; the flat sidebar is one category of all pages', () => {
    // 25 pages → leaves of 9, 8, 8 pages → 3 top-level categories, no parent needed.
    assert.deepEqual(categorySizes(corpus.nestedSidebar), [9, 8, 8]);
    const big = generateCorpus({pages: 250, seed: 7});
    // 250 pages → 25 leaves of 10 → 3 sections of 9, 8, 8 leaves.
    assert.equal(big.nestedSidebar.length, 3);
    assert.ok(categorySizes(big.nestedSidebar).every((n) => n <= 10));
    assert.equal(docIds(big.nestedSidebar).length, 250);
    assert.deepEqual(categorySizes(big.flatSidebar), [250]);
    assert.deepEqual(docIds(big.flatSidebar), docIds(big.nestedSidebar));
  });

  test('every category label has a translation in every translation locale', () => {
    assert.deepEqual(Object.keys(corpus.sidebarTranslations).sort(), [...translationLocales].sort());
    assert.equal(corpus.sidebarTranslations.es?.['sidebar.bench.category.Get started 1']?.message, 'Primeros pasos 1');
    assert.equal(corpus.sidebarTranslations.es?.['sidebar.bench.category.Integrations 2']?.message, 'Integraciones 2');
    assert.equal(corpus.sidebarTranslations['zh-CN']?.['sidebar.bench.category.Integrations 2']?.message, '集成 2');
    const englishLabels = Object.keys(corpus.sidebarTranslations.es!).sort();
    for (const locale of translationLocales) assert.deepEqual(Object.keys(corpus.sidebarTranslations[locale]!).sort(), englishLabels, locale);
  });

  test('rejects a page count that is not a positive integer', () => {
    assert.throws(() => generateCorpus({pages: 0}), /positive integer/);
  });
});
