/**
 * What a reader does with the app at each stage of a guide, and what the page
 * promises they will see. A stage is "the app at the end of section #id" (the
 * English heading ids, the same in every locale); its steps name the files
 * they exercise by the titles the guide gives them, and a step whose file the
 * guide does not have is skipped and listed.
 *
 * The runner's own routes (under /guides-test-harness/) sign in where the
 * reader's page at that point has no sign-in button, report the session as
 * JSON, and mount client components the guide defines but never places on a
 * page. They only call the guide's own exports.
 */
import {type AppFile, configModule} from './assemble';
import {linksTo, renderedElement} from './controls';
import {
  apiRequestsSince,
  expect,
  getJson,
  has,
  login,
  loginAndConsent,
  sessionCookies,
  soleControl,
  soleElement,
  step,
  waitForText,
  type StageContext,
} from './session';
import {API_RESOURCE, organizationAudience} from './tenant';
import type {Router} from '../check-code/guides';

/** Opens `start` signed out, signs in at the provider, and expects to land back on /dashboard showing the user. */
async function signInAndExpectDashboard(ctx: StageContext, start: string): Promise<void> {
  await ctx.page.goto(`${ctx.app.url}${start}`);
  await loginAndConsent(ctx);
  const {pathname} = new URL(ctx.page.url());
  expect(pathname === '/dashboard', `after sign-in the browser is at ${ctx.page.url()}, expected back on /dashboard`);
  await waitForText(ctx.page, ctx.tenant.user.id, 'the dashboard');
}

export type Stage = {
  name: string;
  /** The heading id at whose end the reader's app is taken. */
  until: string;
  run(ctx: StageContext): Promise<void>;
};

export const HARNESS = 'guides-test-harness';

/** The runner's routes for an App Router app, built on the guide's exported config. */
export function appRouterHarness(prefix: string, organizationId: string) {
  return (files: Map<string, AppFile>): Map<string, string> => {
    const out = new Map<string, string>();
    const config = configModule(files);
    if (!config) return out;
    const dir = `${prefix}app/${HARNESS}`;
    const importConfig = `import { ${config.name} as config } from '${config.importPath}';`;
    out.set(
      `${dir}/sign-in/route.ts`,
      `import { signIn } from '@logto/next/server-actions';\n${importConfig}\n\nexport async function GET() {\n  await signIn(config);\n}\n`,
    );
    out.set(
      `${dir}/session/route.ts`,
      `import { getLogtoContext } from '@logto/next/server-actions';\n${importConfig}\n\nexport const dynamic = 'force-dynamic';\n\nexport async function GET() {\n  const context = await getLogtoContext(config);\n  return Response.json({ isAuthenticated: context.isAuthenticated, sub: context.claims?.sub ?? null });\n}\n`,
    );
    if (files.has(`${prefix}app/products.tsx`)) {
      out.set(`${dir}/products/page.tsx`, `import Products from '@/app/products';\n\nexport default function Page() {\n  return <Products />;\n}\n`);
    }
    if (files.has(`${prefix}app/organization-actions.ts`) && /export async function getMembers/.test(files.get(`${prefix}app/organization-actions.ts`)!.text)) {
      out.set(
        `${dir}/members/members.tsx`,
        `'use client';\n\nimport { useState } from 'react';\nimport { getMembers } from '@/app/organization-actions';\n\nexport default function Members({ organizationId }: { organizationId: string }) {\n  const [out, setOut] = useState('');\n  return (\n    <section>\n      <button type="button" onClick={async () => {\n        try { setOut(JSON.stringify(await getMembers(organizationId))); } catch (error) { setOut(\`error: \${String(error)}\`); }\n      }}>members</button>\n      <pre id="members-out">{out}</pre>\n    </section>\n  );\n}\n`,
      );
      out.set(`${dir}/members/page.tsx`, `import Members from './members';\n\nexport default function Page() {\n  return <Members organizationId=${JSON.stringify(organizationId)} />;\n}\n`);
    }
    return out;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sessionState(ctx: StageContext, router: Router): Promise<{isAuthenticated: boolean; sub: string | null}> {
  const route = router === 'app' ? `/${HARNESS}/session` : '/api/logto/user';
  const {status, body} = await getJson(ctx, route);
  expect(status === 200, `${route} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  const data = body as {isAuthenticated?: boolean; sub?: string; claims?: {sub?: string}};
  return {isAuthenticated: Boolean(data.isAuthenticated), sub: data.sub ?? data.claims?.sub ?? null};
}

/** Signs in through the runner's route (App Router) or the guide's /api/logto/sign-in (Pages Router). */
async function signInDirectly(ctx: StageContext, router: Router, files: string[]): Promise<void> {
  await step(ctx, 'sign in (provider login and consent)', files, async () => {
    const route = router === 'app' ? `/${HARNESS}/sign-in` : '/api/logto/sign-in';
    const response = await ctx.page.goto(`${ctx.app.url}${route}`, {timeout: 20_000});
    if (router === 'app' && response?.status() === 404) {
      throw new Error(`the runner signs in through ${route}, built on the guide's exported LogtoNextConfig; no file of the guide exports one`);
    }
    await loginAndConsent(ctx);
    const state = await sessionState(ctx, router);
    expect(state.isAuthenticated && state.sub === ctx.tenant.user.id, `after the callback the session is ${JSON.stringify(state)}, expected signed in as ${ctx.tenant.user.id}`);
  });
}

