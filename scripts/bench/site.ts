/**
 * Temporary site copies for benchmarks. Unlike copySite()'s single node_modules
 * symlink, a bench copy gets a real node_modules folder whose entries link to
 * the shared install: Rspack's persistent cache (node_modules/.cache/rspack,
 * resolved from the site folder) then lives in the copy, so a "cold" build can
 * clear it without touching the shared install or other work trees' caches.
 */
import fs from 'node:fs';
import path from 'node:path';
import {copySite} from '../lib/site-copy';
import {siteDir} from '../lib/content';

export type Variant = {
  /** Name shown in tables. */
  name: string;
  /** Docusaurus Faster (Rspack, SWC, persistent cache, SSG worker threads). */
  faster: boolean;
  /** Sidebar shape for the synthetic corpus. */
  sidebar: 'nested' | 'flat';
  /**
   * Build with the site's own `npm run build` (scripts/build/cli.ts), which
   * decides by itself whether to split ('auto') or is told to ('split'), instead
   * of one `docusaurus build` for every locale.
   */
  siteBuild?: 'auto' | 'split';
};

export const BENCH_CONFIG = 'docusaurus.bench.config.ts';

export function copySiteForBench(prefix: string): string {
  const dir = copySite(prefix);
  const link = path.join(dir, 'node_modules');
  const shared = fs.realpathSync(path.join(siteDir, 'node_modules'));
  fs.unlinkSync(link);
  fs.mkdirSync(link);
  for (const entry of fs.readdirSync(shared)) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(shared, entry), path.join(link, entry));
  }
  return dir;
}

/** Where Docusaurus Faster keeps its caches in a site folder. */
export function cacheDirs(dir: string): string[] {
  return [path.join(dir, '.docusaurus'), path.join(dir, 'node_modules', '.cache')];
}

export function clearCaches(dir: string): void {
  for (const d of cacheDirs(dir)) fs.rmSync(d, {recursive: true, force: true});
  fs.rmSync(path.join(dir, 'build'), {recursive: true, force: true});
}

/**
 * Writes a config that wraps the site's own one, changing only what the
 * variant says (the site's config stays untouched, so "ours" is exactly it).
 */
export function writeVariantConfig(dir: string, variant: Variant): string {
  const file = path.join(dir, BENCH_CONFIG);
  fs.writeFileSync(
    file,
    [
      `import type {Config} from '@docusaurus/types';`,
      `import site from './docusaurus.config';`,
      `const faster = ${JSON.stringify(variant.faster)};`,
      `const config: Config = faster ? site : {...site, future: {...site.future, faster: false}};`,
      `export default config;`,
      '',
    ].join('\n'),
  );
  return file;
}

export function dirSize(dir: string, filter: (file: string) => boolean = () => true): {bytes: number; files: number} {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, {withFileTypes: true})) {
      const abs = path.join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (filter(abs)) {
        bytes += fs.statSync(abs).size;
        files += 1;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return {bytes, files};
}
