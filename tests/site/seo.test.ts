/**
 * What search engines read on every built page: the language, a real
 * description, the canonical URL, the hreflang alternates between the English
 * and Spanish versions (plus x-default), and one sitemap per locale listing
 * exactly that locale's pages.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {locales} from '../../config/locales';
import {buildDir, builtRoutes, htmlFileFor, readPage} from './built-site';

// Written out by hand on purpose: these are the URLs the world sees.
const site = 'https://next-docs.example.org';
const englishUrl = (route: string) => `${site}${route === '/' ? '/' : route}`;
const spanishUrl = (route: string) => `${site}/es${route === '/' ? '/' : route}`;
const urlFor = {en: englishUrl, es: spanishUrl} as const;

const routes = builtRoutes('en', ['es']).filter((r) => r !== '/404');

test('the site has both locales, as this test expects', () => {
  assert.deepEqual([...locales].sort(), ['en', 'es']);
  assert.ok(routes.includes('/quick-starts/next-app-router'));
});

for (const locale of ['en', 'es'] as const) {
  describe(`${locale} pages`, () => {
    for (const route of routes) {
      test(`${route}: lang, description, canonical and alternates`, () => {
        const {$} = readPage(htmlFileFor(route, locale));
        assert.equal($('html').attr('lang'), locale);

        const description = $('meta[name="description"]').attr('content') ?? '';
        assert.ok(description.length >= 50, `description too short: "${description}"`);
        assert.doesNotMatch(description, /\\$/, 'description is a heading cut short, not a summary');

        assert.deepEqual($('link[rel="canonical"]').map((_, el) => $(el).attr('href')).get(), [urlFor[locale](route)]);

        const alternates = Object.fromEntries(
          $('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]]).get(),
        );
        assert.deepEqual(alternates, {en: englishUrl(route), es: spanishUrl(route), 'x-default': englishUrl(route)});

        assert.equal($('meta[name="robots"][content*="noindex"]').length, 0, 'page is hidden from search engines');
      });
    }
  });
}

test('English and Spanish descriptions differ on every page', () => {
  for (const route of routes) {
    const en = readPage(htmlFileFor(route, 'en')).$('meta[name="description"]').attr('content');
    const es = readPage(htmlFileFor(route, 'es')).$('meta[name="description"]').attr('content');
    assert.notEqual(es, en, `${route}: the Spanish page has the English description`);
  }
});

describe('sitemaps', () => {
  const sitemapUrls = (file: string) => {
    assert.ok(fs.existsSync(file), `${path.relative(buildDir, file)} is missing`);
    const $ = load(fs.readFileSync(file, 'utf8'), {xml: true});
    return $('url > loc').map((_, el) => $(el).text()).get().sort();
  };

  test('build/sitemap.xml lists every English page and nothing else', () => {
    assert.deepEqual(sitemapUrls(path.join(buildDir, 'sitemap.xml')), routes.map(englishUrl).sort());
  });

  test('build/es/sitemap.xml lists every Spanish page and nothing else', () => {
    assert.deepEqual(sitemapUrls(path.join(buildDir, 'es', 'sitemap.xml')), routes.map(spanishUrl).sort());
  });
});
