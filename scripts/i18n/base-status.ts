/**
 * The translation status as it was at a pull request's merge base, to say
 * what the pull request changed. The base commit's files are written to a
 * temporary folder with git (through a temporary index, so the real index and
 * working tree are never touched) and the status is computed there by the
 * same code as now: whatever the status comes to count (pages, fragments, UI
 * strings…), the base counts it the same way.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {GitBaseError, resolveBase, type Base} from '../lib/git-base';
import {ManifestError} from './record';
import {computeLocaleStatus, type LocaleStatus} from './status';

export type BaseStatus =
  | {available: true; base: Base; locales: LocaleStatus[]}
  /** `reason` is a sentence for the reader: why there is nothing to compare with, and what to do. */
  | {available: false; reason: string};

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('git', ['-C', cwd, ...args], {encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024});
  if (result.error || result.status !== 0) {
    throw new GitBaseError(`git ${args[0]} failed: ${(result.stderr || result.error?.message || '').trim()}`);
  }
  return result.stdout;
}

/** Writes the files of `commit` under `dir`; returns where the site (`root`) is inside it. */
function checkoutInto(root: string, commit: string, dir: string): string {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  const top = git(root, ['rev-parse', '--show-toplevel']).trim();
  const env = {...process.env, GIT_INDEX_FILE: path.join(dir, 'index')};
  git(top, ['read-tree', commit], env);
  const tree = path.join(dir, 'tree');
  fs.mkdirSync(tree);
  git(top, [`--work-tree=${tree}`, 'checkout-index', '--all', '--force'], env);
  return path.join(tree, prefix);
}

export function statusAtBase(root: string, locales: readonly string[], ref?: string, env: NodeJS.ProcessEnv = process.env): BaseStatus {
  let base: Base;
  try {
    base = resolveBase(root, ref, env);
  } catch (error) {
    if (error instanceof GitBaseError) return {available: false, reason: error.message};
    throw error;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-base-'));
  try {
    const baseRoot = checkoutInto(root, base.mergeBase, dir);
    return {available: true, base, locales: locales.map((locale) => computeLocaleStatus(baseRoot, locale))};
  } catch (error) {
    if (error instanceof GitBaseError) return {available: false, reason: `the merge base could not be read: ${error.message}`};
    if (error instanceof ManifestError) return {available: false, reason: `at the merge base, ${error.message}`};
    throw error;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
