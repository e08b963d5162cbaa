/**
 * Offline search: after each locale is built, Pagefind indexes that locale's
 * doc pages into `<outDir>/pagefind/` (`/pagefind/` for English,
 * `/es/pagefind/` for Spanish). The search box (src/theme/SearchBar) loads
 * that bundle only when a reader starts searching. Why Pagefind:
 * docs-dev/search-engine-choice.md.
 *
 * The indexing runs in a child process (scripts/search/pagefind-index.ts):
 * pagefind is an ES module for `import` only, and Docusaurus evaluates this
 * config in a sandbox where neither require() nor import() can load it.
 */
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function pagefindPlugin(context: LoadContext): Plugin {
  const script = path.join(context.siteDir, 'scripts', 'search', 'pagefind-index.ts');
  return {
    name: 'pagefind',
    async postBuild({outDir}) {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', script, '--out-dir', outDir, '--base-url', context.baseUrl, '--locale', context.i18n.currentLocale],
        {cwd: context.siteDir, stdio: 'inherit'},
      );
      if (result.status !== 0) {
        throw new Error(`Pagefind indexing failed for locale ${context.i18n.currentLocale} (exit ${result.status})`);
      }
    },
  };
}
