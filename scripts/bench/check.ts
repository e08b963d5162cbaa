/**
 * npm run bench:check [-- --runs 5 --cold-runs 3 --pages 0,50,200]
 *
 * Times `npm run check` in a temporary copy of the site (its own
 * node_modules/.cache, see site.ts), as a reader of CONTRIBUTING.md runs it:
 *
 * - cold: no node_modules/.cache/docs-check (compile, code-token and spelling
 *   results, converted dictionaries), as on a fresh clone or a CI runner
 *   without that cache;
 * - warm: the run after a run, nothing changed.
 *
 * `--pages 0` is the real site; `--pages N` adds the synthetic corpus of
 * scale.ts (N pages in each locale) to show that the check stays linear in the
 * number of files. One unmeasured run first fills tsx's transpile cache for
 * the copy's paths (not the check's cache), as any earlier command would.
 * The load average is printed before and after each size: the machine is
 * shared, and medians only mean something next to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {removeSite} from '../lib/site-copy';
import {generateCorpus, writeCorpus} from './corpus';
import {median, runMeasured, type Measurement} from './measure';
import {runCli} from './run-cli';
import {copySiteForBench} from './site';
import {formatSeconds, renderTable} from './table';

type Args = {runs: number; coldRuns: number; pages: number[]};

export function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (flag: string, fallback: number) => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer`);
    return n;
  };
  const pages = (value('--pages') ?? '0').split(',').map(Number);
  if (pages.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('--pages takes sizes such as 0,50,200 (0 = the real site)');
  return {runs: count('--runs', 5), coldRuns: count('--cold-runs', 3), pages};
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

type SizeResult = {pages: number; files: string; cold: Measurement[]; warm: Measurement[]; loadBefore: string; loadAfter: string};

async function benchSize(pages: number, args: Args): Promise<SizeResult> {
  const dir = copySiteForBench(`bench-check-${pages}-`);
  const cache = path.join(dir, 'node_modules', '.cache', 'docs-check');
  const check = async () => {
    const m = await runMeasured('npm', ['run', 'check'], {cwd: dir});
    // Exit 1 (content problems) is still a timed check; 2 means it could not run.
    if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(`npm run check exited ${m.exitCode} in ${dir}:\n${m.output.slice(-4000)}`);
    return m;
  };
  try {
    if (pages > 0) writeCorpus(dir, generateCorpus({pages}), 'nested');
    const loadBefore = load();
    const first = await check();
    const files = /(\d+) files? checked|in (\d+) files/.exec(first.output);
    const cold: Measurement[] = [];
    const warm: Measurement[] = [];
    for (let run = 0; run < args.coldRuns; run += 1) {
      fs.rmSync(cache, {recursive: true, force: true});
      cold.push(await check());
      process.stderr.write(`  ${pages || 'site'}: cold ${formatSeconds(cold.at(-1)!.wallMs)}\n`);
    }
    for (let run = 0; run < args.runs; run += 1) {
      warm.push(await check());
      process.stderr.write(`  ${pages || 'site'}: warm ${formatSeconds(warm.at(-1)!.wallMs)}\n`);
    }
    return {pages, files: files ? (files[1] ?? `${files[2]} with problems`) : '?', cold, warm, loadBefore, loadAfter: load()};
  } finally {
    removeSite(dir);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const runsOf = (ms: Measurement[]) => ms.map((m) => (m.wallMs / 1000).toFixed(2)).join(' / ');
const cpuOf = (ms: Measurement[]) => {
  const cpus = ms.map((m) => m.cpuMs).filter((v): v is number => v !== null);
  return cpus.length > 0 ? seconds(median(cpus)) : '–';
};

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`bench:check: npm run check, ${args.coldRuns} cold and ${args.runs} warm run(s) per size, ${os.cpus().length} CPUs`);
  const results: SizeResult[] = [];
  for (const pages of args.pages) results.push(await benchSize(pages, args));
  console.log('');
  console.log(
    renderTable(
      [
        {header: 'site'},
        {header: 'files'},
        {header: 'cold wall (median)', align: 'right'},
        {header: 'cold CPU', align: 'right'},
        {header: 'warm wall (median)', align: 'right'},
        {header: 'warm CPU', align: 'right'},
        {header: 'cold runs (s)'},
        {header: 'warm runs (s)'},
        {header: 'load avg before → after'},
      ],
      results.map((r) => [
        r.pages === 0 ? 'real site' : `+${r.pages} pages/locale`,
        r.files,
        seconds(median(r.cold.map((m) => m.wallMs))),
        cpuOf(r.cold),
        seconds(median(r.warm.map((m) => m.wallMs))),
        cpuOf(r.warm),
        runsOf(r.cold),
        runsOf(r.warm),
        `${r.loadBefore} → ${r.loadAfter}`,
      ]),
    ),
  );
  console.log('\ncold = no node_modules/.cache/docs-check; warm = nothing changed since the previous run. CPU = user+sys of the process tree.');
  return 0;
}

if (require.main === module) runCli(main);
