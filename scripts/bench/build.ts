/**
 * npm run bench:build [-- --runs 5]   (default 3 runs)
 *
 * Builds the real site (every locale, with the site's own `npm run build`) in a
 * temporary copy: cold (no .docusaurus, no node_modules/.cache — where Docusaurus
 * Faster's Rspack persistent cache lives), warm (nothing changed), and warm with
 * one fragment changed; then times `npm run check` when the site has it, cold
 * (its cache went with the cold build's) and warm. `npm run bench:check` times
 * the check alone, with more runs.
 * Prints wall time, CPU time (user+sys of the process tree) and peak memory,
 * as the median of --runs runs (3 unless told), and the wall time of each run.
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales} from '../../config/locales';
import {removeSite} from '../lib/site-copy';
import {hasGnuTime, median, runMeasured, type Measurement} from './measure';
import {clearCaches, copySiteForBench} from './site';
import {formatBytes, formatSeconds, renderTable} from './table';

const CHANGED_FRAGMENT = 'fragments/next/_installation.mdx';

type Step = {name: string; prepare: (dir: string, run: number) => void; cmd: string[]};

export const STEPS: Step[] = [
  {name: 'build, cold', prepare: (dir) => clearCaches(dir), cmd: ['npm', 'run', 'build']},
  {name: 'build, warm (nothing changed)', prepare: () => {}, cmd: ['npm', 'run', 'build']},
  {
    name: 'build, warm (one fragment changed)',
    prepare: (dir, run) => {
      fs.appendFileSync(path.join(dir, CHANGED_FRAGMENT), `\nEdited for benchmark run ${run + 1}.\n`);
    },
    cmd: ['npm', 'run', 'build'],
  },
];

function parseRuns(argv: string[]): number {
  const i = argv.indexOf('--runs');
  const runs = i >= 0 ? Number(argv[i + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
  return runs;
}

function summarize(name: string, ms: Measurement[]): string[] {
  const cpus = ms.map((m) => m.cpuMs).filter((v): v is number => v !== null);
  return [
    name,
    formatSeconds(median(ms.map((m) => m.wallMs))),
    cpus.length ? formatSeconds(median(cpus)) : '–',
    formatBytes(median(ms.map((m) => m.peakRssBytes))),
    ms.map((m) => (m.wallMs / 1000).toFixed(1)).join(' / '),
  ];
}

async function main() {
  const runs = parseRuns(process.argv.slice(2));
  if (!hasGnuTime()) {
    console.log('note: /usr/bin/time is missing (install it with `apt-get install -y time`); CPU time comes from /proc sampling instead.');
  }
  const dir = copySiteForBench('bench-build-');
  const hasCheck = Boolean(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts?.check);
  const results = new Map<string, Measurement[]>();
  const record = (name: string, m: Measurement) => {
    if (m.exitCode !== 0) throw new Error(`${name} failed (exit ${m.exitCode}) in ${dir}:\n${m.output.slice(-4000)}`);
    results.set(name, [...(results.get(name) ?? []), m]);
    console.log(`  ${name}: ${formatSeconds(m.wallMs)} wall, ${formatSeconds(m.cpuMs)} CPU, ${formatBytes(m.peakRssBytes)} peak`);
  };
  try {
    console.log(`bench:build: the real site, ${locales.length} locales (${locales.join(', ')}), in ${dir}; ${runs} run(s) per step`);
    for (let run = 0; run < runs; run += 1) {
      for (const step of STEPS) {
        step.prepare(dir, run);
        const [cmd, ...args] = step.cmd;
        record(step.name, await runMeasured(cmd!, args, {cwd: dir}));
      }
      if (hasCheck) {
        // The cold build cleared node_modules/.cache, the check's cache with it; the second run finds it filled.
        record('npm run check, cold', await runMeasured('npm', ['run', 'check'], {cwd: dir}));
        record('npm run check, warm', await runMeasured('npm', ['run', 'check'], {cwd: dir}));
      }
    }
  } finally {
    removeSite(dir);
  }
  console.log('');
  console.log(
    renderTable(
      [
        {header: 'step'},
        {header: 'wall (median)', align: 'right'},
        {header: 'CPU (median)', align: 'right'},
        {header: 'peak RSS (median)', align: 'right'},
        {header: 'wall of each run (s)'},
      ],
      [...results].map(([name, ms]) => summarize(name, ms)),
    ),
  );
  if (!hasCheck) console.log('\ncheck: not available (package.json has no "check" script)');
  console.log('\nCPU = user+sys of the whole process tree; peak RSS = largest sum of RSS over the tree (sampled every 100 ms).');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
