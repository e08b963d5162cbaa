/**
 * npm run bench:scale -- --pages 250,1000,4000 [--no-stock] [--variants ours,stock,faster-flat] [--seed 42] [--json file] [--keep]
 *
 * For each size, generates a synthetic corpus of that many pages in EACH
 * locale (scripts/bench/corpus.ts) in a temporary copy of the site, builds it
 * cold (no .docusaurus, no Rspack cache) for each variant, and prints one
 * table: wall time, CPU time, time per built page, peak memory, HTML output,
 * and our time as a ratio of the stock settings on the same corpus.
 * `npm run check` is timed on the corpus too when the site has that script.
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales} from '../../config/locales';
import {removeSite} from '../lib/site-copy';
import {generateCorpus, writeCorpus} from './corpus';
import {runMeasured, type Measurement} from './measure';
import {reportOutput, type OutputReport} from './report';
import {BENCH_CONFIG, clearCaches, copySiteForBench, writeVariantConfig, type Variant} from './site';
import {formatBytes, formatMs, formatRatio, formatSeconds, renderTable} from './table';

export const VARIANTS: Record<string, Variant> = {
  // This repository: Faster on, nested sidebar, `npm run build` (processes per locale, split from 1,000 pages).
  ours: {name: 'ours', faster: true, sidebar: 'nested', siteBuild: 'auto'},
  stock: {name: 'stock', faster: false, sidebar: 'flat'},
  // Diagnostics: one lever at a time.
  'ours-split': {name: 'ours-split', faster: true, sidebar: 'nested', siteBuild: 'split'},
  'ours-1proc': {name: 'ours-1proc', faster: true, sidebar: 'nested'},
  'faster-flat': {name: 'faster-flat', faster: true, sidebar: 'flat'},
};

export type ScaleResult = {
  pages: number;
  variant: string;
  build: Measurement;
  /** Seconds per build phase, summed over locales, from DOCUSAURUS_PERF_LOGGER. */
  phases: Record<string, number>;
  output: OutputReport;
  check: Measurement | null;
};

type Args = {pages: number[]; variants: string[]; seed: number; json?: string; keep: boolean; echo: boolean; fromJson?: string[]};

export function parseArgs(argv: string[]): Args {
  const args: Args = {pages: [250, 1000, 4000], variants: ['ours', 'stock'], seed: 42, keep: false, echo: false};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--pages') args.pages = value().split(',').map((s) => Number(s.trim()));
    else if (a === '--no-stock') args.variants = args.variants.filter((v) => v !== 'stock');
    else if (a === '--variants') args.variants = value().split(',');
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--json') args.json = value();
    else if (a === '--keep') args.keep = true;
    else if (a === '--from-json') args.fromJson = value().split(',');
    else if (a === '--echo') args.echo = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.pages.some((p) => !Number.isInteger(p) || p < 1)) throw new Error('--pages takes positive integers: 250,1000');
  for (const v of args.variants) if (!VARIANTS[v]) throw new Error(`unknown variant ${v}; known: ${Object.keys(VARIANTS).join(', ')}`);
  return args;
}

const PERF_ENV = {DOCUSAURUS_PERF_LOGGER: 'true'};
export const PHASES = ['Load site', 'Bundling', 'SSG', 'Broken links checker'];

/**
 * Sums the top phases of each locale from PerfLogger lines such as
 * `[PERF] Build > en > SSG - 12.34 seconds! - (Heap …)`.
 */
export function parsePhases(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const m = /\[PERF\] (?:Build > )?(?:[a-z]{2}(?:-[A-Za-z]+)? > )?(.+?) - ([\d.]+) (seconds!|ms)/.exec(line);
    if (!m) continue;
    const label = m[1]!.startsWith('Bundling with') ? 'Bundling' : m[1]!;
    if (!PHASES.includes(label)) continue;
    phases[label] = (phases[label] ?? 0) + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1);
  }
  return phases;
}

const bin = (dir: string) => path.join(dir, 'node_modules', '.bin', 'docusaurus');

/** Builds every locale: one `docusaurus build`, or the site's own build script (its processes measured as one tree). */
async function buildVariant(dir: string, variant: Variant, echo: boolean): Promise<Measurement> {
  if (!variant.siteBuild) {
    return runMeasured(bin(dir), ['build', '--config', BENCH_CONFIG, '--out-dir', 'build'], {cwd: dir, echo, env: PERF_ENV});
  }
  const script = path.join(dir, 'scripts', 'build', 'cli.ts');
  const split = variant.siteBuild === 'split' ? ['--split'] : [];
  return runMeasured(path.join(dir, 'node_modules', '.bin', 'tsx'), [script, ...split, '--config', BENCH_CONFIG, '--out-dir', 'build'], {
    cwd: dir,
    echo,
    env: PERF_ENV,
  });
}

