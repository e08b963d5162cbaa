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
import type {CheckConfig} from './config';
import {CSPELL_CONFIG_FILE, cspellConfigText} from './cspell-config';
import {runChecks} from './runner';
import {siteSpellingLocales, type SpellingLocales} from './spelling-locales';
import type {Problem, Rule} from './types';

const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/**
 * Writes `files` (path relative to the site → content) into a fresh temp site.
 * `spelling` adds the site's word lists and a cspell.config.yaml written for
 * these locales' dictionaries (true: the site's own locales).
 */
export function makeSite(files: Record<string, string>, options: {spelling?: boolean | SpellingLocales} = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-test-'));
  made.push(root);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), content);
  }
  if (options.spelling) {
    const locales = options.spelling === true ? siteSpellingLocales : options.spelling;
    const wordLists = Object.values(locales).flatMap((s) => (s?.words ? [s.words] : []));
    for (const file of ['project-words.txt', ...wordLists]) {
      if (!fs.existsSync(path.join(root, file))) fs.copyFileSync(path.join(siteDir, file), path.join(root, file));
    }
    fs.writeFileSync(path.join(root, CSPELL_CONFIG_FILE), cspellConfigText(locales));
  }
  return root;
}

/** Lines joined with newlines: keeps line numbers of a sample readable in the test. */
export const lines = (...text: string[]) => `${text.join('\n')}\n`;

export type Row = [rule: string, path: string, line: number, column: number];

export async function check(
  root: string,
  rules: Rule[],
  options: {locale?: string; paths?: string[]; locales?: readonly string[]; config?: CheckConfig} = {},
) {
  const {problems} = await runChecks({root, rules, cache: false, ...options});
  return {problems, rows: problems.map((p): Row => [p.rule, p.path, p.line, p.column])};
}

/** The single problem at `path:line`, for assertions on its message. */
export function at(problems: Problem[], file: string, line: number): Problem {
  const found = problems.filter((p) => p.path === file && p.line === line);
  if (found.length !== 1) throw new Error(`expected one problem at ${file}:${line}, got ${found.length}`);
  return found[0]!;
}
