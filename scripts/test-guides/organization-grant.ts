/**
 * Logto's organization token (RFC 0001), added to oidc-provider the way
 * Logto's server adds it: the refresh_token grant accepts `organization_id`
 * and then issues an access token for that organization instead of an API
 * resource. Without `organization_id` the request goes to oidc-provider's own
 * refresh_token grant, unchanged.
 *
 * What each step emulates in Logto:
 * - the refresh token is validated like any refresh token (found, same client,
 *   not expired), and a reused one revokes the whole grant (`invalid_grant`);
 * - the refresh token must carry `urn:logto:scope:organizations`
 *   (else `insufficient_scope`);
 * - the user must be a member of the organization (else `access_denied`);
 * - the refresh token rotates under the same policy as the normal grant;
 * - the access token is a JWT with audience `urn:logto:organization:<id>` and
 *   the organization permissions the user's organization roles grant, within
 *   what was consented to.
 */
import {errors, type KoaContextWithOIDC, type Provider} from 'oidc-provider';
import type {MemoryStore} from './provider-store';
import type {ProviderSettings} from './provider';
import {ORGANIZATIONS_RESOURCE, ORGANIZATIONS_SCOPE, organizationAudience, type Tenant} from './tenant';

type Handler = (ctx: KoaContextWithOIDC) => Promise<void>;
type Internals = {grantTypeHandlers: Map<string, Handler>; grantTypeParams: Map<string | undefined, Set<string>>};

export const ORGANIZATION_GRANT_PARAMS = ['organization_id'];

function internals(provider: Provider): Internals {
  // oidc-provider keeps its grant handlers in a private record that this helper reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const weakCache = require('oidc-provider/lib/helpers/weak_cache.js') as {default: (p: Provider) => Internals};
  return weakCache.default(provider);
}

export const organizationTokenGrant = {
  install(provider: Provider, tenant: Tenant, settings: ProviderSettings, store: MemoryStore): void {
    const own = internals(provider);
    const builtIn = own.grantTypeHandlers.get('refresh_token');
    if (!builtIn) throw new Error('oidc-provider has no refresh_token grant to extend');
    for (const params of [own.grantTypeParams.get('refresh_token'), own.grantTypeParams.get(undefined)]) {
      for (const name of ORGANIZATION_GRANT_PARAMS) params?.add(name);
    }
    own.grantTypeHandlers.set('refresh_token', async (ctx) => {
      const organizationId = (ctx.oidc.params as Record<string, string | undefined>).organization_id;
      if (!organizationId) return builtIn(ctx);
      await issueOrganizationToken(provider, tenant, settings, store, ctx, organizationId);
    });
  },
};

async function issueOrganizationToken(
  provider: Provider,
  tenant: Tenant,
  settings: ProviderSettings,
  store: MemoryStore,
  ctx: KoaContextWithOIDC,
  organizationId: string,
): Promise<void> {
  const params = ctx.oidc.params as Record<string, string | undefined>;
  const client = ctx.oidc.client!;
  if (params.resource) {
    // Logto also issues organization-scoped API resource tokens; the guides' flows do not use them.
    throw new errors.InvalidTarget('this test provider does not emulate organization-scoped API resource tokens');
  }
  if (!params.refresh_token) throw new errors.InvalidRequest('missing required parameter refresh_token');
  const refreshToken = await provider.RefreshToken.find(params.refresh_token, {ignoreExpiration: true});
  if (!refreshToken) throw new errors.InvalidGrant('refresh token not found');
  if (refreshToken.clientId !== client.clientId) throw new errors.InvalidGrant('client mismatch');
  if (refreshToken.isExpired) throw new errors.InvalidGrant('refresh token is expired');
  const grant = await provider.Grant.find(refreshToken.grantId!);
  if (!grant || grant.clientId !== client.clientId || grant.accountId !== refreshToken.accountId) {
    throw new errors.InvalidGrant('grant not found');
  }
  if (refreshToken.consumed) {
    // Reuse of a rotated refresh token: the token and everything issued under its grant stop working.
    await refreshToken.destroy();
    await grant.destroy();
    await new store.adapterFor('Grant').revokeByGrantId(refreshToken.grantId!);
    throw new errors.InvalidGrant('refresh token already used');
  }
  if (!refreshToken.scopes.has(ORGANIZATIONS_SCOPE)) {
    throw new errors.InsufficientScope('refresh token missing required scope', ORGANIZATIONS_SCOPE);
  }
  const roles = refreshToken.accountId === tenant.user.id ? tenant.user.organizationRoles[organizationId] : undefined;
  if (!roles) throw new errors.AccessDenied('user is not a member of the organization');

  ctx.oidc.entity('RefreshToken', refreshToken);
  ctx.oidc.entity('Grant', grant);
  let refreshTokenValue = params.refresh_token;
  const rotate = settings.rotation === 'always' || refreshToken.ttlPercentagePassed() >= 70;
  if (rotate) {
    await refreshToken.consume();
    const next = new provider.RefreshToken({
      accountId: refreshToken.accountId,
      acr: refreshToken.acr,
      amr: refreshToken.amr,
      authTime: refreshToken.authTime,
      claims: refreshToken.claims,
      client,
      expiresWithSession: refreshToken.expiresWithSession,
      iiat: refreshToken.iiat,
      grantId: refreshToken.grantId,
      gty: refreshToken.gty,
      nonce: refreshToken.nonce,
      resource: refreshToken.resource,
      rotations: (refreshToken.rotations ?? 0) + 1,
      scope: refreshToken.scope,
      sessionUid: refreshToken.sessionUid,
      sid: refreshToken.sid,
    } as never);
    refreshTokenValue = await next.save();
  }

  const held = new Set(roles.flatMap((role) => tenant.organizationRolePermissions[role] ?? []));
  const consented = [...(grant.getResourceScopeFiltered(ORGANIZATIONS_RESOURCE, [...held]) as Set<string> | string[])];
  const requested = params.scope ? new Set(params.scope.split(' ')) : null;
  const scope = consented.filter((s) => !requested || requested.has(s)).join(' ');
  const audience = organizationAudience(organizationId);
  const accessToken = new provider.AccessToken({
    accountId: refreshToken.accountId,
    client,
    grantId: refreshToken.grantId,
    gty: 'refresh_token',
    sessionUid: refreshToken.sessionUid,
    sid: refreshToken.sid,
    expiresWithSession: refreshToken.expiresWithSession,
    scope,
  } as never);
  accessToken.resourceServer = new provider.ResourceServer(audience, {
    audience,
    scope: tenant.organizationPermissions.join(' '),
    accessTokenFormat: 'jwt',
    accessTokenTTL: settings.accessTokenTtl,
  });
  ctx.oidc.entity('AccessToken', accessToken);
  const value = await accessToken.save();
  ctx.body = {
    access_token: value,
    expires_in: accessToken.expiration,
    token_type: 'Bearer',
    scope,
    refresh_token: refreshTokenValue,
  };
}