export async function runScale(pages: number, variantName: string, seed: number, opts: {keep: boolean; echo: boolean}): Promise<ScaleResult> {
  const variant = VARIANTS[variantName]!;
  const dir = copySiteForBench(`bench-scale-${pages}-${variantName}-`);
  try {
    writeCorpus(dir, generateCorpus({pages, seed}), variant.sidebar);
    writeVariantConfig(dir, variant);
    clearCaches(dir);
    const build = await buildVariant(dir, variant, opts.echo);
    if (build.exitCode !== 0) {
      throw new Error(`build failed for ${pages} pages (${variantName}) in ${dir}:\n${build.output.slice(-4000)}`);
    }
    const output = reportOutput(path.join(dir, 'build'));
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const check = pkg.scripts?.check ? await runMeasured('npm', ['run', 'check'], {cwd: dir}) : null;
    return {pages, variant: variantName, build, phases: parsePhases(build.output), output, check};
  } finally {
    if (opts.keep) console.error(`kept ${dir}`);
    else removeSite(dir);
  }
}

/** Built pages per locale: corpus pages plus the site's own pages, counted from the HTML. */
export function rowsFor(results: ScaleResult[]): string[][] {
  const stockFor = (pages: number) => results.find((r) => r.pages === pages && r.variant === 'stock');
  return results.map((r) => {
    const builtPages = r.pages * locales.length;
    const stock = r.variant === 'stock' ? undefined : stockFor(r.pages);
    return [
      String(r.pages),
      r.variant,
      formatSeconds(r.build.wallMs),
      formatSeconds(r.build.cpuMs),
      formatMs(r.build.wallMs / builtPages),
      formatMs(r.build.cpuMs === null ? null : r.build.cpuMs / builtPages),
      formatBytes(r.build.peakRssBytes),
      formatBytes(r.output.htmlBytes),
      formatBytes(r.output.htmlBytes / r.output.htmlFiles),
      r.output.largestJs ? formatBytes(r.output.largestJs.bytes) : '–',
      stock ? formatRatio(r.build.wallMs, stock.build.wallMs) : '',
      stock ? formatRatio(r.build.cpuMs, stock.build.cpuMs) : '',
      r.check ? formatSeconds(r.check.wallMs) : 'n/a',
    ];
  });
}

export function phaseRows(results: ScaleResult[]): string[][] {
  return results.map((r) => [String(r.pages), r.variant, ...PHASES.map((p) => (r.phases[p] === undefined ? '–' : r.phases[p]!.toFixed(1)))]);
}

export const SCALE_COLUMNS = [
  {header: 'pages/locale'},
  {header: 'settings'},
  {header: 'wall', align: 'right' as const},
  {header: 'CPU', align: 'right' as const},
  {header: 'wall/page', align: 'right' as const},
  {header: 'CPU/page', align: 'right' as const},
  {header: 'peak RSS', align: 'right' as const},
  {header: 'HTML total', align: 'right' as const},
  {header: 'HTML/page', align: 'right' as const},
  {header: 'largest JS', align: 'right' as const},
  {header: 'wall vs stock', align: 'right' as const},
  {header: 'CPU vs stock', align: 'right' as const},
  {header: 'npm run check', align: 'right' as const},
];

function printTables(results: ScaleResult[]): void {
  console.log(renderTable(SCALE_COLUMNS, rowsFor(results)));
  console.log('\nWhere the time went (seconds, all locales summed, from DOCUSAURUS_PERF_LOGGER):\n');
  console.log(renderTable([{header: 'pages/locale'}, {header: 'settings'}, ...PHASES.map((h) => ({header: h, align: 'right' as const}))], phaseRows(results)));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.fromJson) {
    // Reprints tables from --json files of earlier runs (e.g. two runs made side by side).
    const results: ScaleResult[] = args.fromJson.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
    results.sort((a, b) => a.pages - b.pages || Object.keys(VARIANTS).indexOf(a.variant) - Object.keys(VARIANTS).indexOf(b.variant));
    printTables(results);
    return;
  }
  console.log(
    `bench:scale: ${args.pages.join(', ')} pages per locale × ${locales.length} locales; settings: ${args.variants.join(', ')}; seed ${args.seed}; cold builds (no .docusaurus, no Rspack cache)`,
  );
  const results: ScaleResult[] = [];
  for (const pages of args.pages) {
    for (const variant of args.variants) {
      console.log(`… ${pages} pages, ${variant}`);
      const r = await runScale(pages, variant, args.seed, args);
      results.push(r);
      const [row] = rowsFor([r, ...results.filter((x) => x.variant === 'stock' && x.pages === pages)]);
      console.log(`  ${row!.slice(2, 10).join(' · ')}`);
      if (args.json) fs.writeFileSync(`${args.json}.${pages}-${variant}.log`, r.build.output);
      if (args.json) fs.writeFileSync(args.json, JSON.stringify(results.map(({build, ...rest}) => ({...rest, build: {...build, output: undefined}})), null, 2));
    }
  }
  console.log('');
  printTables(results);
  console.log(
    '\nwall/page and CPU/page = wall or CPU (user+sys of the process tree) time ÷ (pages × locales). ours = this repository\'s docusaurus.config.ts, nested collapsed sidebar categories, `npm run build` (processes per locale, split into bundle and SSG processes from 1,000 pages; ours-split: always split; ours-1proc: every locale in one `docusaurus build`);' +
      ' stock = Docusaurus Faster off and every page in one sidebar category. One measurement per cell on a shared 2-core machine.',
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
