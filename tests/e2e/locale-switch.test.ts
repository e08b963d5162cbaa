/**
 * Switching language keeps the reader's place: the locale dropdown carries the
 * section anchor over, because every heading id is the same in both languages.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {useSite, waitInViewport, where} from './harness';

/** The heading's words, without the zero-width space Docusaurus puts before its anchor link. */
const headingText = async (page: Page, id: string) =>
  (await page.locator(`#${id}`).innerText()).replace(/\u200b/g, '').trim();

const site = useSite();

test('English → Español → English keeps #fetch-organization-tokens and shows that heading', async () => {
  const page = await site.open('/quick-starts/next-app-router#fetch-organization-tokens');
  await waitInViewport(page, '#fetch-organization-tokens');

  await page.locator('.navbar .dropdown > .navbar__link', {hasText: 'English'}).hover();
  await page.locator('.navbar .dropdown__menu a', {hasText: 'Español'}).click();
  await page.waitForURL('**/es/quick-starts/next-app-router#fetch-organization-tokens');
  assert.equal(where(page), '/es/quick-starts/next-app-router#fetch-organization-tokens');
  await waitInViewport(page, '#fetch-organization-tokens');
  assert.equal(await headingText(page, 'fetch-organization-tokens'), 'Obtener tokens de organización');

  await page.locator('.navbar .dropdown > .navbar__link', {hasText: 'Español'}).hover();
  await page.locator('.navbar .dropdown__menu a', {hasText: 'English'}).click();
  await page.waitForURL(/\/quick-starts\/next-app-router#fetch-organization-tokens$/);
  assert.equal(where(page), '/quick-starts/next-app-router#fetch-organization-tokens');
  await waitInViewport(page, '#fetch-organization-tokens');
  assert.equal(await headingText(page, 'fetch-organization-tokens'), 'Fetch organization tokens');
});

test('a section chosen after the page loaded is the one the other language opens at', async () => {
  const page = await site.open('/quick-starts/next-app-router');
  await page.locator('.table-of-contents a[href="#use-external-session-storage"]').click();
  await waitInViewport(page, '#use-external-session-storage');

  await page.locator('.navbar .dropdown > .navbar__link', {hasText: 'English'}).hover();
  await page.locator('.navbar .dropdown__menu a', {hasText: 'Español'}).click();
  await page.waitForURL('**/es/quick-starts/next-app-router#use-external-session-storage');
  await waitInViewport(page, '#use-external-session-storage');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
});
