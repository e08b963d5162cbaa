/**
 * The part of oidc-provider 9 this runner uses (the package ships no types
 * and @types/oidc-provider is not installed). Shapes follow its lib/ sources.
 */
declare module 'oidc-provider' {
  import type {IncomingMessage, ServerResponse} from 'node:http';

  type Dict = Record<string, unknown>;

  export type Token = {
    accountId?: string;
    clientId?: string;
    grantId?: string;
    scope?: string;
    scopes: Set<string>;
    isExpired: boolean;
    consumed?: number;
    rotations?: number;
    expiration: number;
    resourceServer?: unknown;
    ttlPercentagePassed(): number;
    save(): Promise<string>;
    consume(): Promise<void>;
    destroy(): Promise<void>;
    [key: string]: unknown;
  };

  export type Grant = {
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    getResourceScopeFiltered(resource: string, scopes: string[]): Set<string>;
    save(): Promise<string>;
    destroy(): Promise<void>;
  };

  export type KoaContextWithOIDC = {
    oidc: {
      params: Dict;
      client?: {clientId: string; [key: string]: unknown};
      entities: {RefreshToken?: Token; [key: string]: unknown};
      entity(name: string, value: unknown): void;
    };
    body: unknown;
    type: string;
  };

  export type Configuration = Dict;

  export type InteractionDetails = {
    uid: string;
    prompt: {name: string; details: Dict};
    params: Dict;
    session?: {accountId: string};
    grantId?: string;
  };

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: never[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Dict, options?: {mergeWithLastSubmission?: boolean}): Promise<void>;
    Grant: {new (init: Dict): Grant; find(id: string): Promise<Grant | undefined>};
    RefreshToken: {new (init: Dict): Token; find(value: string, options?: {ignoreExpiration?: boolean}): Promise<Token | undefined>};
    AccessToken: {new (init: Dict): Token};
    ResourceServer: {new (identifier: string, data: Dict): unknown};
  }

  class OIDCError extends Error {
    error: string;
    error_description?: string;
  }
  export const errors: {
    InvalidGrant: new (description?: string) => OIDCError;
    InvalidRequest: new (description?: string) => OIDCError;
    InvalidTarget: new (description?: string) => OIDCError;
    AccessDenied: new (description?: string) => OIDCError;
    InsufficientScope: new (description: string, scope: string) => OIDCError;
  };
}
