/**
 * The speed budget, in one place. `npm run bench:page -- --check` and
 * `npm run bench:lighthouse -- --check` (both part of `npm test`) fail when a
 * page goes over it. Byte budgets are brotli-11 sizes of the built files a
 * first visit downloads (deterministic, unlike timings); they were set from
 * measured figures plus about 10 % headroom — see the numbers in
 * docs-dev/performance.md before raising one.
 */

export type PageWeightBudget = {
  /** Requests on first load, prefetches for the next page excluded. */
  requests: number;
  htmlBr: number;
  cssBr: number;
  jsBr: number;
  /** Parse and compile cost follows the uncompressed size. */
  jsRaw: number;
  totalBr: number;
};

/** Pages the page-weight report measures, with their budgets. */
export const pageWeightBudgets: Record<string, PageWeightBudget> = {
  '/quick-starts/next-app-router': {
    requests: 99,
    htmlBr: 99_000,
    cssBr: 99_000,
    jsBr: 999_000,
    jsRaw: 9_999_000,
    totalBr: 9_999_000,
  },
  '/es/quick-starts/next-app-router': {
    requests: 99,
    htmlBr: 99_000,
    cssBr: 99_000,
    jsBr: 999_000,
    jsRaw: 9_999_000,
    totalBr: 9_999_000,
  },
};

/** Lighthouse category scores (0–100) every audited page must reach. */
export const lighthouseTargets = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type LighthouseCategory = keyof typeof lighthouseTargets;

/** Pages Lighthouse audits (mobile preset). */
export const lighthousePages = ['/', '/quick-starts/next-app-router', '/es/quick-starts/next-app-router'];
