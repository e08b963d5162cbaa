/**
 * Offline search on the production build, in each language: the index loads
 * only once the reader starts searching, queries find the right sections of
 * the reader's language (with its stemming or word segmentation), API names
 * are found in every language, a hit opens its section, and every word of the
 * search UI is in the page's language (read from the locale's code.json).
 * The queries of each translation locale are declared once, in `queries`.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {translationLocales} from '../../config/locales';
import {htmlFileFor, localePrefix, normaliseText, readPage} from '../site/built-site';
import {uiText} from '../site/ui-text';
import {useSite, waitInViewport, where} from './harness';

const site = useSite();

const box = (page: Page) => page.getByRole('combobox');

/** Types a query and returns the options once the list has settled. */
async function search(page: Page, query: string): Promise<{text: string; href: string; marks: string[]}[]> {
  await box(page).fill(query);
  const options = page.locator(`[role="listbox"][data-query="${query}"] [role="option"]`);
  await options.first().waitFor({state: 'visible', timeout: 10_000});
  return options.evaluateAll((els) =>
    els.map((el) => ({
      text: (el as HTMLElement).innerText.replace(/\s+/g, ' '),
      href: el.querySelector('a')!.getAttribute('href')!,
      // The words Pagefind matched, as they are written on the page.
      marks: Array.from(el.querySelectorAll('mark')).map((m) => m.textContent!.toLowerCase()),
    })),
  );
}

describe('loading', () => {
  test('the index is fetched when the reader focuses the box, not on page load', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched.filter((p) => p.includes('pagefind')), [], 'search files loaded before any search');

    const entry = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind-entry.json'));
    await box(page).focus();
    await entry;
    assert.ok(fetched.includes('/pagefind/pagefind.js'), `fetched: ${fetched.join(', ')}`);
    assert.ok(fetched.includes('/pagefind/pagefind-entry.json'), `fetched: ${fetched.join(', ')}`);
    for (const locale of translationLocales) {
      assert.ok(!fetched.some((p) => p.startsWith(`/${locale}/`)), `the English page loaded the ${locale} index`);
    }
    await page.context().close();
  });
});

describe('English', () => {
  test('stemming: "tokens" matches "token", "refreshing" (not on the site) matches "refreshed"', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const tokens = await search(page, 'tokens');
    assert.ok(tokens.flatMap((h) => h.marks).includes('token'), JSON.stringify(tokens));
    assert.ok(
      tokens.every((h) => translationLocales.every((l) => !h.href.startsWith(`/${l}/`))),
      'translated pages in English results',
    );
    const refreshing = await search(page, 'refreshing');
    const marks = refreshing.flatMap((h) => h.marks);
    assert.ok(marks.some((m) => m.startsWith('refresh')), JSON.stringify(refreshing));
    assert.ok(!marks.includes('refreshing'));
    await page.context().close();
  });

  test('getAccessTokenRSC opens the App Router section about server components', async () => {
    const page = await site.open('/quick-starts/next');
    const hits = await search(page, 'getAccessTokenRSC');
    assert.equal(hits[0]?.href, '/quick-starts/next-app-router#access-token-in-server-components');
    assert.match(hits[0]!.text, /In a React Server Component/);
    await page.locator('[role="option"] a').first().click();
    await page.waitForURL('**/quick-starts/next-app-router#access-token-in-server-components');
    await waitInViewport(page, '#access-token-in-server-components');
    await page.context().close();
  });
});

/** A query, and the sections (route#id, without locale prefix) its first hit may be. */
type Expected = {query: string; firstHitIn: string[]};

type LocaleQueries = {
  /** A word of the language and the section it must find first. */
  word: Expected;
  /**
   * A query that only matches through the language's analysis, and the word
   * as written on the page that must be marked: a Spanish form not on the
   * site matched by its stem; a Chinese word matched inside a longer run of
   * characters with no spaces, which Pagefind has to segment.
   */
  analysis: {query: string; mark: string};
};

const guide = '/quick-starts/next-app-router';
const accessTokenSections = [
  'fetch-access-token-for-the-api-resource',
  'access-token-in-server-components',
  'access-token-in-server-actions',
  'access-token-in-route-handlers',
  'access-token-errors',
].map((id) => `${guide}#${id}`);