function expectAccepted(ctx: StageContext, since: number, path: string | RegExp, audience: string): void {
  const requests = apiRequestsSince(ctx, since);
  const match = requests.filter((r) => (typeof path === 'string' ? r.path === path : path.test(r.path)));
  expect(match.length > 0, `the protected API received no request for ${path} (it received: ${requests.map((r) => `${r.path} ${r.status}`).join(', ') || 'nothing'})`);
  const last = match[match.length - 1]!;
  expect(last.status === 200, `the protected API refused ${last.path}: ${last.status} ${last.reason}`);
  expect(last.audience === audience, `token audience ${last.audience}, expected ${audience}`);
}

type Control = Awaited<ReturnType<typeof soleControl>>;
type FindControl = (what: string) => Promise<Control>;

/**
 * The control the guide's component in `file` renders on the page (app/sign-in.tsx renders a
 * button): found by the element its JSX renders, not by its label, so every locale runs alike.
 */
function guideControl(ctx: StageContext, file: string): FindControl {
  return async (what) => {
    const source = ctx.files.get(`${ctx.prefix}${file}`);
    expect(source, `the runner clicks the control ${file} renders; the guide has no ${file}`);
    const element = renderedElement(source.text, source.path);
    expect(element, `${file}: its default export renders no HTML element to click (the runner looks for the element it renders, such as a <button>)`);
    return soleElement(ctx.page, element, what);
  };
}

const pageControl: (ctx: StageContext) => FindControl = (ctx) => (what) => soleControl(ctx.page, what);

/**
 * Logto opens its registration form first for `first_screen=register` (@logto/js QueryKey.FirstScreen,
 * what `firstScreen: 'register'` sends) or for the older `interaction_mode=signUp` (QueryKey.InteractionMode,
 * what @logto/next's `/api/logto/sign-up` route still sends).
 */
function registrationFirst(auth: URL): string | null {
  const firstScreen = auth.searchParams.get('first_screen');
  if (firstScreen === 'register') return 'first_screen=register';
  if (firstScreen === null && auth.searchParams.get('interaction_mode') === 'signUp') return 'interaction_mode=signUp';
  return null;
}

function expectRegistrationFirst(ctx: StageContext, auth: URL, what: string): void {
  const sent = registrationFirst(auth);
  expect(sent, `${what} sent first_screen=${auth.searchParams.get('first_screen') ?? '(none)'}, interaction_mode=${auth.searchParams.get('interaction_mode') ?? '(none)'} to the provider: expected first_screen=register (or interaction_mode=signUp), which open Logto's registration form`);
  ctx.observations.push(`sign up: ${what} sent ${sent}`);
}

