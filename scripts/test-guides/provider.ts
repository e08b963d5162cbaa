/**
 * A real OpenID Connect provider standing in for a Logto tenant:
 * panva's oidc-provider (the library Logto's own server is built on),
 * mounted at /oidc on 127.0.0.1, configured the way a Logto tenant behaves
 * for @logto/next. Each setting below says which Logto behaviour it
 * emulates. It keeps its state in memory and logs every request, so a failing
 * run can show what the SDK asked for.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {generateKeyPairSync, randomBytes} from 'node:crypto';
import {Provider, errors, type Configuration, type KoaContextWithOIDC} from 'oidc-provider';
import {organizationTokenGrant} from './organization-grant';
import {MemoryStore} from './provider-store';
import {renderConsent, renderLogin, renderLogout, renderPage} from './provider-pages';
import {API_RESOURCE, ORGANIZATIONS_RESOURCE, ORGANIZATIONS_SCOPE, ORGANIZATION_ROLES_SCOPE, type Tenant} from './tenant';

export const MOUNT = '/oidc';

export type ClientRegistration = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
};

export type ProviderSettings = {
  /** Lifetime of access tokens (API resources and organizations), seconds. Logto's default is 3600. */
  accessTokenTtl: number;
  /**
   * When refresh tokens rotate. `logto`: Logto's policy for a traditional web app with
   * "rotate refresh token" on (oidc-provider's default: once 70 % of the token's lifetime has
   * passed). `always`: every refresh, i.e. that moment brought forward so a test need not wait.
   */
  rotation: 'logto' | 'always';
};

export type OidcProvider = {
  port: number;
  /** `http://localhost:PORT/oidc` */
  issuer: string;
  /** What the SDK config's `endpoint` is: `http://localhost:PORT/`. */
  endpoint: string;
  settings: ProviderSettings;
  register(client: ClientRegistration): void;
  /** One line per request and per token event, for the artefacts. */
  log: string[];
  /** Token endpoint outcomes, in order: `grant_type[+organization_id] → ok | error`. */
  tokenRequests: Array<{grantType: string; organizationId?: string; resource?: string; error?: string; at: number}>;
  /** Refresh tokens the provider still honours for this account and app (one provider serves every app of a run). */
  liveRefreshTokens(accountId: string, clientId: string): number;
  revocations: number;
  userinfoRequests: number;
  close(): Promise<void>;
};

/** Logto maps scopes to claims like this (ID token and userinfo; see `claimsFor`). */
const CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  profile: ['name', 'username', 'picture'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  roles: ['roles'],
  [ORGANIZATIONS_SCOPE]: ['organizations'],
  [ORGANIZATION_ROLES_SCOPE]: ['organization_roles'],
  custom_data: ['custom_data'],
  identities: ['identities'],
};

/** Claims Logto returns only from the userinfo endpoint, never in the ID token. */
const USERINFO_ONLY = new Set(['custom_data', 'identities']);

function userClaims(tenant: Tenant): Record<string, unknown> {
  const u = tenant.user;
  return {
    sub: u.id,
    name: u.name,
    username: u.username,
    picture: u.picture,
    email: u.email,
    email_verified: true,
    phone_number: u.phone,
    phone_number_verified: true,
    roles: u.roles,
    organizations: Object.keys(u.organizationRoles),
    organization_roles: Object.entries(u.organizationRoles).flatMap(([org, roles]) => roles.map((r) => `${org}:${r}`)),
    custom_data: u.customData,
    identities: {},
  };
}

