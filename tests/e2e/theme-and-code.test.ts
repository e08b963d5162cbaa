/**
 * Dark mode and code blocks as a reader uses them: the colour-mode toggle
 * swaps the gallery logos for their dark variants, code colours follow the
 * colour mode (they are highlighted at build time and coloured by CSS), code
 * reached by client-side navigation is highlighted too, and a code block's
 * copy button puts exactly that code on the clipboard.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {translationLocales} from '../../config/locales';
import {uiText} from '../site/ui-text';
import {useSite} from './harness';

const site = useSite();

/** Sources of the gallery logos the reader can see. */
function visibleLogos(page: Page): Promise<string[]> {
  return page.$$eval('article ul img', (imgs) =>
    imgs
      .filter((img) => img.getBoundingClientRect().width > 0 && getComputedStyle(img).display !== 'none')
      .map((img) => new URL((img as HTMLImageElement).src).pathname),
  );
}

/** The toggle cycles through its modes (light, dark, system); a reader clicks until the page is dark. */
async function switchToDark(page: Page): Promise<void> {
  const toggle = page.locator('.navbar [class*="colorModeToggle"] button');
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
    await toggle.click();
  }
}

test('dark mode shows the dark Next.js logos in the gallery, light mode the light ones', async () => {
  const page = await site.open('/quick-starts', {colorScheme: 'light'});
  assert.deepEqual(await visibleLogos(page), ['/img/logos/next.svg', '/img/logos/next.svg']);

  await switchToDark(page);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.deepEqual(await visibleLogos(page), ['/img/logos/next-dark.svg', '/img/logos/next-dark.svg']);
  const loaded = await page.$$eval('article ul img', (imgs) =>
    imgs.filter((img) => img.getBoundingClientRect().width > 0).every((img) => (img as HTMLImageElement).naturalWidth > 0),
  );
  assert.ok(loaded, 'a dark logo failed to load');
});

test('the copy button of a code block copies its code', async () => {
  const copyLabels: [string, string][] = [
    ['/quick-starts/next-app-router', 'Copy code to clipboard'],
    ...translationLocales.map((l): [string, string] => [`/${l}/quick-starts/next-app-router`, uiText(l, 'theme.CodeBlock.copyButtonAriaLabel')]),
  ];
  for (const [route, label] of copyLabels) {
    const page = await site.open(route, {permissions: ['clipboard-read', 'clipboard-write']});
    const block = page.locator('article .theme-code-block', {hasText: 'getAccessTokenRSC(logtoConfig'}).first();
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    const button = block.locator(`button[aria-label^="${label}"]`);
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^import \{ getAccessTokenRSC\b[^}]*\} from '@logto\/next\/server-actions';\n/);
    assert.match(copied, /const accessToken = await getAccessTokenRSC\(logtoConfig, 'https:\/\/api\.example\.com'\);/);
    assert.ok(copied.trimEnd().endsWith('}'), 'the copied code is cut short');
    assert.ok(!copied.includes(label) && !/Copy code/.test(copied), 'button text leaked into the copied code');
    await page.context().close();
  }
});

/** Computed colour of the first `const` keyword in the page's code blocks. */
function keywordColour(page: Page): Promise<string> {
  return page.locator('article .theme-code-block .token.keyword', {hasText: /^const$/}).first().evaluate((el) => getComputedStyle(el).color);
}

// config/prism-themes.ts: GitHub's keyword colour in light mode, the recoloured Dracula one in dark mode.
const LIGHT_KEYWORD = 'rgb(0, 0, 159)';
const DARK_KEYWORD = 'rgb(198, 164, 250)';

test('code colours follow the colour mode, on load and when the reader toggles it', async () => {
  const dark = await site.open('/quick-starts/next-app-router', {colorScheme: 'dark'});
  assert.equal(await dark.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await keywordColour(dark), DARK_KEYWORD);
  await dark.context().close();

  const page = await site.open('/es/quick-starts/next-app-router', {colorScheme: 'light'});
  assert.equal(await keywordColour(page), LIGHT_KEYWORD);
  await switchToDark(page);
  assert.equal(await keywordColour(page), DARK_KEYWORD);
  await page.context().close();
});

test('a guide opened by client-side navigation has highlighted code', async () => {
  const page = await site.open('/quick-starts', {colorScheme: 'light'});
  // A full page load would replace the window; this marker survives only a client-side navigation.
  await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));
  await page.locator('article a[href="/quick-starts/next-app-router"]').first().click();
  await page.waitForURL('**/quick-starts/next-app-router');
  assert.equal(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed), true, 'the page was reloaded');
  await page.locator('article .theme-code-block .token').first().waitFor();
  assert.equal(await keywordColour(page), LIGHT_KEYWORD);
  assert.ok((await page.locator('article .theme-code-block').count()) >= 10);
  await page.context().close();
});
