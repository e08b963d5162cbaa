/**
 * Offline search on the production build, in each language: the index loads
 * only once the reader starts searching, queries find the right sections of
 * the reader's language (with stemming), API names are found in both, a hit
 * opens its section, and every word of the search UI is in the page's language.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
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
    assert.ok(!fetched.some((p) => p.startsWith('/es/')), 'the English page loaded the Spanish index');
    await page.context().close();
  });
});

describe('English', () => {
  test('stemming: "tokens" matches "token", "refreshing" (not on the site) matches "refreshed"', async () => {
    const page = await site.open('/quick-starts/next-app-router');
    const tokens = await search(page, 'tokens');
    assert.ok(tokens.flatMap((h) => h.marks).includes('token'), JSON.stringify(tokens));
    assert.ok(tokens.every((h) => !h.href.startsWith('/es/')), 'Spanish pages in English results');
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

describe('Spanish', () => {
  test('"organizaciones" finds the section on organization tokens, in Spanish', async () => {
    const page = await site.open('/es/quick-starts/next-app-router');
    const hits = await search(page, 'organizaciones');
    assert.equal(hits[0]?.href, '/es/quick-starts/next-app-router#fetch-organization-tokens');
    assert.match(hits[0]!.text, /Obtener tokens de organización/);
    assert.ok(hits.every((h) => h.href.startsWith('/es/')), 'English pages in Spanish results');
    await page.context().close();
  });

  test('stemming: "renovados" (not on the site) matches "renovado"', async () => {
    const page = await site.open('/es/quick-starts/next-app-router');
    const renovados = await search(page, 'renovados');
    const marks = renovados.flatMap((h) => h.marks);
    assert.ok(marks.includes('renovado'), JSON.stringify(renovados));
    assert.ok(renovados.every((h) => h.href.startsWith('/es/')), 'English pages in Spanish results');
    await page.context().close();
  });

  test('getAccessTokenRSC opens the Spanish section about server components', async () => {
    const page = await site.open('/es/quick-starts/next-app-router');
    const hits = await search(page, 'getAccessTokenRSC');
    assert.equal(hits[0]?.href, '/es/quick-starts/next-app-router#access-token-in-server-components');
    assert.match(hits[0]!.text, /En un React Server Component/);
    await box(page).press('ArrowDown');
    await box(page).press('Enter');
    await page.waitForURL('**/es/quick-starts/next-app-router#access-token-in-server-components');
    await waitInViewport(page, '#access-token-in-server-components');
    await page.context().close();
  });

  test('the search box speaks Spanish', async () => {
    const page = await site.open('/es/quick-starts/next');
    assert.equal(await box(page).getAttribute('placeholder'), 'Buscar');
    assert.equal(await box(page).getAttribute('aria-label'), 'Buscar en las guías');
    assert.equal(await page.getByRole('search').count(), 1);
    await box(page).fill('zzqxjw');
    await page.getByText('No hay resultados para').waitFor({timeout: 10_000});
    assert.equal(await page.locator('[role="listbox"]').getAttribute('aria-label'), 'Resultados de la búsqueda');
    await page.context().close();
  });
});
