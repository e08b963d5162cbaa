/**
 * What the theme does right after hydration, on a phone. The first render
 * after hydration cannot be interrupted, so work in it blocks the reader's
 * first taps (and Lighthouse's Total Blocking Time). These tests pin the
 * three things that made it long, each fixed by a component in src/theme/:
 * tab panels rebuilt from scratch (Tabs), ICU's collator built by a
 * `localeCompare` (DocSidebar/Mobile), and the mobile menu mounted inside it
 * (Navbar/MobileSidebar). They also check that the tabs and the menu still
 * behave as a reader expects, and that a page's own chunks come with its HTML
 * (config/plugins/route-scripts) instead of being requested by main.js.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Page} from 'playwright-core';
import {hydrated, useSite} from './harness';

const site = useSite();
const guide = '/quick-starts/next-app-router';
const phone = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

/**
 * Opens `route` with the site's scripts held back until `beforeScripts` has
 * run on the server-rendered page, then waits for hydration and for React's
 * follow-up renders to settle.
 */
async function openHoldingScripts(route: string, beforeScripts: (page: Page) => Promise<void>): Promise<Page> {
  const context = await site.browser.newContext(phone);
  const page = await context.newPage();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/runtime~main\.[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${site.url}${route}`, {waitUntil: 'domcontentloaded'});
  await beforeScripts(page);
  release();
  await hydrated(page);
  await page.waitForTimeout(1000);
  return page;
}

test('tab panels rendered on the server are kept by hydration, not rebuilt', async () => {
  const page = await openHoldingScripts(guide, async (p) => {
    const count = await p.evaluate(() => {
      const panels = Array.from(document.querySelectorAll<HTMLElement>('.tabs-container [role="tabpanel"]'));
      for (const panel of panels) (panel as HTMLElement & {serverRendered?: boolean}).serverRendered = true;
      return panels.length;
    });
    assert.ok(count >= 3, `expected the guide's tab panels in the server HTML, found ${count}`);
  });
  const kept = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.tabs-container [role="tabpanel"]')).map((panel) =>
      Boolean((panel as HTMLElement & {serverRendered?: boolean}).serverRendered),
    ),
  );
  assert.ok(kept.length >= 3);
  assert.deepEqual(
    kept.filter((k) => !k),
    [],
    'some tab panels were replaced by new elements after hydration (a remount)',
  );
  await page.context().close();
});

test('a phone loading the guide never calls localeCompare (ICU collator start-up)', async () => {
  const context = await site.browser.newContext(phone);
  await context.addInitScript(() => {
    const original = String.prototype.localeCompare;
    const calls: string[] = [];
    (window as Window & {localeCompareCalls?: string[]}).localeCompareCalls = calls;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
      calls.push(new Error().stack?.split('\n')[2]?.trim() ?? '?');
      return original.apply(this, args);
    } as typeof original;
  });
  const page = await context.newPage();
  await page.goto(`${site.url}${guide}`);
  await hydrated(page);
  // The mobile menu mounts in a background render after hydration; wait for it.
  await page.locator('.navbar-sidebar').waitFor({state: 'attached'});
  await page.waitForTimeout(500);
  const calls = await page.evaluate(() => (window as Window & {localeCompareCalls?: string[]}).localeCompareCalls ?? []);
  assert.deepEqual(calls, [], `localeCompare was called during page load from:\n${calls.join('\n')}`);
  await context.close();
});

test('the mobile menu opens with the docs sidebar, and a link in it navigates and closes it', async () => {
  const page = await site.open(guide, phone);
  await page.locator('.navbar__toggle').click();
  const menu = page.locator('.navbar-sidebar');
  await menu.locator('.menu__link', {hasText: 'Next.js (Pages Router)'}).waitFor({state: 'visible'});
  assert.ok(await page.locator('.navbar-sidebar--show').count(), 'the menu should be shown');
  await menu.locator('.menu__link', {hasText: 'Next.js (Pages Router)'}).click();
  await page.waitForURL(/\/quick-starts\/next$/);
  await page.waitForFunction(() => !document.querySelector('.navbar-sidebar--show'));
});

test('a tab chosen in one group is chosen in every tab set of the group, and again after a reload', async () => {
  const page = await site.open(guide, phone);
  const groups = page.locator('.tabs-container').filter({has: page.locator('[role="tab"]', {hasText: 'pnpm'})});
  assert.ok((await groups.count()) >= 1);
  await groups.first().locator('[role="tab"]', {hasText: 'pnpm'}).click();
  const selected = async () =>
    groups.evaluateAll((sets) =>
      sets.map((set) => set.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? ''),
    );
  assert.ok((await selected()).every((label) => label === 'pnpm'), `selected tabs: ${await selected()}`);
  const visibleCode = () =>
    groups.first().locator('[role="tabpanel"]:not([hidden]) code').first().textContent();
  assert.match((await visibleCode()) ?? '', /pnpm add @logto\/next/);

  await page.reload();
  await hydrated(page);
  await page.waitForFunction(
    () => document.querySelector('.tabs-container [role="tab"][aria-selected="true"]')?.textContent === 'pnpm',
    undefined,
    {timeout: 5000},
  );
  assert.match((await visibleCode()) ?? '', /pnpm add @logto\/next/);
  await page.context().close();
});

test("the page's own chunks come with its HTML: main.js adds no script of its own while starting", async () => {
  for (const route of [guide, `/es${guide}`]) {
    const context = await site.browser.newContext(phone);
    // The bundler's chunk loader marks the scripts it creates with data-rspack (data-webpack under webpack) and removes them once loaded.
    await context.addInitScript(() => {
      const added: string[] = [];
      (window as Window & {webpackScripts?: string[]}).webpackScripts = added;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of Array.from(record.addedNodes))
            if (node instanceof HTMLScriptElement && (node.hasAttribute('data-rspack') || node.hasAttribute('data-webpack'))) added.push(node.src);
      }).observe(document, {childList: true, subtree: true});
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${route}`);
    await hydrated(page);
    const added = await page.evaluate(() => (window as Window & {webpackScripts?: string[]}).webpackScripts ?? []);
    assert.deepEqual(added, [], `${route}: main.js requested chunks the HTML should have listed:\n${added.join('\n')}`);
    await context.close();
  }
});

test('off-screen code blocks keep exactly their height when drawn (phone and desktop)', async () => {
  for (const options of [phone, {viewport: {width: 1280, height: 800}}]) {
    for (const route of [guide, `/es${guide}`]) {
      const page = await site.open(route, options);
      const mismatches = await page.evaluate(async () => {
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('.theme-code-block pre')).filter(
          (pre) => pre.offsetParent !== null,
        );
        // Heights now: most blocks are still placeholders (content-visibility: auto, src/css/custom.css).
        const before = blocks.map((pre) => pre.getBoundingClientRect().height);
        const found: string[] = [];
        for (const [i, pre] of blocks.entries()) {
          pre.scrollIntoView();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const drawn = pre.getBoundingClientRect().height;
          if (Math.abs(drawn - before[i]!) > 0.5) found.push(`block ${i + 1}: ${before[i]} px before, ${drawn} px drawn`);
        }
        return blocks.length < 10 ? [`only ${blocks.length} code blocks found`] : found;
      });
      assert.deepEqual(mismatches, [], `${route} at ${options.viewport.width} px`);
      await page.context().close();
    }
  }
});
