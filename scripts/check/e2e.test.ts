/**
 * End to end, on a copy of the real site content: the clean tree passes, and a
 * Spanish page broken in six ways at once gets six problems, each at the line
 * (and column) where the test broke it — the CLI prints them all in one run.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after} from 'node:test';
import {siteDir} from '../lib/content';
import {localeConfigs, translationLocales} from '../../config/locales';
import {formatJson} from './reporter';
import {runChecks} from './runner';

const PAGE = 'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next-app-router.mdx';
const CONTENT = ['docs', 'fragments', 'i18n', 'src', 'static', 'cspell.config.yaml', 'project-words.txt', 'project-words-es.txt'];

const roots: string[] = [];
after(() => roots.forEach((root) => fs.rmSync(root, {recursive: true, force: true})));

function copySite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-e2e-'));
  roots.push(root);
  for (const entry of CONTENT) fs.cpSync(path.join(siteDir, entry), path.join(root, entry), {recursive: true});
  return root;
}

/** Replaces `from` (which must occur) with `to`, in the page. */
function replaceOnce(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the Spanish page no longer contains ${JSON.stringify(from)}: update this test`);
  return text.replace(from, to);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function locate(text: string, needle: string): {line: number; column: number} {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1]!.length + 1};
}

function runCli(root: string, ...args: string[]) {
  // The CLI shares the spelling cache of the in-process run on the same copy, so it does not load dictionaries again.
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'index.ts'), '--root', root, ...args], {
    encoding: 'utf8',
    // The plain text output, even when the tests themselves run under GitHub Actions.
    env: {...process.env, GITHUB_ACTIONS: ''},
  });
}

test('the real content passes every check', async () => {
  const root = copySite();
  const {problems} = await runChecks({root});
  // The one thing allowed: the notice for each locale cspell has no dictionary for (config/locales.ts says which).
  const unchecked = translationLocales.filter((l) => localeConfigs[l].spelling === null);
  assert.deepEqual(
    problems.map((p) => `${p.severity} ${p.rule} ${p.message.split(':')[0]}`),
    unchecked.map((l) => `warning spelling spelling not checked for ${l}`),
  );
  const cli = runCli(root);
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(
    cli.stdout,
    unchecked.length === 0 ? /^✔ \d+ files checked, no problems\n$/ : new RegExp(`\\n${unchecked.length} problems? \\(0 errors, ${unchecked.length} warnings?\\)`),
  );
});

test('a Spanish page broken in six ways reports six problems, each where it was broken', async () => {
  const root = copySite();
  const file = path.join(root, PAGE);
  let text = fs.readFileSync(file, 'utf8');
  // 1. translated heading id
  text = replaceOnce(text, '\\{#prerequisites}', '\\{#requisitos-previos}');
  // 2. renamed API call inside a code block
  text = replaceOnce(text, 'await getAccessTokenRSC(', 'await getAccessTokenRsc(');
  // 3. translated import path
  text = replaceOnce(text, "'@fragments/next/_installation.mdx'", "'@fragments/next/_instalacion.mdx'");
  // 4. HTML comment
  text = replaceOnce(text, '## Integración', '<!-- TODO: revisar -->\n\n## Integración');
  // 5. misspelling, 6. link to an anchor that does not exist
  text = replaceOnce(text, '## Recursos de API', 'Esta es una prueva.\n\nVer [los requisitos](#requisitos-inexistentes).\n\n## Recursos de API');
  fs.writeFileSync(file, text);

  // Expected positions come from the broken text itself, not from the checker.
  const expected = [
    ['imports', locate(text, "import Installation from '@fragments/next/_instalacion.mdx'")],
    ['heading-ids', locate(text, '## Requisitos previos')],
    ['mdx-syntax', locate(text, '<!-- TODO')],
    ['spelling', locate(text, 'prueva')],
    ['broken-links', locate(text, '[los requisitos]')],
    ['code-blocks', locate(text, 'getAccessTokenRsc(')],
  ]
    .map(([rule, at]) => `${PAGE}:${(at as {line: number}).line}:${(at as {column: number}).column} ${rule as string}`)
    .sort();

  // Spanish only: a locale without a dictionary would add its one-line spelling notice.
  const result = await runChecks({root, locale: 'es'});
  assert.deepEqual(result.problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.rule}`).sort(), expected);

  // The CLI prints the same six lines, in the documented format, and fails.
  const cli = runCli(root, '--locale', 'es');
  assert.equal(cli.status, 1, cli.stderr);
  const printed = cli.stdout.trim().split('\n');
  assert.equal(printed.length, 7);
  for (const line of printed.slice(0, 6)) {
    assert.match(line, /^i18n\/es\/\S+\.mdx:\d+:\d+  [a-z-]+  .+  \(.+\)$/);
  }
  assert.deepEqual(printed.slice(0, 6).map((l) => `${l.split('  ')[0]} ${l.split('  ')[1]}`).sort(), expected);
  assert.equal(printed[6], '6 problems (6 errors, 0 warnings) in 1 file');
  assert.match(cli.stdout, /getAccessTokenRsc` here, `getAccessTokenRSC` in English \(docs\/quick-starts\/next-app-router\.mdx:\d+\)/);
  assert.match(cli.stdout, /\{\/\* … \*\/\}/);

  // JSON output carries the same problems, with severities.
  const json = JSON.parse(formatJson(result)) as {problems: Array<{severity: string; rule: string}>; summary: {errors: number}};
  assert.equal(json.summary.errors, 6);
  assert.ok(json.problems.every((p) => p.severity === 'error'));

  // --locale en leaves the Spanish problems out.
  assert.deepEqual((await runChecks({root, locale: 'en'})).problems, []);
});
