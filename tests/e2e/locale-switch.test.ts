/**
 * Switching language keeps the reader's place: the locale dropdown carries the
 * section anchor over, because every heading id is the same in every language.
 * Runs for every locale of config/locales.ts; the heading a locale shows is
 * read from that locale's built page, so no language's words are written here.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {defaultLocale, localeConfigs, locales, translationLocales, type Locale} from '../../config/locales';
import {htmlFileFor, localePrefix, normaliseText, readPage} from '../site/built-site';
import {useSite, waitInViewport, where} from './harness';

/** The heading's words, without the zero-width space Docusaurus puts before its anchor link. */
const headingText = async (page: Page, id: string) =>
  (await page.locator(`#${id}`).innerText()).replace(/\u200b/g, '').trim();

/** The heading as the build wrote it for that locale. */
const builtHeading = (locale: string, route: string, id: string) =>
  normaliseText(readPage(htmlFileFor(route, locale)).$(`#${id}`).text());

const label = (locale: string) => localeConfigs[locale as Locale].label;

const site = useSite();
const guide = '/quick-starts/next-app-router';

/** Opens the dropdown (labelled with the current language) and picks another. */
async function switchTo(page: Page, from: string, to: string): Promise<void> {
  await page.locator('.navbar .dropdown > .navbar__link', {hasText: label(from)}).hover();
  await page.locator('.navbar .dropdown__menu a', {hasText: label(to)}).click();
}

test('the dropdown offers every language of config/locales.ts', async () => {
  const page = await site.open(guide);
  await page.locator('.navbar .dropdown > .navbar__link', {hasText: label(defaultLocale)}).hover();
  const offered = await page.locator('.navbar .dropdown__menu a').allInnerTexts();
  assert.deepEqual(offered.map((t) => t.trim()), locales.map(label));
});

for (const locale of translationLocales) {
  test(`English → ${label(locale)} → English keeps #fetch-organization-tokens and shows that heading`, async () => {
    const id = 'fetch-organization-tokens';
    const page = await site.open(`${guide}#${id}`);
    await waitInViewport(page, `#${id}`);

    await switchTo(page, defaultLocale, locale);
    await page.waitForURL(`**${localePrefix(locale)}${guide}#${id}`);
    assert.equal(where(page), `${localePrefix(locale)}${guide}#${id}`);
    await waitInViewport(page, `#${id}`);
    assert.equal(await page.locator('html').getAttribute('lang'), localeConfigs[locale].htmlLang);
    assert.equal(await headingText(page, id), builtHeading(locale, guide, id));

    await switchTo(page, locale, defaultLocale);
    await page.waitForURL((url) => url.pathname === guide && url.hash === `#${id}`);
    assert.equal(where(page), `${guide}#${id}`);
    await waitInViewport(page, `#${id}`);
    assert.equal(await headingText(page, id), 'Fetch organization tokens');
  });

  test(`a section chosen after the page loaded is the one ${label(locale)} opens at`, async () => {
    const page = await site.open(guide);
    await page.locator('.table-of-contents a[href="#use-external-session-storage"]').click();
    await waitInViewport(page, '#use-external-session-storage');

    await switchTo(page, defaultLocale, locale);
    await page.waitForURL(`**${localePrefix(locale)}${guide}#use-external-session-storage`);
    await waitInViewport(page, '#use-external-session-storage');
    assert.equal(await page.locator('html').getAttribute('lang'), localeConfigs[locale].htmlLang);
  });
}

test('switching between two translations keeps the anchor too', async () => {
  const [first, second] = translationLocales;
  assert.ok(first && second, 'needs two translation locales');
  const id = 'access-token-in-server-components';
  const page = await site.open(`${localePrefix(first)}${guide}#${id}`);
  await waitInViewport(page, `#${id}`);
  await switchTo(page, first, second);
  await page.waitForURL(`**${localePrefix(second)}${guide}#${id}`);
  await waitInViewport(page, `#${id}`);
  assert.equal(await headingText(page, id), builtHeading(second, guide, id));
});