/** The authorization request the browser sends to the provider while `action` runs. */
async function authorizationRequest(ctx: StageContext, action: () => Promise<unknown>): Promise<URL> {
  const request = ctx.page.waitForRequest((r) => r.isNavigationRequest() && r.url().startsWith(ctx.provider.issuer) && new URL(r.url()).searchParams.has('client_id'), {timeout: 20_000});
  await action();
  return new URL((await request.catch(() => {
    throw new Error(`the browser sent no authorization request to the provider; it is at ${ctx.page.url()}`);
  })).url());
}

/**
 * A refused consent comes back to the callback with error=access_denied: the page says it sends the
 * reader home rather than failing. Held to that only once the guide's file mentions access_denied.
 */
async function refusedConsent(ctx: StageContext, handler: string, callbackPath: string, findSignIn: FindControl): Promise<void> {
  if (!/access_denied/.test(ctx.files.get(`${ctx.prefix}${handler}`)?.text ?? '')) return;
  await step(ctx, 'sign-in refused at consent: the callback handles error=access_denied', [handler], async () => {
    await ctx.page.goto(`${ctx.app.url}/`);
    await (await findSignIn('signed out, the home page')).click();
    await ctx.page.waitForURL((url) => url.href.startsWith(ctx.provider.issuer), {timeout: 20_000});
    await login(ctx);
    const callback = ctx.page.waitForResponse((r) => r.url().startsWith(`${ctx.app.url}${callbackPath}`), {timeout: 20_000});
    await ctx.page.locator('#consent-deny').click({timeout: 20_000});
    const response = await callback;
    expect(new URL(response.url()).searchParams.get('error') === 'access_denied', `the provider sent ${response.url()} instead of error=access_denied`);
    expect(response.status() < 500, `the callback answered ${response.status()} to error=access_denied (${response.url()})`);
    await ctx.page.waitForLoadState('load');
    expect(!(await ctx.page.locator('body').innerText()).includes(ctx.tenant.user.id), 'after a refused consent the page shows the user as signed in');
    expect(!(await sessionState(ctx, handler.startsWith('app/') ? 'app' : 'pages')).isAuthenticated, 'after a refused consent the session is signed in');
  });
  await ctx.page.goto(`${ctx.app.url}/`);
}

async function signOutWithControl(ctx: StageContext, files: string[], findControl: FindControl, signedOutCheck: () => Promise<void>): Promise<void> {
  const revocations = ctx.provider.revocations;
  await step(ctx, 'sign out: back on the app, signed out', files, async () => {
    await ctx.page.goto(`${ctx.app.url}/`);
    const control = await findControl('signed in, the home page');
    // The stop at the provider can be too quick to wait for: record every navigation instead.
    const visited: string[] = [];
    const onNavigation = (frame: import('playwright-core').Frame) => {
      if (frame === ctx.page.mainFrame()) visited.push(frame.url());
    };
    ctx.page.on('framenavigated', onNavigation);
    try {
      await control.click();
      const deadline = Date.now() + 20_000;
      const done = () => visited.some((u) => u.startsWith(`${ctx.provider.issuer}/session/end`)) && ctx.page.url().startsWith(ctx.app.url);
      while (!done() && Date.now() < deadline) await sleep(100);
    } finally {
      ctx.page.off('framenavigated', onNavigation);
    }
    expect(visited.some((u) => u.startsWith(`${ctx.provider.issuer}/session/end`)), `sign-out did not go through the provider's end-session endpoint (the browser went to: ${visited.join(' → ') || 'nowhere'})`);
    expect(ctx.page.url().startsWith(ctx.app.url), `after sign-out the provider did not send the browser back to the app; it is at ${ctx.page.url()}`);
    await ctx.page.waitForLoadState('load');
    await signedOutCheck();
  });
  await step(ctx, 'sign out: the refresh token is revoked at the provider', files, async () => {
    expect(ctx.provider.revocations > revocations, 'the app did not call the revocation endpoint');
    const live = ctx.provider.liveRefreshTokens(ctx.tenant.user.id, ctx.clientId);
    expect(live === 0, `${live} refresh token(s) of the user still work at the provider`);
  });
}

