import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {git, initRepo} from './test-git';
import {baseCandidates, changedSince, GitBaseError, resolveBase} from './git-base';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-base-'));
  dirs.push(dir);
  return dir;
}


function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  fs.writeFileSync(path.join(root, file), text);
}

/** main with two commits; branch `work` with a commit of its own, an uncommitted edit and an untracked file. */
function makeRepo(): string {
  const root = tempDir();
  write(root, 'docs/a.mdx', 'a\n');
  write(root, 'docs/b.mdx', 'b\n');
  write(root, 'README.md', 'readme\n');
  initRepo(root, 'one');
  git(root, 'checkout', '-q', '-b', 'work');
  write(root, 'docs/a.mdx', 'a changed\n');
  git(root, 'commit', '-q', '-am', 'work');
  git(root, 'checkout', '-q', 'main');
  write(root, 'README.md', 'readme on main\n'); // main moves on: not the branch's change
  git(root, 'commit', '-q', '-am', 'main moves');
  git(root, 'checkout', '-q', 'work');
  write(root, 'docs/b.mdx', 'b, not committed\n');
  write(root, 'i18n/es/new.mdx', 'untracked\n');
  return root;
}

test('the files a branch changed: its commits since the merge base, uncommitted edits and untracked files', () => {
  const root = makeRepo();
  const base = resolveBase(root, undefined, {});
  assert.equal(base.ref, 'main'); // no origin/main in this repository: main
  assert.equal(base.mergeBase, git(root, 'rev-parse', 'main~1'));
  assert.deepEqual(changedSince(root, base.mergeBase), ['docs/a.mdx', 'docs/b.mdx', 'i18n/es/new.mdx']);
});

test('the default base is origin/<GITHUB_BASE_REF> or origin/main, then the local branch', () => {
  assert.deepEqual(baseCandidates(undefined, {}), ['origin/main', 'main']);
  assert.deepEqual(baseCandidates(undefined, {GITHUB_BASE_REF: 'release'}), ['origin/release', 'release']);
  assert.deepEqual(baseCandidates('v1.2', {GITHUB_BASE_REF: 'release'}), ['v1.2']);
  const root = makeRepo();
  git(root, 'branch', 'release', 'main~1');
  assert.equal(resolveBase(root, undefined, {GITHUB_BASE_REF: 'release'}).ref, 'release');
});

test('a ref that does not exist is a clear error naming it', () => {
  const root = makeRepo();
  assert.throws(
    () => resolveBase(root, 'origin/nope', {}),
    (error: unknown) =>
      error instanceof GitBaseError &&
      error.message === 'the git ref `origin/nope` does not exist in this clone. Fetch it (`git fetch origin nope`) or name another branch or commit.',
  );
  assert.throws(() => resolveBase(root, undefined, {GITHUB_BASE_REF: 'gone'}), /the git ref `origin\/gone` or `gone` does not exist/);
});

test('a shallow clone without the shared commit says how to fetch it, instead of failing obscurely', () => {
  const origin = makeRepo();
  const clone = tempDir();
  git(clone, 'clone', '-q', '--depth', '1', '--branch', 'work', `file://${origin}`, '.');
  git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
  assert.throws(
    () => resolveBase(clone, undefined, {}),
    (error: unknown) =>
      error instanceof GitBaseError &&
      error.message ===
        'HEAD and `origin/main` have no merge base: this is a shallow clone, so the commit they share is not here. ' +
          'Run `git fetch --unshallow` (in GitHub Actions, check out with `fetch-depth: 0`).',
  );
});

test('a shallow clone without the base branch at all says how CI should check out', () => {
  const origin = makeRepo();
  const clone = tempDir();
  git(clone, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'work', `file://${origin}`, '.');
  assert.throws(
    () => resolveBase(clone, undefined, {GITHUB_BASE_REF: 'main'}),
    (error: unknown) =>
      error instanceof GitBaseError &&
      error.message ===
        'the git ref `origin/main` or `main` does not exist in this clone. Fetch it (`git fetch origin main`) or name another branch or commit. ' +
          'This is a shallow clone: in GitHub Actions, check out with `fetch-depth: 0`.',
  );
});

test('outside a git checkout there is no base', () => {
  assert.throws(() => resolveBase(tempDir(), undefined, {}), /is not a git checkout/);
});
