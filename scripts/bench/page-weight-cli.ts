/**
 * `npm run bench:page [-- --check] [-- --suggest] [-- --json FILE]`: serves
 * the build with the compressing static server, loads the budgeted guide in
 * every locale (config/budgets.ts) in Chromium and prints what its first load
 * weighs. With --check, exits 1 when a page is over its budget; with
 * --suggest, also prints each locale's measurement plus 10 % in the form of
 * guideWeightBudgets, to fill in a new locale's line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {budgetedGuide, guideWeightBudgets, localeRoute} from '../../config/budgets';
import {locales} from '../../config/locales';
import {launchChromium} from '../lib/chromium';
import {siteDir} from '../lib/content';
import {startStaticServer} from '../serve/static-server';
import {checkBudget, formatPageWeight, measurePageWeight, suggestBudget, type BudgetViolation} from './page-weight';
import {runCli} from './run-cli';

const {values} = parseArgs({
  options: {
    check: {type: 'boolean', default: false},
    suggest: {type: 'boolean', default: false},
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
    for (const locale of locales) {
      const page = localeRoute(locale, budgetedGuide);
      const budget = guideWeightBudgets[locale];
      const weight = await measurePageWeight(browser, server.url, buildDir, page);
      results.push(weight);
      console.log(`${formatPageWeight(weight, budget)}\n`);
      violations.push(...checkBudget(weight, budget));
      if (values.suggest) {
        const figures = Object.entries(suggestBudget(weight)).map(([k, v]) => `${k}: ${v.toLocaleString('en').replace(/,/g, '_')}`);
        console.log(`suggested budget (measured + 10 %):\n  ${JSON.stringify(locale)}: {${figures.join(', ')}},\n`);
      }
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
