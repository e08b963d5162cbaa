/**
 * The page-weight report: for each page, what its first load downloads
 * (observed in Chromium) with each file's raw, gzip and brotli size taken from
 * the build, summed by kind, and the comparison against config/budgets.ts.
 */
import fs from 'node:fs';
import type {Browser} from 'playwright-core';
import {compressedSizes, buildFileFor, type FileSizes} from './compressed-size';
import {recordFirstLoad, type LoadedResource, type ResourceKind} from './first-load';
import type {PageWeightBudget} from '../../config/budgets';

export type KindTotals = FileSizes & {files: number; wire: number};

export type PageWeight = {
  page: string;
  requests: number;
  prefetches: number;
  byKind: Partial<Record<ResourceKind, KindTotals>>;
  total: KindTotals;
  resources: (LoadedResource & {build: FileSizes | null})[];
};

const zero = (): KindTotals => ({files: 0, raw: 0, gzip: 0, br: 0, wire: 0});

export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  buildDir: string,
  page: string,
): Promise<PageWeight> {
  const loaded = await recordFirstLoad(browser, `${baseUrl}${page}`);
  const resources = loaded.map((r) => {
    const file = buildFileFor(buildDir, r.path);
    return {...r, build: file ? compressedSizes(fs.readFileSync(file)) : null};
  });
  const firstLoad = resources.filter((r) => !r.prefetch);
  const byKind: PageWeight['byKind'] = {};
  const total = zero();
  for (const r of firstLoad) {
    const sizes = r.build ?? {raw: r.rawBytes, gzip: r.wireBytes, br: r.wireBytes};
    for (const bucket of [(byKind[r.kind] ??= zero()), total]) {
      bucket.files += 1;
      bucket.raw += sizes.raw;
      bucket.gzip += sizes.gzip;
      bucket.br += sizes.br;
      bucket.wire += r.wireBytes;
    }
  }
  return {page, requests: firstLoad.length, prefetches: resources.length - firstLoad.length, byKind, total, resources};
}

export type BudgetViolation = {page: string; metric: string; actual: number; budget: number};

/** Every budgeted figure that is over its budget. */
export function checkBudget(weight: PageWeight, budget: PageWeightBudget): BudgetViolation[] {
  const figures: Record<string, number> = {
    'requests': weight.requests,
    'html br bytes': weight.byKind.html?.br ?? 0,
    'css br bytes': weight.byKind.css?.br ?? 0,
    'js br bytes': weight.byKind.js?.br ?? 0,
    'js raw bytes': weight.byKind.js?.raw ?? 0,
    'total br bytes': weight.total.br,
  };
  const limits: Record<string, number> = {
    'requests': budget.requests,
    'html br bytes': budget.htmlBr,
    'css br bytes': budget.cssBr,
    'js br bytes': budget.jsBr,
    'js raw bytes': budget.jsRaw,
    'total br bytes': budget.totalBr,
  };
  return Object.entries(limits)
    .filter(([metric, limit]) => figures[metric]! > limit)
    .map(([metric, limit]) => ({page: weight.page, metric, actual: figures[metric]!, budget: limit}));
}

/**
 * A budget for a page from its measurement: each byte figure plus `headroom`
 * (10 % by default, as config/budgets.ts sets them), rounded up to 100 B; the
 * request count as measured (a new request should be a decision).
 */
export function suggestBudget(weight: PageWeight, headroom = 0.1): PageWeightBudget {
  const up = (n: number) => Math.ceil((n * (1 + headroom)) / 100) * 100;
  return {
    requests: weight.requests,
    htmlBr: up(weight.byKind.html?.br ?? 0),
    cssBr: up(weight.byKind.css?.br ?? 0),
    jsBr: up(weight.byKind.js?.br ?? 0),
    jsRaw: up(weight.byKind.js?.raw ?? 0),
    totalBr: up(weight.total.br),
  };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function formatPageWeight(weight: PageWeight, budget?: PageWeightBudget): string {
  const rows = [['kind', 'files', 'raw', 'gzip -9', 'brotli 11', 'on the wire']];
  for (const kind of ['html', 'css', 'js', 'image', 'font', 'other'] as const) {
    const t = weight.byKind[kind];
    if (t) rows.push([kind, String(t.files), kB(t.raw), kB(t.gzip), kB(t.br), kB(t.wire)]);
  }
  const t = weight.total;
  rows.push(['total', String(t.files), kB(t.raw), kB(t.gzip), kB(t.br), kB(t.wire)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const lines = [
    `${weight.page}: ${weight.requests} requests on first load (+${weight.prefetches} prefetches for the next page, not counted)`,
    ...table,
  ];
  if (budget) {
    lines.push(
      `budget: ${budget.requests} requests, html ${kB(budget.htmlBr)} br, css ${kB(budget.cssBr)} br, ` +
        `js ${kB(budget.jsBr)} br / ${kB(budget.jsRaw)} raw, total ${kB(budget.totalBr)} br`,
    );
  }
  return lines.join('\n');
}
