/**
 * An unknown URL gets the 404 page of its language, with a 404 status.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useSite, hydrated} from './harness';

const site = useSite();

for (const [route, lang, title] of [
  ['/nope', 'en', 'Page Not Found'],
  ['/es/nope', 'es', 'Página no encontrada'],
  ['/es/quick-starts/no-such-guide', 'es', 'Página no encontrada'],
] as const) {
  test(`${route} shows the ${lang} 404 page with status 404`, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${route}`);
    assert.equal(response?.status(), 404);
    await hydrated(page);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal((await page.locator('main h1').innerText()).trim(), title);
    // Still the reader's URL: the page explains, it does not redirect.
    assert.equal(new URL(page.url()).pathname, route);
    await context.close();
  });
}
