/**
 * The guides' "your API": a small HTTP server that accepts a request only
 * with a Bearer access token it can verify on its own, with `jose` against
 * the provider's JWKS: signature, issuer, audience (the API resource, or
 * `urn:logto:organization:<id>` for organization routes) and the permission
 * the route needs. Every request is recorded, accepted or not, so the browser
 * session can tell that a page's numbers came from a token the API accepted.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {createRemoteJWKSet, jwtVerify, type JWTPayload} from 'jose';
import {API_RESOURCE, organizationAudience, type Tenant} from './tenant';

export type ApiRequest = {
  path: string;
  status: number;
  /** Why it was refused, or null. */
  reason: string | null;
  audience?: string;
  scope?: string;
  subject?: string;
};

export type ProtectedApi = {
  port: number;
  origin: string;
  requests: ApiRequest[];
  log: string[];
  close(): Promise<void>;
};

/** `permission: null`: the audience is the whole check (an organization token is only issued to members). */
type Route = {audience: string; permission: string | null; body: unknown};

function routeFor(tenant: Tenant, path: string): Route | null {
  if (path === '/products') return {audience: API_RESOURCE, permission: 'read:products', body: tenant.products};
  if (path === '/orders') return {audience: API_RESOURCE, permission: 'read:products', body: tenant.orders};
  const org = /^\/organizations\/([^/]+)\/(projects|members)$/.exec(path);
  if (org) {
    const id = decodeURIComponent(org[1]!);
    // The guides request no organization permission, so these routes accept any token for the organization.
    return {audience: organizationAudience(id), permission: null, body: org[2] === 'projects' ? tenant.projects : tenant.members};
  }
  return null;
}

export async function startProtectedApi(tenant: Tenant, issuer: string): Promise<ProtectedApi> {
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`), {timeoutDuration: 5000});
  const requests: ApiRequest[] = [];
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const answer = (status: number, body: unknown, record: Omit<ApiRequest, 'path' | 'status'>) => {
      requests.push({path, status, ...record});
      log.push(`${new Date().toISOString()} ${req.method} ${path} → ${status}${record.reason ? ` (${record.reason})` : ''}`);
      res.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify(body));
    };
    const route = routeFor(tenant, path);
    if (!route) return answer(404, {message: 'not found'}, {reason: 'no such route'});
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    if (!token) return answer(401, {message: 'missing bearer token'}, {reason: 'no Bearer token'});
    jwtVerify(token, jwks, {issuer, audience: route.audience}).then(
      ({payload}: {payload: JWTPayload & {scope?: string}}) => {
        const scopes = new Set((payload.scope ?? '').split(' '));
        const seen = {audience: String(payload.aud), scope: payload.scope, subject: payload.sub};
        if (route.permission && !scopes.has(route.permission)) return answer(403, {message: `needs ${route.permission}`}, {...seen, reason: `scope lacks ${route.permission}`});
        answer(200, route.body, {...seen, reason: null});
      },
      (error: Error) => answer(401, {message: 'invalid token'}, {reason: `${error.name}: ${error.message}`}),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`protected API: cannot listen (${error.message})`)));
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
