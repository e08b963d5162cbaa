/**
 * A reader who uses only the keyboard can switch language, search and jump
 * through the table of contents: focus reaches each control with Tab, moves
 * where it should, and Enter and the arrow keys do what a click would.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {localeConfigs, translationLocales, type Locale} from '../../config/locales';
import {focused, tabTo, useSite, waitInViewport, where} from './harness';

const site = useSite();

test('the locale dropdown opens with Enter and switches language with Tab and Enter', async () => {
  const page = await site.open('/quick-starts/next-app-router#integration');
  await tabTo(page, (el) => el.role === 'button' && el.text === 'English');
  const toggle = page.locator('.navbar .dropdown > .navbar__link');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The menu fades in; a reader tabs into it once it is shown.
  const last = translationLocales[translationLocales.length - 1]!;
  await page.locator('.navbar .dropdown__menu a', {hasText: localeConfigs[last as Locale].label}).waitFor({state: 'visible'});

  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'English');
  // Each language in config/locales.ts order, each keeping the section; Enter opens the last one.
  for (const locale of translationLocales) {
    await page.keyboard.press('Tab');
    const entry = await focused(page);
    assert.equal(entry.text, localeConfigs[locale as Locale].label);
    assert.equal(entry.href, `/${locale}/quick-starts/next-app-router#integration`);
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/${last}/quick-starts/next-app-router#integration`);
  await waitInViewport(page, '#integration');
});

test('search: Tab to the box, type, ArrowDown to a result, Enter to open it', async () => {
  const page = await site.open('/quick-starts/next');
  await tabTo(page, (el) => el.role === 'combobox');
  assert.equal((await focused(page)).label, 'Search the guides');
  await page.keyboard.type('getOrganizationTokenRSC');
  const box = page.getByRole('combobox');
  await page.locator('[role="listbox"][data-query="getOrganizationTokenRSC"] [role="option"]').first().waitFor();
  assert.equal(await box.getAttribute('aria-expanded'), 'true');

  await page.keyboard.press('ArrowDown');
  const activeId = await box.getAttribute('aria-activedescendant');
  assert.ok(activeId, 'ArrowDown did not make an option active');
  const active = page.locator(`[id="${activeId}"]`);
  assert.equal(await active.getAttribute('aria-selected'), 'true');
  assert.equal(await active.locator('a').getAttribute('href'), '/quick-starts/next-app-router#organization-token-in-server-components');
  assert.equal((await focused(page)).role, 'combobox', 'focus must stay in the box while choosing');

  await page.keyboard.press('Enter');
  await page.waitForURL('**/quick-starts/next-app-router#organization-token-in-server-components');
  await waitInViewport(page, '#organization-token-in-server-components');
});

test('Escape closes the result list and keeps focus in the box', async () => {
  const page = await site.open('/quick-starts/next');
  await tabTo(page, (el) => el.role === 'combobox');
  await page.keyboard.type('session');
  const box = page.getByRole('combobox');
  await page.locator('[role="listbox"][data-query="session"] [role="option"]').first().waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('[role="listbox"]').isVisible(), false);
  assert.equal((await focused(page)).role, 'combobox');
});

test('the table of contents: Tab to an entry, Enter moves to the heading and sets the hash', async () => {
  const page = await site.open('/es/quick-starts/next-app-router');
  await tabTo(page, (el) => el.inToc && el.href === '#fetch-organization-tokens', 400);
  await page.keyboard.press('Enter');
  await waitInViewport(page, '#fetch-organization-tokens');
  assert.equal(where(page), '/es/quick-starts/next-app-router#fetch-organization-tokens');
});
