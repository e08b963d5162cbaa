/**
 * The Markdown pages and llms.txt files in build/ (config/plugins/markdown-export):
 * each doc page's .md holds the composed page in its locale (fragments as that
 * locale resolves them), no MDX is left, every doc page is listed in its
 * locale's llms.txt, and every link is absolute and lands on a file of the build.
 * Expectations come from the MDX sources and the built HTML, not from the exporter.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import type {Root, Code, Heading, Link} from 'mdast';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {defaultLocale, locales, translationLocales} from '../../config/locales';
import {extractFacts} from '../../scripts/lib/mdx';
import {buildDir, builtRoutes, htmlFileFor, localePrefix, normaliseText} from './built-site';
import {fragmentsOf, guides, pageFileFor} from './content-model';

// Written out by hand on purpose: the address readers and their assistants see.
const site = 'https://next-docs.example.org';

function parseMarkdown(text: string): Root {
  const {unified} = require('unified') as typeof import('unified');
  return unified()
    .use((require('remark-parse') as typeof import('remark-parse')).default)
    .use((require('remark-gfm') as typeof import('remark-gfm')).default)
    .parse(text) as Root;
}

function markdownFileFor(route: string, locale: string): string {
  return path.join(buildDir, `${localePrefix(locale)}${route === '/' ? '/index' : route}.md`);
}

/** Doc pages of a locale: the routes whose HTML is a docs page. */
function docRoutes(locale: string): string[] {
  return builtRoutes(locale, locales.filter((l) => l !== locale)).filter((route) =>
    load(fs.readFileSync(htmlFileFor(route, locale), 'utf8'))('html').hasClass('docs-doc-page'),
  );
}

/** Text a reader sees outside code: what must carry no MDX syntax. */
function proseOf(tree: Root): string[] {
  const prose: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if (node.type === 'text' || node.type === 'html') prose.push((node as {value: string}).value);
    return undefined;
  });
  return prose;
}

/** The build file an absolute site URL lands on, and whether its #anchor exists there. */
function landsOnBuiltFile(url: string): string | null {
  const {pathname, hash} = new URL(url);
  const candidates = /\.(md|txt)$/.test(pathname)
    ? [pathname]
    : pathname.endsWith('/')
      ? [`${pathname}index.html`]
      : [`${pathname}.html`, `${pathname}/index.html`];
  const file = candidates.map((c) => path.join(buildDir, decodeURIComponent(c))).find((f) => fs.existsSync(f));
  if (!file) return `${url}: no file in build/ (tried ${candidates.join(', ')})`;
  if (hash && file.endsWith('.html')) {
    const id = decodeURIComponent(hash.slice(1));
    if (load(fs.readFileSync(file, 'utf8'))(`[id="${id}"]`).length === 0) return `${url}: no element #${id} in ${file}`;
  }
  return null;
}

function checkLinks(tree: Root, where: string) {
  const problems: string[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const url = (node as Link).url;
    if (!/^[a-z][a-z\d+.-]*:/i.test(url)) problems.push(`${where}: relative link ${url}`);
    else if (url.startsWith(`${site}/`)) {
      const problem = landsOnBuiltFile(url);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  });
  assert.deepEqual(problems, []);
}

test('this test knows the locales', () => {
  assert.ok(locales.length >= 2 && translationLocales.length >= 1);
  assert.ok(guides().some((g) => g.slug === '/quick-starts/next-app-router'));
});

