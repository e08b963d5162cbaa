/**
 * The Logto tenant the guides' apps sign in to, as data: one user, the API
 * resource the guides use, one organization the user belongs to and one they
 * do not. The provider and the protected API both read it; the browser
 * session asserts against it, so every expected value comes from here, never
 * from the app under test.
 */
import {randomBytes} from 'node:crypto';

/** Logto's reserved names (RFC 0001 and the SDK's UserScope), written out here on purpose. */
export const ORGANIZATIONS_SCOPE = 'urn:logto:scope:organizations';
export const ORGANIZATION_ROLES_SCOPE = 'urn:logto:scope:organization_roles';
export const ORGANIZATIONS_RESOURCE = 'urn:logto:resource:organizations';
export const organizationAudience = (id: string) => `urn:logto:organization:${id}`;

export type TenantUser = {
  id: string;
  username: string;
  password: string;
  name: string;
  picture: string;
  email: string;
  phone: string;
  customData: Record<string, unknown>;
  roles: string[];
  /** Permissions the user's roles grant, per API resource indicator. */
  permissions: Record<string, string[]>;
  /** Organization id → organization roles. */
  organizationRoles: Record<string, string[]>;
};

export type Tenant = {
  user: TenantUser;
  /** API resources: indicator → every permission defined on it. */
  resources: Record<string, string[]>;
  /** The organization template's permissions, and what each organization role grants. */
  organizationPermissions: string[];
  organizationRolePermissions: Record<string, string[]>;
  /** An organization the user is a member of, and one they are not. */
  memberOrganization: string;
  otherOrganization: string;
  /** What the protected API answers, so pages that count them can be checked. */
  products: Array<{id: string; name: string}>;
  orders: unknown[];
  projects: unknown[];
  members: Array<{id: string; name: string}>;
};

/** The API identifier the guides use (`resources: ['https://api.example.com']`). */
export const API_RESOURCE = 'https://api.example.com';

export function createTenant(): Tenant {
  const suffix = randomBytes(4).toString('hex');
  const memberOrganization = `org-${suffix}`;
  return {
    user: {
      id: `user-${suffix}`,
      username: 'ada',
      password: `pw-${randomBytes(6).toString('hex')}`,
      name: `Ada Reader ${suffix}`,
      picture: 'https://example.com/ada.png',
      email: `ada-${suffix}@example.com`,
      phone: '+34600000000',
      customData: {plan: `plan-${suffix}`},
      roles: ['Product reader'],
      // The guides ask for read and write; the user's role grants read only, so a token that
      // carried write:products would show scopes are not filtered by the user's roles.
      permissions: {[API_RESOURCE]: ['read:products']},
      organizationRoles: {[memberOrganization]: ['member']},
    },
    resources: {[API_RESOURCE]: ['read:products', 'write:products']},
    organizationPermissions: ['read:members', 'invite:members'],
    organizationRolePermissions: {member: ['read:members'], admin: ['read:members', 'invite:members']},
    memberOrganization,
    otherOrganization: `org-other-${suffix}`,
    products: Array.from({length: 7}, (_, i) => ({id: `p${i + 1}`, name: `Product ${i + 1}-${suffix}`})),
    orders: Array.from({length: 5}, (_, i) => ({id: `o${i + 1}`})),
    projects: Array.from({length: 3}, (_, i) => ({id: `pr${i + 1}`})),
    members: [{id: `user-${suffix}`, name: `Ada Reader ${suffix}`}],
  };
}
