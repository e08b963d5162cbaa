/**
 * Lists each page's own chunks among its scripts, so the HTML's loader
 * (config/ssr-template.ts) requests them together with main.js; see
 * manifest.ts for why Docusaurus leaves them out. The fix is applied to the
 * client manifest right after the client compilation writes it, before any
 * page is rendered, so the HTML is produced by Docusaurus' own code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {withRequestOrigins, type ChunkOrigins, type ClientManifest} from './manifest';

const PLUGIN = 'route-scripts';

type StatsChunk = {id?: string | number | null; origins?: {request?: string}[]};
type Compilation = {getStats(): {toJson(options: object): {chunks?: StatsChunk[]}}};
type Compiler = {
  options: {plugins?: unknown[]};
  hooks: {afterEmit: {tap(name: string, fn: (compilation: Compilation) => void): void}};
};

/** Docusaurus' manifest writer is react-loadable-ssr-addon's plugin, in production client builds only. */
export function writesClientManifest(compiler: Compiler): boolean {
  return (compiler.options.plugins ?? []).some((p) => (p as object | null)?.constructor?.name === 'ReactLoadableSSRAddon');
}

export default function routeScriptsPlugin(context: {generatedFilesDir: string}): Plugin {
  // Docusaurus' client config writes it there (@docusaurus/core/lib/webpack/client.js).
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  return {
    name: PLUGIN,
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler: Compiler) {
              // The dev server renders in the browser and writes no manifest: nothing to fix there.
              if (!writesClientManifest(compiler)) return;
              compiler.hooks.afterEmit.tap(PLUGIN, (compilation) => {
                if (!fs.existsSync(manifestPath)) {
                  throw new Error(
                    `${PLUGIN}: ${manifestPath} was not written by the client compilation; ` +
                      'Docusaurus has changed where it keeps its client manifest (see config/plugins/route-scripts).',
                  );
                }
                const {chunks = []} = compilation.getStats().toJson({all: false, chunks: true, chunkOrigins: true, ids: true});
                const origins: ChunkOrigins[] = chunks
                  .filter((c): c is StatsChunk & {id: string | number} => c.id != null)
                  .map((c) => ({id: c.id, requests: (c.origins ?? []).map((o) => o.request ?? '')}));
                const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ClientManifest;
                fs.writeFileSync(manifestPath, JSON.stringify(withRequestOrigins(manifest, origins), null, 2));
              });
            },
          },
        ],
      };
    },
  };
}
