/**
 * What changed in English since a translation was made: a unified diff between
 * the recorded English text (read back from git by blob id) and the English
 * file now. When the old text cannot be read, the reason says why and what to
 * do, so the status output never just goes quiet.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createTwoFilesPatch} from 'diff';
import {normalizeText, shortId} from './blob';
import {readBlob} from './git';
import type {FileStatus} from './status';

export type EnglishChanges =
  | {available: true; patch: string}
  | {available: false; reason: string};

export function englishChanges(root: string, file: FileStatus): EnglishChanges | null {
  if (!file.englishChanged) return null;
  const markCommand = `npm run i18n:mark -- ${file.translatedPath}`;
  if (!file.recordedBlob) {
    return {
      available: false,
      reason:
        `There is no record of which English version ${file.translatedPath} was translated from, so there is ` +
        `nothing to compare with. Check it against ${file.englishPath}, then run \`${markCommand}\`.`,
    };
  }
  const old = readBlob(root, file.recordedBlob);
  if (!old.found) {
    const where =
      old.reason === 'no-git'
        ? 'this copy of the site is not a git checkout'
        : 'that text is not in this clone\u2019s git history (in a shallow clone, run `git fetch --unshallow`; ' +
          'otherwise the English file was marked before its change was committed)';
    return {
      available: false,
      reason:
        `Cannot show the diff: the English text it was translated from (blob ${shortId(file.recordedBlob)}) ` +
        `can\u2019t be read because ${where}. Compare ${file.translatedPath} with ${file.englishPath} by hand.`,
    };
  }
  const current = fs.readFileSync(path.join(root, file.englishPath), 'utf8');
  const patch = createTwoFilesPatch(
    file.englishPath,
    file.englishPath,
    normalizeText(old.text),
    normalizeText(current),
    `when translated (${shortId(file.recordedBlob)})`,
    'now',
    {context: 3},
  );
  // Drop jsdiff's "Index:" and "====" banner: the ---/+++ lines already name the file.
  return {available: true, patch: patch.replace(/^Index: .*\n=+\n/, '')};
}
