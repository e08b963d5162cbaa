/**
 * How a production build is split into processes, stated once for
 * scripts/build (which runs the steps) and docusaurus.config.ts (which must
 * configure Docusaurus Faster to match).
 *
 * Rspack's memory is held by the process until it exits: in one
 * `docusaurus build` process the client and server compilations peak together
 * and SSG then runs on top of them. Measured on the synthetic corpus
 * (`npm run bench:scale`), one locale of 4,000 pages peaked at 8.1 GB in one
 * process; as three processes (client bundle, server bundle, then SSG with
 * Docusaurus' own DOCUSAURUS_SKIP_BUNDLING) each stays near a third of that.
 * See the README, "Keeping builds fast".
 */
import type {DocusaurusConfig} from '@docusaurus/types';

/** Set by scripts/build when each locale is built as separate bundle and SSG processes. */
export const SPLIT_BUILD_ENV = 'DOCS_SPLIT_BUILD';

export function isSplitBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[SPLIT_BUILD_ENV] === 'true';
}

/**
 * Every Docusaurus Faster option on, except that a split build turns off the
 * MDX cross-compiler cache: it makes the server compilation wait for the
 * client compilation's MDX output, so a server bundle built in a process of
 * its own would wait forever (and a client built alone would keep every
 * page's output in memory for a server that never asks).
 */
export function fasterOptions(env: NodeJS.ProcessEnv = process.env): DocusaurusConfig['future']['faster'] {
  return {
    swcJsLoader: true,
    swcJsMinimizer: true,
    swcHtmlMinimizer: true,
    lightningCssMinimizer: true,
    mdxCrossCompilerCache: !isSplitBuild(env),
    rspackBundler: true,
    rspackPersistentCache: true,
    ssgWorkerThreads: true,
    gitEagerVcs: true,
  };
}
