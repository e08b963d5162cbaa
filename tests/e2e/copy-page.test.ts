/**
 * The "Copy page" menu on a doc page, in every locale: its code is fetched
 * only when a reader reaches for it, it works from the keyboard as a WAI-ARIA
 * menu button, "Copy as Markdown" puts exactly the page's .md file on the
 * clipboard, "View as Markdown" opens that file, and its words are the
 * locale's. Screenshots of the open menu (light, dark, phone) land in
 * artifacts/screenshots/ for a person to look at.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {defaultLocale, locales} from '../../config/locales';
import {artifactsDir, hydrated, useSite} from './harness';

const site = useSite();
const guide = '/quick-starts/next-app-router';

/** The locale's text for a UI string: its code.json, or the English written out here. */
const english: Record<string, string> = {
  'site.copyPage.button': 'Copy page',
  'site.copyPage.copy.title': 'Copy as Markdown',
  'site.copyPage.view.title': 'View as Markdown',
  'site.copyPage.status.copied': 'Page copied as Markdown',
};
function text(locale: string, id: string): string {
  if (locale === defaultLocale) return english[id]!;
  const messages = JSON.parse(fs.readFileSync(path.join('i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
  assert.ok(messages[id], `i18n/${locale}/code.json has no ${id}`);
  return messages[id].message;
}

function prefix(locale: string): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** A hydrated page whose requests are recorded from the first one on. */
async function openRecording(route: string, options: Parameters<Site['browser']['newContext']>[0] = {}) {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}, ...options});
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${site.url}${route}`);
  await hydrated(page);
  return {page, scripts, close: () => context.close()};
}
type Site = ReturnType<typeof useSite>;

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

for (const locale of locales) {
  describe(`${locale}: Copy page`, () => {
    const route = `${prefix(locale)}${guide}`;
    const markdownFile = path.join('build', `${route}.md`);

    test('the menu code loads on first use, and the keyboard drives the menu', async () => {
      const {page, scripts, close} = await openRecording(route);
      try {
        const button = page.getByRole('button', {name: text(locale, 'site.copyPage.button'), exact: true});
        assert.equal(await button.getAttribute('aria-haspopup'), 'menu');
        assert.equal(await button.getAttribute('aria-expanded'), 'false');
        assert.equal(await page.locator('[role="menu"]').count(), 0, 'the menu is in the page before anyone asked for it');
        await page.waitForTimeout(500);
        const beforeUse = scripts.length;

        await button.focus();
        await page.keyboard.press('Enter');
        const menu = page.getByRole('menu');
        await menu.waitFor({state: 'visible', timeout: 5000});
        // The menu's chunk is the script holding its styles; it must come after the first use, not before.
        const holdsMenu = (pathname: string) =>
          pathname.startsWith(`${prefix(locale)}/assets/js/`) &&
          fs.readFileSync(path.join('build', pathname), 'utf8').includes('copy-page-menu__item');
        assert.deepEqual(scripts.slice(0, beforeUse).filter(holdsMenu), [], 'the menu code came with the page');
        assert.equal(scripts.slice(beforeUse).filter(holdsMenu).length, 1, 'the menu code was not fetched on first use');
        assert.equal(await button.getAttribute('aria-expanded'), 'true');
        assert.equal(await button.getAttribute('aria-controls'), await menu.getAttribute('id'));
        const items = menu.getByRole('menuitem');
        assert.equal(await items.count(), 2);
        const copyTitle = text(locale, 'site.copyPage.copy.title');
        const viewTitle = text(locale, 'site.copyPage.view.title');
        assert.ok((await focusedText(page)).startsWith(copyTitle), 'focus goes to the first item');

        await page.keyboard.press('ArrowDown');
        assert.ok((await focusedText(page)).startsWith(viewTitle));
        await page.keyboard.press('ArrowDown');
        assert.ok((await focusedText(page)).startsWith(copyTitle), 'ArrowDown wraps to the first item');
        await page.keyboard.press('End');
        assert.ok((await focusedText(page)).startsWith(viewTitle));
        await page.keyboard.press('Home');
        assert.ok((await focusedText(page)).startsWith(copyTitle));

        await page.keyboard.press('Escape');
        await menu.waitFor({state: 'hidden', timeout: 5000});
        assert.equal(await button.getAttribute('aria-expanded'), 'false');
        assert.ok(await button.evaluate((el) => el === document.activeElement), 'Escape gives focus back to the button');

        await page.keyboard.press('ArrowUp');
        await menu.waitFor({state: 'visible', timeout: 5000});
        assert.ok((await focusedText(page)).startsWith(viewTitle), 'ArrowUp opens on the last item');
        await page.keyboard.press('Tab');
        await menu.waitFor({state: 'hidden', timeout: 5000});

        await button.click();
        await menu.waitFor({state: 'visible', timeout: 5000});
        await page.mouse.click(5, 400);
        await menu.waitFor({state: 'hidden', timeout: 5000});
      } finally {
        await close();
      }
    });

    test('"Copy as Markdown" puts the page\'s .md file on the clipboard', async () => {
      const {page, close} = await openRecording(route, {permissions: ['clipboard-read', 'clipboard-write']});
      try {
        await page.getByRole('button', {name: text(locale, 'site.copyPage.button'), exact: true}).focus();
        await page.keyboard.press('ArrowDown');
        await page.getByRole('menu').waitFor({state: 'visible', timeout: 5000});
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({hasText: text(locale, 'site.copyPage.status.copied')}).waitFor({timeout: 5000});
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, fs.readFileSync(markdownFile, 'utf8'));
        assert.ok(copied.length > 1000);
      } finally {
        await close();
      }
    });

    test('"View as Markdown" opens the .md file, served as UTF-8 Markdown', async () => {
      const {page, close} = await openRecording(route);
      try {
        await page.getByRole('button', {name: text(locale, 'site.copyPage.button'), exact: true}).focus();
        await page.keyboard.press('ArrowUp');
        await page.getByRole('menu').waitFor({state: 'visible', timeout: 5000});
        const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('.md'), {timeout: 5000}), page.keyboard.press('Enter')]);
        await page.waitForURL((url) => url.pathname === `${route}.md`, {timeout: 5000});
        assert.equal(response.headers()['content-type'], 'text/markdown; charset=utf-8');
        assert.equal(await response.text(), fs.readFileSync(markdownFile, 'utf8'));
      } finally {
        await close();
      }
    });

    test('screenshots of the open menu: light, dark, phone', async () => {
      const dir = path.join(artifactsDir, 'screenshots');
      fs.mkdirSync(dir, {recursive: true});
      const shots = [
        {name: 'light', options: {colorScheme: 'light' as const}},
        {name: 'dark', options: {colorScheme: 'dark' as const}},
        {name: 'phone-dark', options: {colorScheme: 'dark' as const, viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}},
        {name: 'phone-light', options: {colorScheme: 'light' as const, viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true}},
      ];
      for (const shot of shots) {
        const {page, close} = await openRecording(route, shot.options);
        try {
          const button = page.getByRole('button', {name: text(locale, 'site.copyPage.button'), exact: true});
          await button.click();
          const menu = page.getByRole('menu');
          await menu.waitFor({state: 'visible', timeout: 5000});
          const box = (await menu.boundingBox())!;
          const width = page.viewportSize()!.width;
          assert.ok(box.x >= 0 && box.x + box.width <= width, `${shot.name}: the menu runs off the screen`);
          await page.screenshot({path: path.join(dir, `copy-page-${locale}-${shot.name}.png`), clip: {x: 0, y: 0, width, height: Math.min(box.y + box.height + 120, 700)}});
        } finally {
          await close();
        }
      }
    });
  });
}
