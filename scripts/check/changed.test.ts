/**
 * `--changed` end to end, in a temporary git repository: a problem that is
 * already on main is left out, a problem the branch brings in is reported
 * (as text, and as an annotation under GitHub Actions), and a bad ref stops
 * the run with a sentence instead of a stack trace.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {git, initRepo} from '../lib/test-git';
import {takeChanged} from './changed-arg';
import {runChecks} from './runner';
import {headingIds} from './rules/heading-ids';
import {lines, makeSite} from './test-helpers';

const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

/** main has one problem (docs/old.mdx: heading without id); branch `work` breaks the Spanish guide's id. */
function makeRepo(): string {
  const root = makeSite(
    {
      'docs/guide.mdx': lines('## Install \\{#install}'),
      [ES]: lines('## Instala \\{#install}'),
      'docs/old.mdx': lines('## Old heading'),
    },
    {spelling: true},
  );
  initRepo(root);
  git(root, 'checkout', '-q', '-b', 'work');
  fs.writeFileSync(path.join(root, ES), lines('## Instala \\{#instalar}'));
  git(root, 'commit', '-q', '-am', 'translate the id (wrongly)');
  return root;
}

test('--changed [<ref>] is read off the command line, with or without a ref', () => {
  assert.deepEqual(takeChanged(['--changed']), {args: [], changed: {ref: undefined}});
  assert.deepEqual(takeChanged(['--changed', 'origin/dev', '--locale', 'es']), {args: ['--locale', 'es'], changed: {ref: 'origin/dev'}});
  assert.deepEqual(takeChanged(['--changed', '--locale', 'es']), {args: ['--locale', 'es'], changed: {ref: undefined}});
  assert.deepEqual(takeChanged(['--changed=main']), {args: [], changed: {ref: 'main'}});
  assert.deepEqual(takeChanged(['docs']), {args: ['docs'], changed: false});
});

test('only what the branch changed is reported; with nothing relevant changed, nothing is', async () => {
  const root = makeRepo();
  const everything = await runChecks({root, rules: [headingIds], cache: false});
  assert.deepEqual(everything.problems.map((p) => `${p.path}:${p.line}`), ['docs/old.mdx:1', `${ES}:1`]);
  const changed = await runChecks({root, rules: [headingIds], cache: false, changed: [ES]});
  assert.deepEqual(changed.problems.map((p) => `${p.path}:${p.line}`), [`${ES}:1`]);
  assert.equal(changed.filesChecked, 1);
  const unrelated = await runChecks({root, rules: [headingIds], cache: false, changed: ['README.md']});
  assert.deepEqual(unrelated.problems, []);
  assert.equal(unrelated.filesChecked, 0);
});

function runCli(root: string, env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'index.ts'), '--root', root, ...args], {
    encoding: 'utf8',
    env: {...process.env, GITHUB_ACTIONS: '', GITHUB_BASE_REF: '', GITHUB_WORKSPACE: '', ...env},
  });
}

test('the CLI under GitHub Actions: text for people, then one annotation per problem, at the changed line', () => {
  const root = makeRepo();
  const cli = runCli(root, {GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root}, '--changed', 'main');
  assert.equal(cli.status, 1, cli.stderr);
  assert.equal(
    cli.stdout,
    [
      `${ES}:1:1  heading-ids  heading id #instalar differs from the English id #install (docs/guide.mdx:1)  (use the English id, \`\\{#install}\`; ids are never translated)`,
      '1 problem (1 error, 0 warnings) in 1 file',
      `::error file=${ES},line=1,col=1,title=heading-ids::heading id #instalar differs from the English id #install (docs/guide.mdx:1)%0AFix: use the English id, \`\\{#install}\`; ids are never translated`,
      '',
    ].join('\n'),
  );
  const mergeBase = git(root, 'rev-parse', '--short=7', 'main');
  assert.equal(
    cli.stderr,
    `check: --changed: 1 file(s) differ from main (merge base ${mergeBase})\ncheck: --changed: checking the 1 file(s) they affect\n`,
  );
});

test('the CLI with a ref that does not exist: exit 2, one sentence, no stack trace', () => {
  const root = makeRepo();
  const cli = runCli(root, {}, '--changed', 'origin/nope');
  assert.equal(cli.status, 2);
  assert.equal(cli.stdout, '');
  assert.equal(
    cli.stderr,
    'check: --changed: the git ref `origin/nope` does not exist in this clone. Fetch it (`git fetch origin nope`) or name another branch or commit.\n',
  );
});
