/**
 * git for tests that build temporary repositories: a fixed identity and no
 * user or system configuration, so a signing or hook setting on the machine
 * cannot change what the test sees.
 */
import {spawnSync} from 'node:child_process';

/** git's output as it printed it (leading spaces of `status --porcelain` matter). */
export function gitRaw(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function git(cwd: string, ...args: string[]): string {
  return gitRaw(cwd, ...args).trim();
}

/** `git init` on branch main, then one commit of everything in `root`. */
export function initRepo(root: string, message = 'main'): void {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}