export async function startProvider(tenant: Tenant, options: {port?: number; settings?: Partial<ProviderSettings>} = {}): Promise<OidcProvider> {
  const settings: ProviderSettings = {accessTokenTtl: 3600, rotation: 'logto', ...options.settings};
  const store = new MemoryStore();
  const log: string[] = [];
  const tokenRequests: OidcProvider['tokenRequests'] = [];
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `provider: port ${options.port} is in use` : `provider: cannot listen (${error.message})`)),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // The SDK's endpoint is http://localhost:PORT/; localhost resolves to 127.0.0.1 here (checked by the CLI).
  const issuer = `http://localhost:${port}${MOUNT}`;
  const {privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});

  const configuration: Configuration = {
    adapter: store.adapterFor,
    jwks: {keys: [{...(privateKey.export({format: 'jwk'}) as object), kid: 'test-key', use: 'sig', alg: 'RS256'} as never]},
    cookies: {keys: [randomBytes(32).toString('hex')]},
    findAccount: async (_ctx: KoaContextWithOIDC, id: string) => {
      if (id !== tenant.user.id) return undefined;
      return {
        accountId: id,
        // Logto runs with conformIdTokenClaims: false, so the granted scopes' claims go into the ID token,
        // except custom_data and identities, which it only returns from the userinfo endpoint.
        claims: async (use: string) => {
          const all = userClaims(tenant);
          return Object.fromEntries(Object.entries(all).filter(([key]) => use === 'userinfo' || !USERINFO_ONLY.has(key))) as {sub: string};
        },
      };
    },
    claims: CLAIMS,
    scopes: ['openid', 'offline_access', ...Object.keys(CLAIMS)],
    conformIdTokenClaims: false,
    // Logto's organization token grant reads organization_id from the token request.
    extraParams: ['organization_id'],
    pkce: {required: () => true},
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    ttl: {
      AccessToken: () => settings.accessTokenTtl,
      // Logto's defaults: refresh tokens live 14 days, ID tokens an hour.
      RefreshToken: () => 14 * 24 * 3600,
      IdToken: 3600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    rotateRefreshToken: (ctx: KoaContextWithOIDC) => {
      if (settings.rotation === 'always') return true;
      const token = ctx.oidc.entities.RefreshToken!;
      return token.ttlPercentagePassed() >= 70;
    },
    interactions: {url: (_ctx: KoaContextWithOIDC, interaction: {uid: string}) => `${MOUNT}/interaction/${interaction.uid}`},
    features: {
      devInteractions: {enabled: false},
      // Only the client a token was issued to may revoke it.
      revocation: {enabled: true, allowedPolicy: (_ctx: KoaContextWithOIDC, client: {clientId: string}, token: {clientId?: string}) => token.clientId === client.clientId},
      userinfo: {enabled: true},
      // Logto signs the user out without a confirmation page: the form submits itself.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = renderLogout(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = renderPage('Signed out', '<p>You are signed out.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        // No resource in the token request means a token for the userinfo endpoint, as with Logto.
        defaultResource: () => undefined as unknown as string,
        useGrantedResource: () => false,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, indicator: string) => {
          // Like Logto, a resource's scope here is what the user's roles grant on it (the tenant has
          // one user), so a token never carries a permission the user lacks, whatever the app asks for.
          if (indicator === ORGANIZATIONS_RESOURCE) {
            // Logto's reserved resource for the organization template; the SDK adds it with UserScope.Organizations.
            const held = Object.values(tenant.user.organizationRoles).flat().flatMap((role) => tenant.organizationRolePermissions[role] ?? []);
            return {scope: [...new Set(held)].join(' '), accessTokenFormat: 'jwt', accessTokenTTL: settings.accessTokenTtl};
          }
          if (!tenant.resources[indicator]) throw new errors.InvalidTarget(`no API resource is registered with the identifier ${indicator}`);
          return {
            scope: (tenant.user.permissions[indicator] ?? []).join(' '),
            audience: indicator,
            accessTokenFormat: 'jwt',
            accessTokenTTL: settings.accessTokenTtl,
          };
        },
      },
    },
    renderError: async (ctx: KoaContextWithOIDC, out: {error: string; error_description?: string}) => {
      ctx.type = 'html';
      ctx.body = renderPage('Sign-in error', `<p id="error">${escape(out.error)}: ${escape(String(out.error_description ?? ''))}</p>`);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = false;

  // Logto's organization token: the refresh_token grant with organization_id (RFC 0001).
  organizationTokenGrant.install(provider, tenant, settings, store);

  const counters = {revocations: 0, userinfoRequests: 0};
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    const params = ctx.oidc.params as Record<string, string | undefined>;
    tokenRequests.push({grantType: String(params.grant_type), organizationId: params.organization_id, resource: params.resource, at: Date.now()});
  });
  provider.on('grant.error', (ctx: KoaContextWithOIDC, error: Error & {error?: string; error_description?: string}) => {
    const params = (ctx.oidc?.params ?? {}) as Record<string, string | undefined>;
    tokenRequests.push({
      grantType: String(params.grant_type),
      organizationId: params.organization_id,
      resource: params.resource,
      error: `${error.error ?? error.name}: ${error.error_description ?? error.message}`,
      at: Date.now(),
    });
    log.push(`${new Date().toISOString()} grant.error ${params.grant_type} ${error.error ?? ''} ${error.error_description ?? error.message}`);
  });
  provider.on('server_error', (_ctx: unknown, error: Error) => log.push(`${new Date().toISOString()} server_error ${error.stack ?? error.message}`));

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const started = Date.now();
    const url = req.url ?? '/';
    res.on('finish', () => {
      log.push(`${new Date(started).toISOString()} ${req.method} ${url} → ${res.statusCode} (${Date.now() - started} ms)`);
      if (req.method === 'POST' && url === `${MOUNT}/token/revocation` && res.statusCode === 200) counters.revocations++;
    });
    if (url.startsWith(`${MOUNT}/interaction/`)) {
      interaction(provider, tenant, req, res).catch((error: Error) => {
        log.push(`interaction error: ${error.stack ?? error.message}`);
        if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain'});
        res.end(`interaction error: ${error.message}`);
      });
      return;
    }
    if (url === MOUNT || url.startsWith(`${MOUNT}/`)) {
      if (url.startsWith(`${MOUNT}/me`)) counters.userinfoRequests++;
      // Mounted the way Express would: oidc-provider finds its mount path from originalUrl.
      (req as http.IncomingMessage & {originalUrl?: string}).originalUrl = url;
      req.url = url.slice(MOUNT.length) || '/';
      callback(req, res);
      return;
    }
    res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
  });

  return {
    port,
    issuer,
    endpoint: `http://localhost:${port}/`,
    settings,
    register(client) {
      store.putClient({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      });
    },
    log,
    tokenRequests,
    liveRefreshTokens: (accountId, clientId) => store.live('RefreshToken', (p) => p.accountId === accountId && p.clientId === clientId && !p.consumed),
    get revocations() {
      return counters.revocations;
    },
    get userinfoRequests() {
      return counters.userinfoRequests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The sign-in experience: a login form, then a consent page listing what the
 * app asks for (the SDK always sends prompt=consent). Logto's consent grants
 * only what the user holds: API permissions their roles grant, organization
 * permissions their organization roles grant.
 */
async function interaction(provider: Provider, tenant: Tenant, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const {uid, prompt, params, session} = details;
  const action = (req.url ?? '').split('?')[0]!.split('/').pop();

  if (req.method === 'GET') {
    const html = prompt.name === 'login' ? renderLogin(uid) : renderConsent(uid, String(params.client_id), String(params.scope ?? ''), [params.resource ?? []].flat() as string[]);
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(html);
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    if (form.get('username') !== tenant.user.username || form.get('password') !== tenant.user.password) {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(renderLogin(uid, 'Wrong username or password.'));
      return;
    }
    await provider.interactionFinished(req, res, {login: {accountId: tenant.user.id}}, {mergeWithLastSubmission: false});
    return;
  }
  if (req.method === 'POST' && action === 'consent') {
    const form = await readForm(req);
    if (form.get('decision') === 'deny') {
      await provider.interactionFinished(req, res, {error: 'access_denied', error_description: 'The user denied the request.'}, {mergeWithLastSubmission: false});
      return;
    }
    const missing = prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    const grant = details.grantId
      ? (await provider.Grant.find(details.grantId))!
      : new provider.Grant({accountId: session!.accountId, clientId: String(params.client_id)});
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    // getResourceServerInfo already narrowed each resource to what the user holds, so what is
    // still missing is granted as asked.
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, {consent: {grantId}}, {mergeWithLastSubmission: true});
    return;
  }
  res.writeHead(405, {'content-type': 'text/plain'}).end('method not allowed');
}

export {API_RESOURCE};
