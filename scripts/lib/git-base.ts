/**
 * What a pull request changed, as git sees it: the base it will merge into
 * (a ref given by hand, GitHub's GITHUB_BASE_REF, or main), the merge base
 * with it, and the files that differ from that merge base — commits,
 * uncommitted edits and new untracked files alike, as a contributor expects
 * "what my branch changes" to mean. Used by `npm run check -- --changed` and
 * the job summary of `npm run i18n:status`.
 */
import {spawnSync} from 'node:child_process';

/** Why a base cannot be used, in a sentence that says what to do. */
export class GitBaseError extends Error {}

export type Base = {
  /** The ref that was found, as the user would type it (`origin/main`). */
  ref: string;
  /** Full id of the merge base of HEAD and that ref. */
  mergeBase: string;
};

function git(root: string, args: string[]) {
  const result = spawnSync('git', ['-C', root, ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  return {ok: !result.error && result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? ''};
}

export function isShallow(root: string): boolean {
  return git(root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
}

/**
 * The refs to try, in order: the one given, else `origin/<GITHUB_BASE_REF>`
 * then `<GITHUB_BASE_REF>` in a pull request's workflow, else `origin/main`
 * then `main`.
 */
export function baseCandidates(ref: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  if (ref) return [ref];
  const branch = env.GITHUB_BASE_REF || 'main';
  return [`origin/${branch}`, branch];
}

export function resolveBase(root: string, ref?: string, env: NodeJS.ProcessEnv = process.env): Base {
  if (!git(root, ['rev-parse', '--git-dir']).ok) {
    throw new GitBaseError(`${root} is not a git checkout, so there is no base to compare with.`);
  }
  const candidates = baseCandidates(ref, env);
  const found = candidates.find((candidate) => git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]).ok);
  if (!found) {
    const tried = candidates.map((c) => `\`${c}\``).join(' or ');
    const branch = ref || env.GITHUB_BASE_REF || 'main';
    const shallow = isShallow(root) ? ' This is a shallow clone: in GitHub Actions, check out with `fetch-depth: 0`.' : '';
    throw new GitBaseError(
      `the git ref ${tried} does not exist in this clone. ` +
        `Fetch it (\`git fetch origin ${branch.replace(/^origin\//, '')}\`) or name another branch or commit.${shallow}`,
    );
  }
  const mergeBase = git(root, ['merge-base', 'HEAD', found]);
  if (!mergeBase.ok) {
    const why = isShallow(root)
      ? 'this is a shallow clone, so the commit they share is not here. Run `git fetch --unshallow` (in GitHub Actions, check out with `fetch-depth: 0`)'
      : 'they share no history';
    throw new GitBaseError(`HEAD and \`${found}\` have no merge base: ${why}.`);
  }
  return {ref: found, mergeBase: mergeBase.stdout.trim()};
}

/**
 * Files (relative to `root`, POSIX) that differ between the merge base and the
 * working tree, plus untracked files that are not ignored. A rename counts as
 * a deletion and an addition, so both paths are listed.
 */
export function changedSince(root: string, mergeBase: string): string[] {
  const diff = git(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', mergeBase, '--']);
  if (!diff.ok) throw new GitBaseError(`git diff against ${mergeBase.slice(0, 7)} failed: ${diff.stderr.trim()}`);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = [...diff.stdout.split('\0'), ...(untracked.ok ? untracked.stdout.split('\0') : [])].filter(Boolean);
  return [...new Set(files)].sort();
}