async function signedOutHome(ctx: StageContext, findSignIn: FindControl): Promise<void> {
  await ctx.page.goto(`${ctx.app.url}/`);
  await findSignIn('signed out, the home page');
  const text = await ctx.page.locator('body').innerText();
  expect(!text.includes(ctx.tenant.user.id), 'signed out, the home page still shows the user ID');
}

/** External session storage: the cookie holds an ID, the server holds the tokens. */
async function externalStorage(ctx: StageContext, router: Router, files: string[]): Promise<void> {
  await step(ctx, 'external storage: the cookie holds only a session ID', files, async () => {
    const cookies = await sessionCookies(ctx);
    expect(cookies.length > 0, 'no logto cookie in the browser');
    for (const cookie of cookies) {
      expect(cookie.value.length <= 64, `cookie ${cookie.name} holds ${cookie.value.length} characters, more than a session ID`);
    }
    ctx.observations.push(`external storage: cookie ${cookies.map((c) => `${c.name}=${c.value.length} chars`).join(', ')}`);
  });
  await step(ctx, 'external storage: the tokens live in the server-side store', files, async () => {
    const before = await sessionState(ctx, router);
    expect(before.isAuthenticated, 'signed in before the restart');
    // The guide's store is a Map in the server process: a restart empties it, so the same
    // cookie must now mean "signed out". Had the tokens been in the cookie, it would not.
    await ctx.restart();
    const after = await sessionState(ctx, router);
    expect(!after.isAuthenticated, 'after a server restart (empty store) the same cookie is still signed in: the session is not in the store');
  });
}

