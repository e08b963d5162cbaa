/**
 * `npm run check`: every content check of the site, without building it.
 *
 *   npm run check                                  # everything
 *   npm run check -- --locale es                   # only Spanish files
 *   npm run check -- i18n/es/fragments/next        # only these files/folders
 *   npm run check -- --format json                 # machine-readable
 *   npm run check -- --changed [<git ref>]         # only what this branch changed, and what depends on it
 *
 * Under GitHub Actions (GITHUB_ACTIONS=true) the text output is followed by
 * one workflow command per problem, which GitHub shows on the pull request's
 * diff at the problem's line (github-annotations.ts).
 *
 * Exit code: 0 when there is no error (warnings allowed), 1 when there are
 * errors, 2 when the check itself could not run (bad arguments, internal error).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {locales} from '../../config/locales';
import {changedSince, GitBaseError, resolveBase} from '../lib/git-base';
import type {CheckWorkerResponse} from './check-worker';
import {takeChanged} from './changed-arg';
import {formatAnnotations, sitePrefixIn} from './github-annotations';
import {formatJson, formatText} from './reporter';
import type {RunOptions} from './runner';
import {RULE_CATALOG} from './types';
import {startTsWorker} from './worker-thread';

// This thread only parses arguments and prints: it imports nothing heavy
// (no rule, no MDX or cspell), which all load in the check thread.

const USAGE = `usage: npm run check -- [--locale <${locales.join('|')}>] [--format text|json] [--no-cache] [--root <site>] [--timing] [paths… | --changed [<git ref>]]

Checks pages, fragments and translations without building the site.
--changed checks only the files changed since the merge base with <git ref> (default: origin/$GITHUB_BASE_REF
or origin/main, then main), committed or not, plus the files that depend on them.
Rules:
${Object.entries(RULE_CATALOG).map(([name, description]) => `  ${name.padEnd(22)}${description}`).join('\n')}
See CONTRIBUTING.md, "Checks", for what each problem means and how to fix it.`;

function fail(message: string): never {
  console.error(`check: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  const {args, changed} = takeChanged(process.argv.slice(2));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        locale: {type: 'string'},
        format: {type: 'string', default: 'text'},
        root: {type: 'string'},
        debug: {type: 'boolean', default: false},
        timing: {type: 'boolean', default: false},
        'no-cache': {type: 'boolean', default: false},
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
  const root = path.resolve(values.root ?? path.join(__dirname, '..', '..'));
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  // Paths are taken relative to that folder, or to the site when they are not found there.
  const paths = positionals.map((arg) => {
    if (fs.existsSync(path.resolve(cwd, arg))) return toSitePath(root, path.resolve(cwd, arg));
    if (fs.existsSync(path.resolve(root, arg))) return toSitePath(root, path.resolve(root, arg));
    return fail(`no such file or folder: ${arg}`);
  });
  if (changed && paths.length > 0) fail('give either paths or --changed, not both');
  let changedFiles: string[] | undefined;
  if (changed) {
    try {
      const base = resolveBase(root, changed.ref);
      changedFiles = changedSince(root, base.mergeBase);
      console.error(`check: --changed: ${changedFiles.length} file(s) differ from ${base.ref} (merge base ${base.mergeBase.slice(0, 7)})`);
    } catch (error) {
      if (!(error instanceof GitBaseError)) throw error;
      console.error(`check: --changed: ${error.message}`);
      process.exit(2);
    }
  }

  const options: RunOptions = {
    root,
    locale: values.locale,
    paths: paths.length > 0 ? paths : undefined,
    cache: !values['no-cache'],
    changed: changedFiles,
  };
  const response = await runInWorker(options);
  if (!response.ok) {
    console.error(`check: ${response.message}. This is a bug in scripts/check, not in the content.`);
    console.error(values.debug ? response.stack : 'Run `npm run check -- --debug` for the stack trace.');
    process.exitCode = 2;
    return;
  }
  const {result, timings} = response;
  if (result.changedScope) {
    console.error(
      result.changedScope.everything
        ? `check: --changed: checking everything: ${result.changedScope.everything}`
        : `check: --changed: checking the ${result.filesChecked} file(s) they affect`,
    );
  }
  console.log(values.format === 'json' ? formatJson(result) : formatText(result));
  // Workflow commands only with the text output: JSON on stdout must stay JSON.
  if (process.env.GITHUB_ACTIONS === 'true' && values.format === 'text' && result.problems.length > 0) {
    console.log(formatAnnotations(result.problems, sitePrefixIn(process.env.GITHUB_WORKSPACE, root)));
  }
  process.exitCode = result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  if (values.timing) {
    // CPU is the whole process's (every thread) during each phase.
    const rows = timings.map(([phase, wall, cpu]) => `${phase.padEnd(22)}${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms cpu`);
    const total = process.cpuUsage();
    rows.push(`${'whole run'.padEnd(22)}${performance.now().toFixed(0).padStart(6)} ms wall ${((total.user + total.system) / 1000).toFixed(0).padStart(6)} ms cpu (all threads)`);
    console.error(rows.join('\n'));
  }
}

/** An absolute path, relative to the site root with POSIX separators. */
function toSitePath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Runs the checks in a worker thread: see worker-thread.ts for why. */
function runInWorker(options: RunOptions): Promise<CheckWorkerResponse> {
  return new Promise((resolve) => {
    const worker = startTsWorker(path.join(__dirname, 'check-worker.ts'), options);
    worker.ref(); // the CLI waits for it
    worker.once('message', (response: CheckWorkerResponse) => {
      resolve(response);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve({ok: false, message: `internal error: ${error.message}`, stack: error.stack}));
    worker.once('exit', (code) => resolve({ok: false, message: `check thread exited with code ${code}`, stack: undefined}));
  });
}

void main();
