/**
 * `npm run check`: every content check of the site, without building it.
 *
 *   npm run check                                  # everything
 *   npm run check -- --locale es                   # only Spanish files
 *   npm run check -- i18n/es/fragments/next        # only these files/folders
 *   npm run check -- --format json                 # machine-readable
 *
 * Exit code: 0 when there is no error (warnings allowed), 1 when there are
 * errors, 2 when the check itself could not run (bad arguments, internal error).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {locales} from '../../config/locales';
import {siteDir} from '../lib/content';
import {formatJson, formatText} from './reporter';
import {RuleCrash, runChecks, timings, toSitePath} from './runner';
import {rules} from './rules';

const USAGE = `usage: npm run check -- [--locale <${locales.join('|')}>] [--format text|json] [--root <site>] [paths…]

Checks pages, fragments and translations without building the site.
Rules:
${rules.map((r) => `  ${r.name.padEnd(22)}${r.description}`).join('\n')}
See CONTRIBUTING.md, "Checks", for what each problem means and how to fix it.`;

function fail(message: string): never {
  console.error(`check: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        locale: {type: 'string'},
        format: {type: 'string', default: 'text'},
        root: {type: 'string'},
        debug: {type: 'boolean', default: false},
        timing: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.format !== 'text' && values.format !== 'json') fail(`unknown format "${values.format}"`);
  if (values.locale && !(locales as readonly string[]).includes(values.locale)) {
    fail(`unknown locale "${values.locale}" (known: ${locales.join(', ')})`);
  }
  const root = values.root ? path.resolve(values.root) : siteDir;
  for (const arg of positionals) {
    if (!fs.existsSync(path.resolve(arg)) && !fs.existsSync(path.join(root, arg))) fail(`no such file or folder: ${arg}`);
  }
  // Paths are taken relative to the working directory, or to the site when they are not found there.
  const paths = positionals.map((arg) => (fs.existsSync(path.resolve(arg)) ? toSitePath(root, arg) : toSitePath(root, arg, root)));

  try {
    const result = await runChecks({root, locale: values.locale, paths: paths.length > 0 ? paths : undefined});
    console.log(values.format === 'json' ? formatJson(result) : formatText(result));
    process.exitCode = result.problems.some((p) => p.severity === 'error') ? 1 : 0;
    if (values.timing) {
      const rows = timings.map(([phase, wall, cpu]) => `${phase.padEnd(22)}${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms cpu`);
      console.error([...rows, `${'process'.padEnd(22)}${performance.now().toFixed(0).padStart(6)} ms wall ${(process.cpuUsage().user / 1000).toFixed(0).padStart(6)} ms cpu (user)`].join('\n'));
    }
  } catch (error) {
    const what = error instanceof RuleCrash ? error.message : `internal error: ${(error as Error).message}`;
    console.error(`check: ${what}. This is a bug in scripts/check, not in the content.`);
    if (values.debug) console.error((error instanceof RuleCrash ? error.cause : error) as Error);
    else console.error('Run `npm run check -- --debug` for the stack trace.');
    process.exitCode = 2;
  }
}

void main();
