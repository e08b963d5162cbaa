/**
 * npm run test:guides [-- --locale es] [--next 15,16] [--guide next-app-router] [--stage api-resources] [--root <dir>]
 *
 * Builds the app a reader has at each stage of each guide, runs it on Next.js
 * 15 and 16 against a local OpenID Connect provider and protected API, and
 * goes through the guide's promises in Chromium. Exit 1 on any failure.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {ContentError} from '../check-code/guides';
import {childrenCpuSeconds, formatFailures, loadSummary, runGuides} from './run';

const USAGE = `Usage: npm run test:guides [-- options]
  --locale <l>        run the code of that locale's pages (default en)
  --next 15,16        Next.js majors to run on (default: both)
  --guide <id>        only this guide (next-app-router, next); repeatable
  --stage <id>        only this stage (a section id such as api-resources); repeatable
  --root <dir>        another copy of the content (docs/, fragments/, i18n/)
  --artifacts <dir>   where screenshots and logs of failures go (default artifacts/guides)`;

class UsageError extends Error {}

function options() {
  try {
    return parseArgs({
      options: {
        help: {type: 'boolean', short: 'h'},
        locale: {type: 'string', default: 'en'},
        next: {type: 'string'},
        guide: {type: 'string', multiple: true},
        stage: {type: 'string', multiple: true},
        root: {type: 'string'},
        artifacts: {type: 'string'},
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<number> {
  const values = options();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  console.log(`test:guides: locale ${values.locale}; ${loadSummary()}`);
  const result = await runGuides({
    locale: values.locale!,
    root: values.root ? path.resolve(values.root) : undefined,
    nextMajors: values.next ? values.next.split(',').map(Number) : undefined,
    guides: values.guide,
    stages: values.stage,
    artifactsDir: values.artifacts ? path.resolve(values.artifacts) : undefined,
  });
  console.log('');
  for (const note of result.skipped) console.log(`  skipped ${note}`);
  for (const note of result.observations) console.log(`  observed: ${note}`);
  if (result.failures.length) console.log(`\n${formatFailures(result)}\n`);
  const phases = new Map<string, number>();
  for (const [label, ms] of result.timings) {
    const phase = label.replace(/^.*: /, '');
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
  }
  console.log(`test:guides: time per phase: ${[...phases].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  const self = process.cpuUsage();
  const cpu = childrenCpuSeconds() + (self.user + self.system) / 1e6;
  console.log(
    `test:guides: Next.js ${result.versions.join(' and ')}; ${result.passed} stage(s) passed, ${result.failures.length} failed — ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s wall, ${cpu.toFixed(0)} s CPU (this process, builds, servers, Chromium); ${loadSummary()}`,
  );
  return result.failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`test:guides: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof ContentError) {
      console.error(`${error.message}\ntest:guides: cannot parse the content, nothing was run`);
      process.exit(1);
    }
    console.error(`test:guides: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
