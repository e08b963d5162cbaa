/**
 * Checks the production build in `build/` (run `npm run build` first):
 * every route exists in every locale, quick-starts keep the same anchors in
 * every language, ids are unique, the table of contents points at real
 * headings, and each fragment shows up on every page that imports it.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {locales} from '../../config/locales';
import {builtRoutes, htmlFileFor, readPage} from './built-site';
import {fragmentsOf, guides, pageFileFor} from './content-model';

const allGuides = guides();

describe('routes', () => {
  test('the site has the routes a reader expects', () => {
    const en = builtRoutes('en', locales.filter((l) => l !== 'en'));
    for (const route of ['/', '/quick-starts', '/quick-starts/next-app-router', '/quick-starts/next', '/404']) {
      assert.ok(en.includes(route), `missing English route ${route}; built: ${en.join(', ')}`);
    }
  });

  test('every route exists in every locale', () => {
    const routesByLocale = locales.map((locale) => ({
      locale,
      routes: builtRoutes(locale, locales.filter((l) => l !== locale)),
    }));
    const [first, ...rest] = routesByLocale;
    for (const other of rest) {
      assert.deepEqual(other.routes, first!.routes, `${other.locale} routes differ from ${first!.locale}`);
    }
  });
});

for (const guide of allGuides) {
  describe(`guide ${guide.slug}`, () => {
    const pages = Object.fromEntries(locales.map((l) => [l, readPage(htmlFileFor(guide.slug, l))]));

    test('heading ids are identical in every locale', () => {
      const english = [...pages.en!.headingIds].sort();
      assert.ok(english.length > 0, 'the English page has no h2-h4 headings with ids');
      for (const locale of locales) {
        assert.deepEqual([...pages[locale]!.headingIds].sort(), english, `${locale} heading ids differ from English`);
      }
    });

    test('no id repeats on the page', () => {
      for (const locale of locales) {
        const seen = new Set<string>();
        const repeated = pages[locale]!.ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
        assert.deepEqual(repeated, [], `${locale}: repeated ids`);
      }
    });

    test('every table-of-contents link targets an element on the page', () => {
      for (const locale of locales) {
        const {tocTargets, ids} = pages[locale]!;
        assert.ok(tocTargets.length > 0, `${locale}: empty table of contents`);
        const missing = tocTargets.filter((target) => !ids.includes(decodeURIComponent(target)));
        assert.deepEqual(missing, [], `${locale}: table-of-contents links without a target`);
      }
    });

    test("each imported fragment's headings and text appear on the page, in each locale", () => {
      for (const locale of locales) {
        const page = pages[locale]!;
        const fragments = fragmentsOf(pageFileFor(guide, locale), locale);
        for (const fragment of fragments) {
          for (const id of fragment.headingIds) {
            assert.ok(page.headingIds.includes(id), `${locale}: heading #${id} of ${fragment.file} is not on the page`);
            assert.ok(page.tocTargets.includes(id), `${locale}: heading #${id} of ${fragment.file} is not in the table of contents`);
          }
          if (fragment.sample) {
            assert.ok(
              page.articleText.includes(fragment.sample),
              `${locale}: text of ${fragment.file} not found on the page: "${fragment.sample.slice(0, 80)}…"`,
            );
          }
        }
      }
    });
  });
}