export const appRouterStages: Stage[] = [
  {
    name: 'sign in and out, user information',
    until: 'fetch-user-information',
    async run(ctx) {
      const home = ['app/page.tsx', 'app/sign-in.tsx', 'app/sign-out.tsx'];
      const signInButton = guideControl(ctx, 'app/sign-in.tsx');
      const signOutButton = guideControl(ctx, 'app/sign-out.tsx');
      await step(ctx, 'signed out: the home page offers to sign in', home, () => signedOutHome(ctx, signInButton));
      if (has(ctx, 'app/api/me/route.ts')) {
        await step(ctx, 'signed out: the protected route handler answers 401', ['app/api/me/route.ts'], async () => {
          const {status, body} = await getJson(ctx, '/api/me');
          expect(status === 401, `/api/me answered ${status} to a signed-out browser: ${JSON.stringify(body).slice(0, 200)}`);
        });
      }
      const homePage = ctx.files.get(`${ctx.prefix}app/page.tsx`);
      // The home page's link to the sign-in route with a query is the sign-up entry (`?screen=register`).
      const signUpHref = has(ctx, 'app/sign-in/route.ts') && homePage ? linksTo(homePage.text, homePage.path, '/sign-in').find((href) => href.includes('?')) : undefined;
      if (signUpHref) {
        await step(ctx, 'sign up: the home page link opens the provider on the registration screen', ['app/page.tsx', 'app/sign-in/route.ts'], async () => {
          await ctx.page.goto(`${ctx.app.url}/`);
          const link = await soleElement(ctx.page, `a[href=${JSON.stringify(signUpHref)}]`, 'signed out, the home page');
          const auth = await authorizationRequest(ctx, () => link.click());
          expectRegistrationFirst(ctx, auth, `the link ${signUpHref}`);
          await ctx.page.waitForURL((url) => url.href.startsWith(ctx.provider.issuer), {timeout: 20_000});
        });
        await ctx.page.goto(`${ctx.app.url}/`);
      }
      await refusedConsent(ctx, 'app/callback/route.ts', '/callback', signInButton);
      await step(ctx, 'sign in: the button leads to the provider, login and consent', [...home, 'app/logto.ts'], async () => {
        await ctx.page.goto(`${ctx.app.url}/`);
        await (await signInButton('signed out, the home page')).click();
        await loginAndConsent(ctx);
      });
      await step(ctx, 'signed in: the callback completes and the home page shows the user ID', ['app/callback/route.ts', 'app/page.tsx', 'app/logto.ts'], async () => {
        await ctx.page.goto(`${ctx.app.url}/`);
        await waitForText(ctx.page, ctx.tenant.user.id, 'signed in, the home page');
        expect((await sessionCookies(ctx)).length > 0, 'no logto session cookie was written');
      });
      if (has(ctx, 'app/api/me/route.ts')) {
        await step(ctx, 'signed in: the protected route handler answers the user ID', ['app/api/me/route.ts'], async () => {
          const {status, body} = await getJson(ctx, '/api/me');
          expect(status === 200 && JSON.stringify(body).includes(ctx.tenant.user.id), `/api/me answered ${status} ${JSON.stringify(body).slice(0, 200)}`);
        });
      }
      if (has(ctx, 'app/profile/page.tsx')) {
        await step(ctx, 'profile: the page shows the user', ['app/profile/page.tsx', 'app/logto.ts'], async () => {
          const before = ctx.provider.userinfoRequests;
          await ctx.page.goto(`${ctx.app.url}/profile`);
          await waitForText(ctx.page, ctx.tenant.user.name, 'the profile page');
          if (/fetchUserInfo:\s*true/.test(ctx.files.get(`${ctx.prefix}app/profile/page.tsx`)!.text)) {
            expect(ctx.provider.userinfoRequests > before, 'the page asks for fetchUserInfo but the provider saw no userinfo request');
          }
        });
      }
      await signOutWithControl(ctx, home, signOutButton, () => signedOutHome(ctx, signInButton));
      if (has(ctx, 'app/dashboard/page.tsx')) {
        await step(ctx, 'signed out: the protected page sends the visitor to sign in, and back to it afterwards', ['app/dashboard/page.tsx', 'app/sign-in/route.ts'], async () => {
          await signInAndExpectDashboard(ctx, '/dashboard');
        });
      }
    },
  },
  {
    name: 'API resources and organization tokens',
    until: 'api-resources',
    async run(ctx) {
      ctx.provider.settings.accessTokenTtl = 4;
      for (const route of ['orders', 'projects']) {
        if (!has(ctx, `app/${route}/page.tsx`)) continue;
        await step(ctx, `signed out: /${route} sends the visitor to sign in`, [`app/${route}/page.tsx`, 'app/sign-in/route.ts'], async () => {
          await authorizationRequest(ctx, () => ctx.page.goto(`${ctx.app.url}/${route}`));
        });
      }
      await signInDirectly(ctx, 'app', ['app/callback/route.ts', 'app/logto.ts']);
      if (has(ctx, 'app/api/products/route.ts')) {
        await step(ctx, 'API resource: the route handler gets a token the API accepts', ['app/api/products/route.ts', 'app/logto.ts'], async () => {
          const since = ctx.api.requests.length;
          const {status, body} = await getJson(ctx, '/api/products');
          expect(status === 200, `/api/products answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
          expect(JSON.stringify(body) === JSON.stringify(ctx.tenant.products), `/api/products did not return the API's products: ${JSON.stringify(body).slice(0, 200)}`);
          expectAccepted(ctx, since, '/products', API_RESOURCE);
          const last = ctx.api.requests[ctx.api.requests.length - 1]!;
          const scopes = new Set((last.scope ?? '').split(' '));
          expect(scopes.has('read:products') && !scopes.has('write:products'), `token scope "${last.scope}": expected read:products only (the user's role grants no write:products)`);
        });
        await step(ctx, 'API resource: an expired token is refreshed and saved by the route handler', ['app/api/products/route.ts'], async () => {
          await sleep(5000);
          const grants = ctx.provider.tokenRequests.length;
          for (let i = 0; i < 2; i++) {
            const {status} = await getJson(ctx, '/api/products');
            expect(status === 200, `/api/products answered ${status} after the access token expired`);
          }
          const refreshes = ctx.provider.tokenRequests.slice(grants).filter((r) => r.grantType === 'refresh_token' && !r.error);
          expect(refreshes.length === 1, `expected one refresh for two calls (the renewed token saved in the cookie), saw ${refreshes.length}`);
        });
      }
      if (has(ctx, 'app/products.tsx')) {
        await step(ctx, 'API resource: the server action loads the products', ['app/products.tsx', 'app/actions.ts'], async () => {
          await ctx.page.goto(`${ctx.app.url}/${HARNESS}/products`);
          await (await soleControl(ctx.page, 'the products component')).click();
          await waitForText(ctx.page, ctx.tenant.products[0]!.name, 'after "Load products"');
        });
      }
      if (has(ctx, 'app/organizations/page.tsx')) {
        await step(ctx, "organizations: the page lists the user's organizations", ['app/organizations/page.tsx', 'app/logto.ts'], async () => {
          await ctx.page.goto(`${ctx.app.url}/organizations`);
          await waitForText(ctx.page, ctx.tenant.memberOrganization, 'the organizations page');
        });
      }
      if (has(ctx, `app/${HARNESS}/members/page.tsx`) || ctx.files.has(`${ctx.prefix}app/organization-actions.ts`)) {
        await step(ctx, 'organization token: the server action gets a token the API accepts', ['app/organization-actions.ts', 'app/logto.ts'], async () => {
          const since = ctx.api.requests.length;
          await ctx.page.goto(`${ctx.app.url}/${HARNESS}/members`);
          await ctx.page.getByRole('button').click({timeout: 20_000});
          await waitForText(ctx.page, ctx.tenant.members[0]!.name, 'after calling getMembers');
          expectAccepted(ctx, since, /^\/organizations\/[^/]+\/members$/, organizationAudience(ctx.tenant.memberOrganization));
        });
      }
      if (has(ctx, 'app/projects/page.tsx')) {
        await step(ctx, "server component: the projects page gets an organization token on the server that the API accepts", ['app/projects/page.tsx', 'app/logto.ts'], async () => {
          const since = ctx.api.requests.length;
          const response = await ctx.page.goto(`${ctx.app.url}/projects`);
          expect(response?.status() === 200, `/projects answered ${response?.status()}`);
          expectAccepted(ctx, since, `/organizations/${encodeURIComponent(ctx.tenant.memberOrganization)}/projects`, organizationAudience(ctx.tenant.memberOrganization));
          await waitForText(ctx.page, String(ctx.tenant.projects.length), 'the projects page (the number of projects)');
        });
      }
      if (has(ctx, 'app/orders/page.tsx')) {
        const orders = ['app/orders/page.tsx', 'app/logto.ts'];
        await step(ctx, 'server component: the orders page calls the API with a token it refreshes on the server', orders, async () => {
          await sleep(5000); // every token saved so far has expired: the component has to refresh
          for (const load of [1, 2]) {
            const since = ctx.api.requests.length;
            const grants = ctx.provider.tokenRequests.length;
            const response = await ctx.page.goto(`${ctx.app.url}/orders`);
            expect(response?.status() === 200, `load ${load} of /orders answered ${response?.status()}`);
            expectAccepted(ctx, since, '/orders', API_RESOURCE);
            await waitForText(ctx.page, String(ctx.tenant.orders.length), `load ${load} of /orders (the number of orders)`);
            const refreshed = ctx.provider.tokenRequests.slice(grants).some((r) => r.grantType === 'refresh_token' && !r.error);
            expect(refreshed, `load ${load} of /orders: no refresh at the provider, yet every saved token had expired`);
          }
          ctx.observations.push('server component, refresh token not rotated (Logto before 70 % of its lifetime): two loads of /orders, both refreshed (nothing saved) and both succeeded');
        });
        await step(ctx, 'server component: with refresh-token rotation, the second refresh fails with invalid_grant and the user still looks signed in', orders, async () => {
          ctx.provider.settings.rotation = 'always';
          try {
            await sleep(5000);
            const grants = ctx.provider.tokenRequests.length;
            const first = await ctx.page.goto(`${ctx.app.url}/orders`);
            const second = await ctx.page.goto(`${ctx.app.url}/orders`);
            const seen = ctx.provider.tokenRequests.slice(grants).map((r) => `${r.grantType}${r.organizationId ? '+organization_id' : ''}${r.resource ? `+resource` : ''}: ${r.error ?? 'ok'}`);
            const state = await sessionState(ctx, 'app');
            ctx.observations.push(`server component with rotation: load 1 of /orders → ${first?.status()}, load 2 → ${second?.status()}; token requests: ${seen.join('; ')}; isAuthenticated afterwards: ${state.isAuthenticated}`);
            expect(first?.status() === 200, `load 1 answered ${first?.status()}`);
            expect(second?.status() !== 200, 'load 2 succeeded: the refresh token the cookie holds was not rotated away');
            expect(seen.some((s) => /invalid_grant/.test(s)), `the provider saw no invalid_grant (${seen.join('; ')})`);
            expect(state.isAuthenticated, 'isAuthenticated became false');
          } finally {
            ctx.provider.settings.rotation = 'logto';
          }
        });
      }
      ctx.provider.settings.accessTokenTtl = 3600;
    },
  },
  {
    name: 'external session storage',
    until: 'use-external-session-storage',
    async run(ctx) {
      await signInDirectly(ctx, 'app', ['app/callback/route.ts', 'app/logto.ts', 'lib/session-wrapper.ts']);
      await externalStorage(ctx, 'app', ['lib/session-wrapper.ts', 'app/logto.ts']);
    },
  },
];

export const pagesRouterStages: Stage[] = [
  {
    name: 'sign in and out, server-side session',
    until: 'integration',
    async run(ctx) {
      const home = ['pages/index.tsx', 'pages/api/logto/[action].ts'];
      await step(ctx, 'signed out: the home page offers to sign in', home, () => signedOutHome(ctx, pageControl(ctx)));
      if (has(ctx, 'pages/api/profile.ts')) {
        await step(ctx, 'signed out: the protected API route answers 401', ['pages/api/profile.ts'], async () => {
          const {status} = await getJson(ctx, '/api/profile');
          expect(status === 401, `/api/profile answered ${status} to a signed-out browser`);
        });
      }
      await step(ctx, 'sign up: /api/logto/sign-up opens the provider on the registration screen', ['pages/api/logto/[action].ts'], async () => {
        const auth = await authorizationRequest(ctx, () => ctx.page.goto(`${ctx.app.url}/api/logto/sign-up`));
        expectRegistrationFirst(ctx, auth, '/api/logto/sign-up');
      });
      await refusedConsent(ctx, 'libraries/handle-auth-error.ts', '/api/logto/sign-in-callback', pageControl(ctx));
      await step(ctx, 'sign in: the link leads to the provider, login and consent', [...home, 'libraries/logto.ts'], async () => {
        await ctx.page.goto(`${ctx.app.url}/`);
        await (await soleControl(ctx.page, 'signed out, the home page')).click();
        await loginAndConsent(ctx);
      });
      await step(ctx, 'signed in: the callback completes and the home page shows the user ID', ['pages/api/logto/[action].ts', 'pages/index.tsx', 'libraries/logto.ts'], async () => {
        await waitForText(ctx.page, ctx.tenant.user.id, 'signed in, the home page');
      });
      if (has(ctx, 'pages/dashboard.tsx')) {
        await step(ctx, 'getServerSideProps: the dashboard shows the user ID', ['pages/dashboard.tsx'], async () => {
          await ctx.page.goto(`${ctx.app.url}/dashboard`);
          await waitForText(ctx.page, ctx.tenant.user.id, 'the dashboard');
        });
      }
      if (has(ctx, 'pages/api/profile.ts')) {
        await step(ctx, 'API route: /api/profile answers the user ID', ['pages/api/profile.ts'], async () => {
          const {status, body} = await getJson(ctx, '/api/profile');
          expect(status === 200 && (body as {userId?: string}).userId === ctx.tenant.user.id, `/api/profile answered ${status} ${JSON.stringify(body)}`);
        });
      }
      await signOutWithControl(ctx, home, pageControl(ctx), () => signedOutHome(ctx, pageControl(ctx)));
      if (has(ctx, 'pages/dashboard.tsx')) {
        await step(ctx, 'signed out: the dashboard sends the visitor to sign in', ['pages/dashboard.tsx'], async () => {
          await ctx.page.goto(`${ctx.app.url}/dashboard`);
          await ctx.page.waitForURL((url) => url.href.startsWith(ctx.provider.issuer), {timeout: 20_000}).catch(() => {
            throw new Error(`signed out, /dashboard did not lead to the provider; the browser is at ${ctx.page.url()}`);
          });
        });
      }
      if (has(ctx, 'pages/api/sign-in.ts') && has(ctx, 'pages/dashboard.tsx')) {
        await step(ctx, 'sign-in route: returnTo=/dashboard brings the reader back to the dashboard', ['pages/api/sign-in.ts', 'pages/dashboard.tsx'], async () => {
          await signInAndExpectDashboard(ctx, '/api/sign-in?returnTo=/dashboard');
        });
      }
    },
  },
  {
    name: 'user information and API resources',
    until: 'fetch-user-information',
    async run(ctx) {
      ctx.provider.settings.accessTokenTtl = 4;
      await signInDirectly(ctx, 'pages', ['pages/api/logto/[action].ts', 'libraries/logto.ts']);
      if (has(ctx, 'pages/profile.tsx')) {
        await step(ctx, 'profile: getServerSideProps fetches the user info', ['pages/profile.tsx'], async () => {
          const before = ctx.provider.userinfoRequests;
          await ctx.page.goto(`${ctx.app.url}/profile`);
          await waitForText(ctx.page, ctx.tenant.user.name, 'the profile page');
          expect(ctx.provider.userinfoRequests > before, 'the provider saw no userinfo request');
        });
      }
      await step(ctx, '/api/logto/user: the session as JSON', ['pages/api/logto/[action].ts'], async () => {
        const {status, body} = await getJson(ctx, '/api/logto/user');
        const user = body as {isAuthenticated?: boolean; claims?: {sub?: string}; userInfo?: {sub?: string}};
        expect(status === 200 && user.isAuthenticated && user.claims?.sub === ctx.tenant.user.id, `/api/logto/user answered ${status} ${JSON.stringify(body).slice(0, 200)}`);
        if (/fetchUserInfo:\s*true/.test(ctx.files.get(`${ctx.prefix}pages/api/logto/[action].ts`)?.text ?? '')) {
          expect(user.userInfo?.sub === ctx.tenant.user.id, 'handleAuthRoutes({ fetchUserInfo: true }) but the answer has no userInfo');
        }
      });
      if (has(ctx, 'pages/api/products.ts')) {
        await step(ctx, 'API resource: the API route gets a token the API accepts, and renews it', ['pages/api/products.ts', 'libraries/logto.ts'], async () => {
          const since = ctx.api.requests.length;
          const {status, body} = await getJson(ctx, '/api/products');
          expect(status === 200 && JSON.stringify(body) === JSON.stringify(ctx.tenant.products), `/api/products answered ${status} ${JSON.stringify(body).slice(0, 200)}`);
          expectAccepted(ctx, since, '/products', API_RESOURCE);
          await sleep(5000);
          const grants = ctx.provider.tokenRequests.length;
          for (let i = 0; i < 2; i++) {
            const again = await getJson(ctx, '/api/products');
            expect(again.status === 200, `/api/products answered ${again.status} after the token expired`);
          }
          const refreshes = ctx.provider.tokenRequests.slice(grants).filter((r) => r.grantType === 'refresh_token' && !r.error);
          expect(refreshes.length === 1, `expected one refresh for two calls (the renewed token saved in the cookie), saw ${refreshes.length}`);
        });
      }
      ctx.provider.settings.accessTokenTtl = 3600;
    },
  },
  {
    name: 'external session storage',
    until: 'use-external-session-storage',
    async run(ctx) {
      await signInDirectly(ctx, 'pages', ['pages/api/logto/[action].ts', 'libraries/logto.ts', 'lib/session-wrapper.ts']);
      await externalStorage(ctx, 'pages', ['lib/session-wrapper.ts', 'libraries/logto.ts']);
    },
  },
];

export function stagesFor(router: Router): Stage[] {
  return router === 'app' ? appRouterStages : pagesRouterStages;
}
