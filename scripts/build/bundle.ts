/**
 * One bundler compilation (client or server) of one locale, in this process
 * and nothing else: the first two steps of a split build (see plan.ts).
 *
 *   tsx scripts/build/bundle.ts --side client|server --locale es [--config F] [--out-dir D] [--no-minify]
 *
 * It does what `docusaurus build` does before SSG (load the site, create the
 * bundler config, let plugins configure it, compile), with Docusaurus' own
 * functions, but compiles one side only. The third step is a plain
 * `docusaurus build` with DOCUSAURUS_SKIP_BUNDLING=true, which renders the pages
 * from these bundles and runs postBuild and the broken-links check.
 *
 * Docusaurus does not export this step publicly, so the functions come from
 * @docusaurus/core's lib/ folder; package.json pins Docusaurus to an exact
 * version, and loadInternals() names what moved if an upgrade changes them.
 */
import path from 'node:path';
import {PerfLogger} from '@docusaurus/logger';
import {compile} from '@docusaurus/bundler';

export type Side = 'client' | 'server';

export type BundleArgs = {side: Side; locale: string; config?: string; outDir?: string; minify: boolean};

export function parseBundleArgs(argv: string[]): BundleArgs {
  const args: Partial<BundleArgs> = {minify: true};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--side') {
      const side = value();
      if (side !== 'client' && side !== 'server') throw new Error(`--side is client or server, not "${side}"`);
      args.side = side;
    } else if (a === '--locale') args.locale = value();
    else if (a === '--config') args.config = value();
    else if (a === '--out-dir') args.outDir = value();
    else if (a === '--no-minify') args.minify = false;
    else throw new Error(`unknown option ${a}`);
  }
  if (!args.side) throw new Error('--side client|server is required');
  if (!args.locale) throw new Error('--locale is required');
  return args as BundleArgs;
}

const INTERNALS = {
  site: '@docusaurus/core/lib/server/site',
  client: '@docusaurus/core/lib/webpack/client',
  server: '@docusaurus/core/lib/webpack/server',
  configure: '@docusaurus/core/lib/webpack/configure',
  clearPath: '@docusaurus/core/lib/commands/utils/clearPath',
};

function loadInternals() {
  const load = (id: string) => {
    try {
      return require(id);
    } catch (err) {
      throw new Error(
        `scripts/build/bundle.ts needs ${id}, which this Docusaurus version does not have ` +
          `(${(err as Error).message.split('\n')[0]}). Build without splitting (npm run build -- --no-split) ` +
          `and update scripts/build/bundle.ts to the new Docusaurus internals.`,
      );
    }
  };
  const need = <T>(mod: Record<string, unknown>, name: string, id: string): T => {
    if (typeof mod[name] !== 'function') throw new Error(`${id} no longer exports ${name}; update scripts/build/bundle.ts.`);
    return mod[name] as T;
  };
  const site = load(INTERNALS.site);
  const client = load(INTERNALS.client);
  const server = load(INTERNALS.server);
  const configure = load(INTERNALS.configure);
  const clearPath = load(INTERNALS.clearPath);
  /* eslint-disable @typescript-eslint/no-explicit-any */
  return {
    loadSite: need<(o: any) => Promise<{props: any}>>(site, 'loadSite', INTERNALS.site),
    createBuildClientConfig: need<(o: any) => Promise<{config: any}>>(client, 'createBuildClientConfig', INTERNALS.client),
    createServerConfig: need<(o: any) => Promise<{config: any}>>(server, 'default', INTERNALS.server),
    createConfigureWebpackUtils: need<(o: any) => Promise<any>>(configure, 'createConfigureWebpackUtils', INTERNALS.configure),
    executePluginsConfigureWebpack: need<(o: any) => any>(configure, 'executePluginsConfigureWebpack', INTERNALS.configure),
    clearPath: need<(p: string) => Promise<void>>(clearPath, 'default', INTERNALS.clearPath),
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

export async function bundle(args: BundleArgs, siteDir = process.cwd()): Promise<void> {
  // As `docusaurus build` sets them before loading anything.
  process.env.BABEL_ENV = 'production';
  process.env.NODE_ENV = 'production';
  process.env.DOCUSAURUS_CURRENT_LOCALE = args.locale;
  const internals = loadInternals();

  const {props} = await PerfLogger.async('Load site', () =>
    internals.loadSite({
      siteDir: path.resolve(siteDir),
      outDir: args.outDir,
      config: args.config,
      locale: args.locale,
      // What `docusaurus build --locale X` passes: one locale on the command line.
      automaticBaseUrlLocalizationDisabled: true,
    }),
  );
  const configureWebpackUtils = await internals.createConfigureWebpackUtils({siteConfig: props.siteConfig});
  const isServer = args.side === 'server';
  const {config: base} = isServer
    ? await internals.createServerConfig({props, configureWebpackUtils})
    : await internals.createBuildClientConfig({
        props,
        minify: args.minify,
        faster: props.siteConfig.future.faster,
        configureWebpackUtils,
        bundleAnalyzer: false,
      });
  const config = internals.executePluginsConfigureWebpack({plugins: props.plugins, config: base, isServer, configureWebpackUtils});

  // The client step comes first and empties the output folder, as `docusaurus build` does before bundling.
  if (!isServer) await internals.clearPath(props.outDir);

  await PerfLogger.async(`Bundling with ${props.currentBundler.name} (${args.side})`, () =>
    compile({configs: [config], currentBundler: configureWebpackUtils.currentBundler}),
  );
}

if (require.main === module) {
  let args: BundleArgs;
  try {
    args = parseBundleArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`scripts/build/bundle.ts: ${(err as Error).message}`);
    process.exit(2);
  }
  bundle(args).catch((err: Error) => {
    console.error(`[build] ${args.side} bundle for locale ${args.locale} failed: ${err.message}`);
    process.exit(1);
  });
}