/** The one place that says what each translation locale is searched with. */
const queries: Record<string, LocaleQueries> = {
  es: {
    word: {query: 'organizaciones', firstHitIn: [`${guide}#fetch-organization-tokens`]},
    analysis: {query: 'renovados', mark: 'renovado'},
  },
  'zh-CN': {
    word: {query: '访问令牌', firstHitIn: accessTokenSections},
    analysis: {query: '令牌', mark: '令牌'},
  },
};

/** The heading of a section as the locale's build wrote it. */
function sectionHeading(locale: string, section: string): string {
  const [route, id] = section.split('#') as [string, string];
  return normaliseText(readPage(htmlFileFor(route, locale)).$(`#${id}`).text());
}

test('every translation locale has its search queries', () => {
  assert.deepEqual(Object.keys(queries).sort(), [...translationLocales].sort());
});

for (const locale of translationLocales.filter((l) => queries[l])) {
  const prefix = localePrefix(locale);
  const {word, analysis} = queries[locale]!;
  const inLocale = (hits: {href: string}[]) => hits.every((h) => h.href.startsWith(`${prefix}/`));

  describe(locale, () => {
    test(`the ${locale} page loads the ${locale} index only`, async () => {
      const page = await site.open(`${prefix}${guide}`);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      const entry = page.waitForRequest((r) => r.url().includes(`${prefix}/pagefind/pagefind-entry.json`));
      await box(page).focus();
      await entry;
      const indexFiles = fetched.filter((p) => p.includes('/pagefind/'));
      assert.ok(indexFiles.length > 0 && indexFiles.every((p) => p.startsWith(`${prefix}/pagefind/`)), indexFiles.join(', '));
      await page.context().close();
    });

    test(`"${word.query}" finds its section first, in ${locale}`, async () => {
      const page = await site.open(`${prefix}${guide}`);
      const hits = await search(page, word.query);
      const first = hits[0]!;
      const section = word.firstHitIn.find((s) => first.href === `${prefix}${s}`);
      assert.ok(section, `first hit ${first.href}; expected one of ${word.firstHitIn.join(', ')}`);
      assert.ok(first.text.includes(sectionHeading(locale, section)), `"${first.text}" lacks "${sectionHeading(locale, section)}"`);
      assert.ok(inLocale(hits), `pages of another locale in ${locale} results: ${hits.map((h) => h.href).join(', ')}`);
      await page.context().close();
    });

    test(`"${analysis.query}" matches "${analysis.mark}" through the language's analysis`, async () => {
      const page = await site.open(`${prefix}${guide}`);
      const hits = await search(page, analysis.query);
      const marks = hits.flatMap((h) => h.marks);
      assert.ok(marks.includes(analysis.mark), JSON.stringify(hits));
      assert.ok(inLocale(hits), `pages of another locale in ${locale} results`);
      await page.context().close();
    });

    test(`getAccessTokenRSC opens the ${locale} section about server components`, async () => {
      const section = `${guide}#access-token-in-server-components`;
      const page = await site.open(`${prefix}${guide}`);
      const hits = await search(page, 'getAccessTokenRSC');
      assert.equal(hits[0]?.href, `${prefix}${section}`);
      assert.ok(hits[0]!.text.includes(sectionHeading(locale, section)), hits[0]!.text);
      await box(page).press('ArrowDown');
      await box(page).press('Enter');
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === `${prefix}${section}`);
      assert.equal(where(page), `${prefix}${section}`);
      await waitInViewport(page, '#access-token-in-server-components');
      await page.context().close();
    });

    test(`the search box speaks ${locale}`, async () => {
      const page = await site.open(`${prefix}/quick-starts/next`);
      assert.equal(await box(page).getAttribute('placeholder'), uiText(locale, 'site.search.placeholder'));
      assert.equal(await box(page).getAttribute('aria-label'), uiText(locale, 'site.search.label'));
      assert.equal(await page.getByRole('search').count(), 1);
      await box(page).fill('zzqxjw');
      const noResults = uiText(locale, 'site.search.noResults').split('{query}')[0]!.trim();
      await page.getByText(noResults).waitFor({timeout: 10_000});
      assert.equal(await page.locator('[role="listbox"]').getAttribute('aria-label'), uiText(locale, 'site.search.resultsLabel'));
      await page.context().close();
    });
  });
}
