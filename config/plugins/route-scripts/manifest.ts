/**
 * Docusaurus lists a page's scripts from its client manifest (written by
 * react-loadable-ssr-addon): the modules a page rendered on the server are
 * looked up in `manifest.origins`. The server reports each module by the
 * request its route imports ("@theme/DocItem", "@site/docs/….mdx"), but with
 * webpack 5 and Rspack the addon keys `origins` by chunk name ("17896441"),
 * so nothing matches and every page lists only runtime~main.js and main.js.
 * The page's own chunks are then requested by main.js once it runs: one more
 * network round trip before hydration, from deep inside main.js's start-up.
 *
 * `withRequestOrigins` adds the missing keys: each import() request maps to
 * the chunks of the chunk group it loads, so Docusaurus' lookup finds them.
 */

export type ClientManifest = {
  entrypoints: string[];
  /** Key (chunk name, id or, after this, import request) → chunk ids. */
  origins: Record<string, (string | number)[]>;
  assets: Record<string, Record<string, {file: string}[]>>;
};

/** A chunk of the client compilation: its id and the import() requests of the chunk groups it belongs to. */
export type ChunkOrigins = {id: string | number; requests: string[]};

export function withRequestOrigins(manifest: ClientManifest, chunks: readonly ChunkOrigins[]): ClientManifest {
  const added = new Map<string, Set<string | number>>();
  for (const {id, requests} of chunks) {
    for (const request of requests) {
      // Entry origins have no request; a chunk name already in the manifest keeps Docusaurus' own meaning.
      if (!request || request in manifest.origins) continue;
      if (!added.has(request)) added.set(request, new Set());
      added.get(request)!.add(id);
    }
  }
  const origins = {...manifest.origins};
  for (const [request, ids] of added) origins[request] = [...ids];
  return {...manifest, origins};
}
