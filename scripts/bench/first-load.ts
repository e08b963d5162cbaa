/**
 * What a browser downloads on a first visit to a page, observed through
 * Playwright's network events in a fresh (cache-less) context: every request
 * up to the moment the page has hydrated and the network has gone quiet.
 * Prefetches Docusaurus issues for links on the page are reported apart:
 * they serve the next navigation, not this one.
 */
import type {Browser, Request} from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export type LoadedResource = {
  /** Path and query, without origin. */
  path: string;
  kind: ResourceKind;
  /** Bytes of body on the wire (after content encoding). */
  wireBytes: number;
  /** Bytes of body after decoding. */
  rawBytes: number;
  encoding: string | null;
  prefetch: boolean;
};

function kindOf(request: Request): ResourceKind {
  const type = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (type === 'document' || path.endsWith('.html')) return 'html';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'script' || path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (type === 'image' || /\.(svg|png|jpe?g|webp|avif|ico)$/.test(path)) return 'image';
  if (type === 'font') return 'font';
  return 'other';
}

export async function recordFirstLoad(browser: Browser, url: string): Promise<LoadedResource[]> {
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  const pending: Promise<LoadedResource | null>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        // A cached repeat (e.g. a prefetched chunk requested again) has no body of its own.
        if (response.fromServiceWorker() || response.status() === 304) return null;
        const headers = await request.allHeaders();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes();
        if (sizes.responseBodySize < 0) return null;
        return {
          path: new URL(request.url()).pathname + new URL(request.url()).search,
          kind: kindOf(request),
          wireBytes: sizes.responseBodySize,
          rawBytes: body.length,
          encoding: response.headers()['content-encoding'] ?? null,
          prefetch: /prefetch/i.test(headers['sec-purpose'] ?? headers['purpose'] ?? ''),
        };
      })().catch(() => null),
    );
  };
  page.on('requestfinished', onFinished);
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.waitForLoadState('networkidle');
  // Handlers are async: wait until no new one was queued while awaiting the others.
  let settled = 0;
  while (settled !== pending.length) {
    settled = pending.length;
    await Promise.all(pending);
  }
  page.off('requestfinished', onFinished);
  const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null);
  await context.close();
  // The same URL twice (a prefetch, then the real load) counts once, as the real load.
  const byPath = new Map<string, LoadedResource>();
  for (const r of resources) {
    const seen = byPath.get(r.path);
    if (!seen || (seen.prefetch && !r.prefetch)) byPath.set(r.path, r);
  }
  return [...byPath.values()];
}
