/**
 * Shared set-up for the browser tests: the production build served by the
 * compressing static server on a free port, Debian's Chromium, and helpers
 * that wait the way a reader does (for the page to hydrate).
 */
import path from 'node:path';
import {after, before} from 'node:test';
import type {Browser, BrowserContextOptions, Locator, Page} from 'playwright-core';
import {launchChromium} from '../../scripts/lib/chromium';
import {siteDir} from '../../scripts/lib/content';
import {startStaticServer, type StaticServer} from '../../scripts/serve/static-server';

export const artifactsDir = path.join(siteDir, 'artifacts');

export type Site = {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context (no cache, no storage) and page, at `route`, hydrated. */
  open(route: string, options?: BrowserContextOptions): Promise<Page>;
};

/** Registers before/after hooks that serve `root` (default: build/) and launch Chromium. */
export function useSite(root = path.join(siteDir, 'build')): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  before(async () => {
    server = await startStaticServer({root});
    browser = await launchChromium();
  });
  after(async () => {
    await Promise.all(pages.map((p) => p.context().close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    async open(route, options = {}) {
      const context = await browser!.newContext({viewport: {width: 1280, height: 800}, ...options});
      const page = await context.newPage();
      pages.push(page);
      await page.goto(`${server!.url}${route}`);
      await hydrated(page);
      return page;
    },
  };
}

/** Docusaurus sets data-has-hydrated once React has taken over the server HTML. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** True when the element's top edge is inside the viewport, below the fixed navbar. */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const {top, bottom} = el.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0;
    return top >= navbar - 2 && bottom <= window.innerHeight && top < window.innerHeight;
  });
}

/** Waits until a heading has been scrolled into view (smooth scrolling takes a moment). */
export async function waitInViewport(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const {top, bottom} = el.getBoundingClientRect();
      const navbar = document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0;
      return top >= navbar - 2 && bottom <= window.innerHeight;
    },
    selector,
    {timeout: 5000},
  );
}

/** The path and hash of the page's URL, without origin. */
export function where(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.hash}`;
}

/** The element that has keyboard focus, described for assertions and messages. */
export type Focused = {
  tag: string;
  text: string;
  href: string | null;
  role: string | null;
  label: string | null;
  /** Inside the desktop table of contents. */
  inToc: boolean;
};

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el?.getAttribute('href') ?? null,
      role: el?.getAttribute('role') ?? null,
      label: el?.getAttribute('aria-label') ?? null,
      inToc: Boolean(el?.closest('.table-of-contents')),
    };
  });
}

/**
 * Presses Tab until `matches` accepts the focused element, as a keyboard user
 * would; fails after `limit` presses so a trap or a missing target is a clear error.
 */
export async function tabTo(
  page: Page,
  matches: (el: Focused) => boolean,
  limit = 250,
): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return presses;
  }
  throw new Error(`nothing matching was reached in ${limit} presses of Tab`);
}
