/**
 * `npm run bench:page [-- --check] [-- --json FILE]`: serves the build with
 * the compressing static server, loads each budgeted page in Chromium and
 * prints what its first load weighs. With --check, exits 1 when a page is
 * over its budget in config/budgets.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {pageWeightBudgets} from '../../config/budgets';
import {launchChromium} from '../lib/chromium';
import {siteDir} from '../lib/content';
import {startStaticServer} from '../serve/static-server';
import {checkBudget, formatPageWeight, measurePageWeight, type BudgetViolation} from './page-weight';
import {runCli} from './run-cli';

const {values} = parseArgs({
  options: {
    check: {type: 'boolean', default: false},
    json: {type: 'string'},
    dir: {type: 'string', default: 'build'},
  },
});

async function main(): Promise<number> {
  const buildDir = path.resolve(siteDir, values.dir!);
  const server = await startStaticServer({root: buildDir});
  const browser = await launchChromium();
  const violations: BudgetViolation[] = [];
  const results = [];
  try {
    for (const [page, budget] of Object.entries(pageWeightBudgets)) {
      const weight = await measurePageWeight(browser, server.url, buildDir, page);
      results.push(weight);
      console.log(`${formatPageWeight(weight, budget)}\n`);
      violations.push(...checkBudget(weight, budget));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2));
  for (const v of violations) {
    console.error(`over budget: ${v.page} ${v.metric} = ${v.actual} (budget ${v.budget})`);
  }
  if (values.check) {
    console.log(violations.length === 0 ? 'page weight: every page within budget' : 'page weight: over budget');
    return violations.length === 0 ? 0 : 1;
  }
  return 0;
}

runCli(main);
