/**
 * Pages behind links in view are still prefetched (src/client/idle-prefetch.ts
 * only moves the work to idle time): after load, the head holds
 * `<link rel=prefetch>` elements for the chunks of a linked page.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useSite} from './harness';

const site = useSite();

const prefetchLinks = (page: import('playwright-core').Page) =>
  page.$$eval('head link[rel=prefetch]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));

test('links in view are prefetched once the page is idle', async () => {
  const page = await site.open('/quick-starts', {viewport: {width: 1280, height: 900}});
  // Both guide cards are in view on the gallery; their chunks end up prefetched.
  await page.waitForFunction(() => document.querySelectorAll('head link[rel=prefetch]').length > 0, undefined, {timeout: 10_000});
  const links = await prefetchLinks(page);
  assert.ok(links.every((href) => href.startsWith('/assets/js/')), `unexpected prefetch targets: ${links.join(', ')}`);
  assert.ok(links.length >= 2, `only ${links.length} prefetch link(s)`);
  await page.context().close();
});
