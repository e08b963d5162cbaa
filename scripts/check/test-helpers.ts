/**
 * Small site trees for the rules' tests, written to a temp dir, and a runner
 * that returns problems as `[rule, path, line, column]` tuples, so each test
 * states by hand exactly what it expects.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after} from 'node:test';
import {siteDir} from '../lib/content';
import {runChecks} from './runner';
import type {Problem, Rule} from './types';

const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/** Writes `files` (path relative to the site → content) into a fresh temp site. */
export function makeSite(files: Record<string, string>, options: {spelling?: boolean} = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-test-'));
  made.push(root);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), content);
  }
  if (options.spelling) {
    for (const file of ['cspell.config.yaml', 'project-words.txt', 'project-words-es.txt']) {
      fs.copyFileSync(path.join(siteDir, file), path.join(root, file));
    }
  }
  return root;
}

/** Lines joined with newlines: keeps line numbers of a sample readable in the test. */
export const lines = (...text: string[]) => `${text.join('\n')}\n`;

export type Row = [rule: string, path: string, line: number, column: number];

export async function check(root: string, rules: Rule[], options: {locale?: string; paths?: string[]} = {}) {
  const {problems} = await runChecks({root, rules, cache: false, ...options});
  return {problems, rows: problems.map((p): Row => [p.rule, p.path, p.line, p.column])};
}

/** The single problem at `path:line`, for assertions on its message. */
export function at(problems: Problem[], file: string, line: number): Problem {
  const found = problems.filter((p) => p.path === file && p.line === line);
  if (found.length !== 1) throw new Error(`expected one problem at ${file}:${line}, got ${found.length}`);
  return found[0]!;
}
