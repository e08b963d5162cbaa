/**
 * Docusaurus' routing rules, as far as links need them: docs are served from
 * routeBasePath '/' (docusaurus.config.ts) at their `slug`, or at their path
 * without extension; `index`/`README`/`<folder>/<folder>` collapse to the folder.
 * The `/es/` prefix is added by the build, so links never carry it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';

export function normalizeRoute(route: string): string {
  const collapsed = path.posix.normalize(`/${route}`).replace(/\/+$/, '');
  return collapsed === '' ? '/' : collapsed;
}

// Docusaurus' default number prefix parser: `01-intro.mdx` is served as `intro`.
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
const withoutNumberPrefixes = (p: string) => p.split('/').map((segment) => segment.replace(NUMBER_PREFIX, '')).join('/');

/** Route of a doc at `relativePath` inside its docs folder, given its front matter `slug`. */
export function docRoute(relativePath: string, slug?: string): string {
  relativePath = withoutNumberPrefixes(relativePath);
  const dir = path.posix.dirname(relativePath) === '.' ? '' : path.posix.dirname(relativePath);
  if (slug !== undefined) {
    return normalizeRoute(slug.startsWith('/') ? slug : path.posix.join(dir, slug));
  }
  const base = path.posix.basename(relativePath).replace(/\.mdx?$/, '');
  const collapses = /^(index|readme)$/i.test(base) || base === path.posix.basename(dir);
  return normalizeRoute(collapses ? dir : path.posix.join(dir, base));
}

/** Routes of src/pages, with the pages plugin's default exclusions. */
export function pageRoutes(root: string): Set<string> {
  const files = globSync('**/*.{js,jsx,ts,tsx,md,mdx}', {
    cwd: path.join(root, 'src', 'pages'),
    ignore: ['**/_*', '**/_*/**', '**/*.test.*', '**/__tests__/**'],
  });
  return new Set(
    files.map((file) => {
      const route = file.replace(/\.(js|jsx|ts|tsx|md|mdx)$/, '');
      return normalizeRoute(route === 'index' || route.endsWith('/index') ? route.slice(0, -'index'.length) : route);
    }),
  );
}

export function staticFileExists(root: string, route: string): boolean {
  if (route === '/') return false;
  const file = path.join(root, 'static', decodeURIComponent(route));
  return fs.existsSync(file) && fs.statSync(file).isFile();
}