for (const locale of locales) {
  describe(`${locale}: Markdown pages`, () => {
    const routes = docRoutes(locale);

    test('every doc page has a Markdown twin whose # heading is the page title', () => {
      assert.ok(routes.length >= 3, `only ${routes.length} doc pages found`);
      for (const route of routes) {
        const file = markdownFileFor(route, locale);
        assert.ok(fs.existsSync(file), `${route}: ${file} is missing`);
        const $ = load(fs.readFileSync(htmlFileFor(route, locale), 'utf8'));
        const headings = parseMarkdown(fs.readFileSync(file, 'utf8')).children.filter(
          (n): n is Heading => n.type === 'heading' && n.depth === 1,
        );
        assert.equal(headings.length, 1, `${file}: one # heading expected`);
        assert.equal(toString(headings[0]!), normaliseText($('article h1').first().text()), file);
      }
    });

    for (const guide of guides()) {
      const file = markdownFileFor(guide.slug, locale);
      const read = () => fs.readFileSync(file, 'utf8');

      test(`${guide.slug}: headings and code blocks of every fragment, as ${locale} resolves it`, () => {
        const tree = parseMarkdown(read());
        const headings = new Set<string>();
        const codeBlocks: Code[] = [];
        visit(tree, 'heading', (h) => void headings.add(toString(h)));
        visit(tree, 'code', (c) => void codeBlocks.push(c));
        const fragments = fragmentsOf(pageFileFor(guide, locale), locale);
        assert.ok(fragments.length > 0);
        for (const fragment of fragments) {
          const facts = extractFacts(fs.readFileSync(fragment.file, 'utf8'));
          for (const heading of facts.headings) {
            assert.ok(headings.has(heading.text), `${file}: heading "${heading.text}" of ${fragment.file} is missing`);
          }
          for (const block of facts.codeBlocks) {
            const found = codeBlocks.find((c) => c.value === block.value && c.lang === block.lang);
            assert.ok(found, `${file}: a ${block.lang} block of ${fragment.file}:${block.position.line} is missing`);
            if (block.title) assert.equal(found.meta, `title="${block.title}"`, `${file}: title of ${fragment.file}:${block.position.line}`);
          }
        }
      });

      test(`${guide.slug}: no MDX left (imports, JSX, admonition fences, heading ids)`, () => {
        const prose = proseOf(parseMarkdown(read())).join('\n');
        for (const leftover of ['<Tabs', '<TabItem', ':::', '\\{#', '{#', '{/*']) {
          assert.ok(!prose.includes(leftover), `${file}: "${leftover}" outside code`);
        }
        assert.doesNotMatch(prose, /^\s*(import|export)\s.+from\s/m, `${file}: an import outside code`);
        assert.doesNotMatch(prose, /<[A-Z][A-Za-z]*[\s/>]/, `${file}: a JSX element outside code`);
      });

      test(`${guide.slug}: every link absolute and landing on a file of the build`, () => {
        checkLinks(parseMarkdown(read()), file);
      });
    }
  });

  describe(`${locale}: llms.txt and llms-full.txt`, () => {
    const dir = path.join(buildDir, localePrefix(locale));
    const llms = () => fs.readFileSync(path.join(dir, 'llms.txt'), 'utf8');

    test('llmstxt.org shape: # site name, > summary, ## sections of [title](url.md): description', () => {
      const tree = parseMarkdown(llms());
      const [title, summary, ...rest] = tree.children;
      assert.ok(title?.type === 'heading' && title.depth === 1, 'starts with a # heading');
      assert.equal(summary?.type, 'blockquote');
      assert.ok(rest.length > 0 && rest[0]!.type === 'heading' && (rest[0] as Heading).depth === 2, 'then ## sections');
      for (const node of rest) assert.ok(node.type === 'list' || (node.type === 'heading' && node.depth === 2), `unexpected ${node.type}`);
      visit(tree, 'link', (link) => assert.match(link.url, new RegExp(`^${site}${localePrefix(locale)}/.+\\.md$`)));
    });

    test('every doc page of the locale is listed, at its .md URL', () => {
      const text = llms();
      for (const route of docRoutes(locale)) {
        assert.ok(text.includes(`](${site}${localePrefix(locale)}${route}.md)`), `${route} is not in ${locale}/llms.txt`);
      }
      checkLinks(parseMarkdown(text), `${locale}/llms.txt`);
    });

    test('llms-full.txt holds every listed page, word for word', () => {
      const full = fs.readFileSync(path.join(dir, 'llms-full.txt'), 'utf8');
      for (const route of docRoutes(locale)) {
        assert.ok(full.includes(fs.readFileSync(markdownFileFor(route, locale), 'utf8').trimEnd()), `${route} missing from llms-full.txt`);
      }
    });
  });
}

for (const locale of translationLocales) {
  test(`${locale}: the Markdown is in ${locale}, like the page (translated fragments, site name and section names)`, () => {
    const guide = guides().find((g) => g.slug === '/quick-starts/next-app-router')!;
    const translated = fragmentsOf(pageFileFor(guide, locale), locale).filter((f) => f.file.startsWith(`i18n/${locale}/`));
    assert.ok(translated.length > 0, `the ${locale} App Router page uses no ${locale} fragment`);
    const english = new Map(fragmentsOf(guide.englishPath, defaultLocale).map((f) => [f.importSource, f]));
    // Headings as text ("h3 Wrong secret: invalid_client"), so inline code in a heading compares equal.
    const headingsOf = (file: string): Set<string> => {
      const found = new Set<string>();
      visit(parseMarkdown(fs.readFileSync(file, 'utf8')), 'heading', (h: Heading) => {
        found.add(`h${h.depth} ${toString(h)}`);
      });
      return found;
    };
    const markdown = headingsOf(markdownFileFor(guide.slug, locale));
    const englishMarkdown = headingsOf(markdownFileFor(guide.slug, defaultLocale));
    let compared = 0;
    for (const fragment of translated) {
      const source = extractFacts(fs.readFileSync(fragment.file, 'utf8'));
      const original = extractFacts(fs.readFileSync(english.get(fragment.importSource)!.file, 'utf8'));
      for (const heading of source.headings) {
        const englishText = original.headings.find((h) => h.id === heading.id)?.text;
        if (!englishText || englishText === heading.text) continue;
        assert.ok(markdown.has(`h${heading.depth} ${heading.text}`), `"${heading.text}" missing`);
        assert.ok(!markdown.has(`h${heading.depth} ${englishText}`), `English "${englishText}" in the ${locale} Markdown`);
        assert.ok(englishMarkdown.has(`h${heading.depth} ${englishText}`), `"${englishText}" missing from the English Markdown`);
        compared += 1;
      }
    }
    assert.ok(compared > 0, 'no translated heading to compare');
    // The section names of llms.txt are the sidebar's, translated like the sidebar in the HTML.
    const $ = load(fs.readFileSync(htmlFileFor(guide.slug, locale), 'utf8'));
    const categories = $('.theme-doc-sidebar-menu .menu__link--sublist, .theme-doc-sidebar-menu .menu__list-item-collapsible a')
      .map((_, el) => normaliseText($(el).text()))
      .get();
    const sections = parseMarkdown(fs.readFileSync(path.join(buildDir, localePrefix(locale), 'llms.txt'), 'utf8'))
      .children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2)
      .map((h) => toString(h));
    assert.ok(sections.some((s) => categories.includes(s)), `sections ${sections.join(', ')} are not the sidebar's (${categories.join(', ')})`);
  });
}
