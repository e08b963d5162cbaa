/**
 * An unknown URL gets the 404 page of its language, with a 404 status.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {localeConfigs, translationLocales, type Locale} from '../../config/locales';
import {uiText} from '../site/ui-text';
import {useSite, hydrated} from './harness';

const site = useSite();

const cases: [string, string, string][] = [
  ['/nope', 'en', 'Page Not Found'],
  ...translationLocales.flatMap((l): [string, string, string][] => [
    [`/${l}/nope`, localeConfigs[l as Locale].htmlLang, uiText(l, 'theme.NotFound.title')],
    [`/${l}/quick-starts/no-such-guide`, localeConfigs[l as Locale].htmlLang, uiText(l, 'theme.NotFound.title')],
  ]),
];

for (const [route, lang, title] of cases) {
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
