/**
 * `npm run bench:lighthouse [-- --check] [-- --runs N]`: Lighthouse (mobile
 * preset) on the home page and the App Router quick-start in both languages,
 * served by the compressing static server. Each page runs until it meets the
 * targets in config/budgets.ts or has run N times (default 3); every run is
 * printed, and the table shows each page's best scores. With --check, exits 1
 * when a page misses a target.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {lighthousePages, lighthouseTargets} from '../../config/budgets';
import {siteDir} from '../lib/content';
import {startStaticServer} from '../serve/static-server';
import {bestScores, categories, meetsTargets, startLighthouse, type AuditRun} from './lighthouse';

const {values} = parseArgs({
  options: {
    check: {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    dir: {type: 'string', default: 'build'},
    verbose: {type: 'boolean', default: false},
  },
});

const ms = (n: number) => `${Math.round(n)} ms`;

async function main(): Promise<number> {
  const server = await startStaticServer({root: path.resolve(siteDir, values.dir!)});
  const lh = await startLighthouse();
  const table: {page: string; runs: number; scores: Record<string, number>; ok: boolean}[] = [];
  try {
    for (const page of lighthousePages) {
      const runs: AuditRun[] = [];
      for (let i = 1; i <= Number(values.runs); i++) {
        const run = await lh.audit(`${server.url}${page}`);
        runs.push(run);
        const {fcp, lcp, tbt, cls, si} = run.metrics;
        console.log(
          `${page} run ${i}: ${categories.map((c) => `${c} ${run.scores[c]}`).join(', ')}` +
            ` | FCP ${ms(fcp)}, LCP ${ms(lcp)}, TBT ${ms(tbt)}, CLS ${cls.toFixed(3)}, SI ${ms(si)}`,
        );
        if (values.verbose || !meetsTargets(run.scores)) {
          for (const finding of run.findings) console.log(`    ${finding}`);
        }
        if (meetsTargets(run.scores)) break;
      }
      const scores = bestScores(runs);
      table.push({page, runs: runs.length, scores, ok: meetsTargets(scores)});
    }
  } finally {
    await lh.close();
    await server.close();
  }

  const header = ['page', 'runs', ...categories, 'result'];
  const rows = [
    header,
    ['target', '', ...categories.map((c) => `≥ ${lighthouseTargets[c]}`), ''],
    ...table.map((r) => [r.page, String(r.runs), ...categories.map((c) => String(r.scores[c])), r.ok ? 'ok' : 'MISSED']),
  ];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\nLighthouse, mobile preset, best of the runs above:`);
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));

  const allOk = table.every((r) => r.ok);
  if (values.check) {
    console.log(allOk ? 'lighthouse: every page meets its targets' : 'lighthouse: targets missed');
    return allOk ? 0 : 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
