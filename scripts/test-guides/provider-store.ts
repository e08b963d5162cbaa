/**
 * oidc-provider's storage, in memory: one map per model (sessions, grants,
 * codes, tokens, clients). Clients registered at run time live here too, so
 * one provider serves every app of a run, each with its own redirect URIs.
 */
type Payload = Record<string, unknown> & {grantId?: string; uid?: string; userCode?: string; consumed?: number; accountId?: string; clientId?: string};
type Entry = {payload: Payload; expiresAt: number | null};

export class MemoryStore {
  private readonly models = new Map<string, Map<string, Entry>>();

  private model(name: string): Map<string, Entry> {
    let map = this.models.get(name);
    if (!map) this.models.set(name, (map = new Map()));
    return map;
  }

  putClient(metadata: Record<string, unknown> & {client_id: string}): void {
    this.model('Client').set(metadata.client_id, {payload: metadata, expiresAt: null});
  }

  /** Entries of a model that have not expired and match. */
  live(name: string, match: (payload: Payload) => boolean): number {
    let count = 0;
    for (const entry of this.model(name).values()) {
      if ((entry.expiresAt === null || entry.expiresAt > Date.now()) && match(entry.payload)) count++;
    }
    return count;
  }

  /** The adapter class oidc-provider instantiates once per model name. */
  readonly adapterFor = (() => {
    const store = this;
    return class Adapter {
      private readonly map: Map<string, Entry>;
      constructor(readonly name: string) {
        this.map = store.model(name);
      }
      private get(id: string): Payload | undefined {
        const entry = this.map.get(id);
        if (!entry) return undefined;
        if (entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
          this.map.delete(id);
          return undefined;
        }
        return entry.payload;
      }
      async upsert(id: string, payload: Payload, expiresIn?: number) {
        this.map.set(id, {payload: {...payload}, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null});
      }
      async find(id: string) {
        const payload = this.get(id);
        return payload ? {...payload} : undefined;
      }
      async findByUid(uid: string) {
        for (const [id, entry] of this.map) if (entry.payload.uid === uid) return this.find(id);
        return undefined;
      }
      async findByUserCode(userCode: string) {
        for (const [id, entry] of this.map) if (entry.payload.userCode === userCode) return this.find(id);
        return undefined;
      }
      async consume(id: string) {
        const entry = this.map.get(id);
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      }
      async destroy(id: string) {
        this.map.delete(id);
      }
      async revokeByGrantId(grantId: string) {
        // Every model shares the grant id space: revoking a grant drops its codes and tokens everywhere.
        for (const map of store.models.values()) {
          for (const [id, entry] of map) if (entry.payload.grantId === grantId) map.delete(id);
        }
      }
    };
  })();
}
