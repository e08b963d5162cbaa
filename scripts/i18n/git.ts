/**
 * The little git access the translation tools need: reading an old English
 * text back by blob id. Everything degrades to a reason instead of throwing,
 * because status must still work where git or history is missing.
 */
import {spawnSync} from 'node:child_process';

export type BlobLookup =
  | {found: true; text: string}
  | {found: false; reason: 'no-git' | 'blob-missing'};

function git(root: string, args: string[]) {
  return spawnSync('git', ['-C', root, ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
}

export function isGitCheckout(root: string): boolean {
  const result = git(root, ['rev-parse', '--git-dir']);
  return !result.error && result.status === 0;
}

export function readBlob(root: string, id: string): BlobLookup {
  if (!isGitCheckout(root)) return {found: false, reason: 'no-git'};
  const result = git(root, ['cat-file', 'blob', id]);
  if (result.error || result.status !== 0) return {found: false, reason: 'blob-missing'};
  return {found: true, text: result.stdout};
}

/** Whether the blob is in this clone's object store (committed or staged at some point). */
export function hasBlob(root: string, id: string): boolean {
  if (!isGitCheckout(root)) return false;
  const result = git(root, ['cat-file', '-e', id]);
  return !result.error && result.status === 0;
}
