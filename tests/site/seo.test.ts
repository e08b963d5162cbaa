/**
 * What search engines read on every built page: the language, a real
 * description, the canonical URL, the hreflang alternates between the English
 * version and every translation (plus x-default), and one sitemap per locale listing
 * exactly that locale's pages.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {locales, translationLocales} from '../../config/locales';
import {buildDir, builtRoutes, htmlFileFor, readPage} from './built-site';

// Written out by hand on purpose: these are the URLs and languages the world
// sees. A locale added to config/locales.ts without its line here fails below.
const site = 'https://next-docs.example.org';
const published: Record<string, {prefix: string; hreflang: string}> = {
  en: {prefix: '', hreflang: 'en'},
  es: {prefix: '/es', hreflang: 'es'},
  'zh-CN': {prefix: '/zh-CN', hreflang: 'zh-CN'},
};
const urlFor = (locale: string, route: string) => `${site}${published[locale]!.prefix}${route === '/' ? '/' : route}`;
const englishUrl = (route: string) => urlFor('en', route);

const routes = builtRoutes('en', translationLocales).filter((r) => r !== '/404');

test('every locale of config/locales.ts has its published URL and language here', () => {
  assert.deepEqual([...locales].sort(), Object.keys(published).sort());
  assert.ok(routes.includes('/quick-starts/next-app-router'));
});

/**
 * Length as search results lay it out: a CJK character or full-width mark takes
 * the room of two Latin letters (results are cut by width, not by characters),
 * so a Chinese description of 25 characters says as much as 50 Latin ones.
 */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

for (const locale of locales) {
  describe(`${locale} pages`, () => {
    for (const route of routes) {
      test(`${route}: lang, description, canonical and alternates`, () => {
        const {$} = readPage(htmlFileFor(route, locale));
        assert.equal($('html').attr('lang'), published[locale]!.hreflang);

        const description = $('meta[name="description"]').attr('content') ?? '';
        assert.ok(displayWidth(description) >= 50, `description too short: "${description}"`);
        assert.doesNotMatch(description, /\\$/, 'description is a heading cut short, not a summary');

        assert.deepEqual($('link[rel="canonical"]').map((_, el) => $(el).attr('href')).get(), [urlFor(locale, route)]);

        const alternates = Object.fromEntries(
          $('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]]).get(),
        );
        const expected = Object.fromEntries(locales.map((l) => [published[l]!.hreflang, urlFor(l, route)]));
        assert.deepEqual(alternates, {...expected, 'x-default': englishUrl(route)});

        assert.equal($('meta[name="robots"][content*="noindex"]').length, 0, 'page is hidden from search engines');
      });
    }
  });
}

for (const locale of translationLocales) {
  test(`${locale} and English descriptions differ on every page`, () => {
    for (const route of routes) {
      const en = readPage(htmlFileFor(route, 'en')).$('meta[name="description"]').attr('content');
      const translated = readPage(htmlFileFor(route, locale)).$('meta[name="description"]').attr('content');
      assert.notEqual(translated, en, `${route}: the ${locale} page has the English description`);
    }
  });
}

describe('sitemaps', () => {
  const sitemapUrls = (file: string) => {
    assert.ok(fs.existsSync(file), `${path.relative(buildDir, file)} is missing`);
    const $ = load(fs.readFileSync(file, 'utf8'), {xml: true});
    return $('url > loc').map((_, el) => $(el).text()).get().sort();
  };

  test('build/sitemap.xml lists every English page and nothing else', () => {
    assert.deepEqual(sitemapUrls(path.join(buildDir, 'sitemap.xml')), routes.map(englishUrl).sort());
  });

  for (const locale of translationLocales) {
    test(`build/${locale}/sitemap.xml lists every ${locale} page and nothing else`, () => {
      assert.deepEqual(sitemapUrls(path.join(buildDir, locale, 'sitemap.xml')), routes.map((r) => urlFor(locale, r)).sort());
    });
  }
});
