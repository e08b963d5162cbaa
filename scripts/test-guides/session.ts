/**
 * A reader's browser session against an assembled app: named steps with a
 * timeout each, a screenshot when one fails, and helpers for what every guide
 * does (find the sign-in control, go through the provider's login and consent).
 * Checks compare the page with the tenant's data (the user's ID, name, the
 * API's products), never with the guide's wording, so a translated page passes
 * on the same terms.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {origin, type AppFile} from './assemble';
import type {RunningApp} from './next-app';
import type {OidcProvider} from './provider';
import type {ProtectedApi} from './protected-api';
import type {Tenant} from './tenant';

export class StepFailure extends Error {
  constructor(
    readonly step: string,
    readonly cause: Error,
    /** The files the step exercises, each with the block (fragment:line) it came from. */
    readonly blamed: Array<{path: string; from: string}>,
    readonly screenshot: string | null,
  ) {
    super(`${step}: ${cause.message}`);
  }
}

export type StageContext = {
  app: RunningApp;
  /** The app's client ID at the provider. */
  clientId: string;
  files: Map<string, AppFile>;
  /** `src/` when the guide's titles use it. */
  prefix: string;
  provider: OidcProvider;
  api: ProtectedApi;
  tenant: Tenant;
  context: BrowserContext;
  page: Page;
  artifactsDir: string;
  /** Stops and starts the app again (same build, same port). */
  restart(): Promise<void>;
  /** Lines for the report: what was observed (not pass/fail). */
  observations: string[];
};

export const STEP_TIMEOUT = 20_000;

export function has(ctx: StageContext, file: string): boolean {
  return ctx.files.has(`${ctx.prefix}${file}`);
}

/** Runs one named step; on failure, keeps a screenshot and names the files behind it. */
export async function step(ctx: StageContext, name: string, files: string[], body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await withTimeout(body(), STEP_TIMEOUT * 2, name);
    console.log(`      ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const shot = path.join(ctx.artifactsDir, `${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}.png`);
    let screenshot: string | null = null;
    try {
      fs.mkdirSync(ctx.artifactsDir, {recursive: true});
      await ctx.page.screenshot({path: shot, fullPage: true, timeout: 5000});
      fs.writeFileSync(shot.replace(/\.png$/, '.html'), await ctx.page.content());
      screenshot = shot;
    } catch {
      // the page may be gone; the logs still are there
    }
    const blamed = files
      .map((f) => `${ctx.prefix}${f}`)
      .filter((f) => ctx.files.has(f))
      .map((f) => ({path: f, from: origin(ctx.files.get(f))}));
    console.log(`      ✗ ${name}`);
    throw new StepFailure(name, error instanceof Error ? error : new Error(String(error)), blamed, screenshot);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
    }),
  ]);
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function bodyText(page: Page): Promise<string> {
  return page.locator('body').innerText({timeout: STEP_TIMEOUT});
}

/** Waits until the page's text contains `text`; the error shows what the page said instead. */
export async function waitForText(page: Page, text: string, what: string): Promise<void> {
  try {
    await page.getByText(text, {exact: false}).first().waitFor({timeout: STEP_TIMEOUT});
  } catch {
    const shown = (await bodyText(page).catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`${what}: expected "${text}" on ${page.url()}, the page shows: "${shown}"`);
  }
}

/** The page's only button or link: the guides' home pages show exactly one (Sign in, or Sign out). */
export async function soleControl(page: Page, what: string) {
  const controls = page.locator('button, a[href]');
  await controls.first().waitFor({timeout: STEP_TIMEOUT}).catch(() => {
    throw new Error(`${what}: ${page.url()} shows no button or link`);
  });
  const count = await controls.count();
  expect(count === 1, `${what}: expected one button or link on ${page.url()}, found ${count}`);
  return controls.first();
}

/** The page's only element matching `selector` (the guide's own control, found by what its JSX renders). */
export async function soleElement(page: Page, selector: string, what: string) {
  const elements = page.locator(selector);
  await elements.first().waitFor({timeout: STEP_TIMEOUT}).catch(() => {
    throw new Error(`${what}: ${page.url()} shows no ${selector}`);
  });
  const count = await elements.count();
  expect(count === 1, `${what}: expected one ${selector} on ${page.url()}, found ${count}`);
  return elements.first();
}

/** From the provider's login page to the app: log in, consent, wait to be back on the app. */
export async function loginAndConsent(ctx: StageContext): Promise<void> {
  const {page, provider, tenant, app} = ctx;
  await page.waitForURL((url) => url.href.startsWith(provider.issuer), {timeout: STEP_TIMEOUT}).catch(() => {
    throw new Error(`the app did not send the browser to the provider (${provider.issuer}); it is at ${page.url()}`);
  });
  const error = await page.locator('#error').textContent({timeout: 1000}).catch(() => null);
  if (error) throw new Error(`the provider refused the sign-in request: ${error}`);
  await login(ctx);
  await page.locator('#consent-allow').click({timeout: STEP_TIMEOUT});
  await page.waitForURL((url) => url.href.startsWith(app.url) && !url.pathname.startsWith('/oidc'), {timeout: STEP_TIMEOUT}).catch(() => {
    throw new Error(`after consent the browser did not come back to the app; it is at ${page.url()}`);
  });
  await page.waitForLoadState('load', {timeout: STEP_TIMEOUT});
}

/** Logs in at the provider, unless its session already knows the user (then consent comes straight away). */
export async function login(ctx: StageContext): Promise<void> {
  const {page, tenant} = ctx;
  const username = page.locator('input[name=username]');
  await username.or(page.locator('#consent-allow')).first().waitFor({timeout: STEP_TIMEOUT});
  if (!(await username.isVisible())) return;
  await username.fill(tenant.user.username);
  await page.locator('input[name=password]').fill(tenant.user.password);
  await page.locator('#login-submit').click();
}

/** The app's session cookie(s): the SDK names them `logto_<appId>`. */
export async function sessionCookies(ctx: StageContext) {
  return (await ctx.context.cookies(ctx.app.url)).filter((c) => c.name.startsWith('logto'));
}

/** The JSON a same-origin route answers for the signed-in browser. */
export async function getJson(ctx: StageContext, route: string): Promise<{status: number; body: unknown}> {
  const response = await ctx.page.request.get(`${ctx.app.url}${route}`, {timeout: STEP_TIMEOUT, maxRedirects: 0});
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the message
  }
  return {status: response.status(), body};
}

/** The API requests made since `from`, for asserting a page's data came through an accepted token. */
export function apiRequestsSince(ctx: StageContext, from: number) {
  return ctx.api.requests.slice(from);
}
