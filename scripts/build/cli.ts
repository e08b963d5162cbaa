/**
 * `npm run build [-- --split | --no-split] [--config F] [--out-dir D] [--no-minify]`
 *
 * Builds every locale into build/ (default locale) and build/<locale>/, each
 * locale in processes of its own, one after the other (see plan.ts). Large
 * sites are also split into bundle and SSG processes: by default when the
 * English docs have SPLIT_FROM_PAGES pages or more; --split and --no-split
 * decide it by hand.
 */
import {spawnSync} from 'node:child_process';
import {locales} from '../../config/locales';
import {listSourceFiles, siteDir} from '../lib/content';
import {planBuild} from './plan';

/**
 * From here on one `docusaurus build` process per locale passes ~2 GB of peak
 * memory (2.2 GB at 1,000 pages, 3.4 GB at 2,000, 8.1 GB at 4,000 per locale),
 * while splitting costs two more Node start-ups and site loads per locale,
 * which only pays off on large sites. Figures: README, "Keeping builds fast".
 */
export const SPLIT_FROM_PAGES = 1000;

export type BuildArgs = {split: boolean | 'auto'; passThrough: string[]};

export function parseBuildArgs(argv: string[]): BuildArgs {
  const args: BuildArgs = {split: 'auto', passThrough: []};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--split') args.split = true;
    else if (a === '--no-split') args.split = false;
    else if (a === '--no-minify') args.passThrough.push(a);
    else if (a === '--config' || a === '--out-dir') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      args.passThrough.push(a, v);
    } else {
      throw new Error(`unknown option ${a} (known: --split, --no-split, --config F, --out-dir D, --no-minify)`);
    }
  }
  return args;
}

export function shouldSplit(split: BuildArgs['split'], docsPages: number): boolean {
  return split === 'auto' ? docsPages >= SPLIT_FROM_PAGES : split;
}

function main(): number {
  let args: BuildArgs;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`npm run build: ${(err as Error).message}`);
    return 2;
  }
  const docsPages = listSourceFiles(siteDir).filter((f) => f.kind === 'page').length;
  const split = shouldSplit(args.split, docsPages);
  console.log(
    `[build] ${docsPages} docs pages per locale; ${split ? 'split into client bundle, server bundle and static pages' : 'one process'} per locale` +
      (args.split === 'auto' ? ` (split from ${SPLIT_FROM_PAGES} pages; --split / --no-split to choose)` : ''),
  );
  for (const step of planBuild({siteDir, locales, split, passThrough: args.passThrough})) {
    console.log(`\n[build] ${step.label}`);
    const result = spawnSync(step.command, step.args, {cwd: siteDir, stdio: 'inherit', env: {...process.env, ...step.env}});
    if (result.status !== 0) {
      console.error(`[build] ${step.label} failed (exit ${result.status ?? result.signal}); nothing after it was built.`);
      return result.status ?? 1;
    }
  }
  return 0;
}

if (require.main === module) process.exit(main());
