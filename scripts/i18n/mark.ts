/**
 * Marking a translation as up to date: the record of its English source is set
 * to the English text as it is now. Only the record changes; the translated
 * file itself is never written.
 */
import fs from 'node:fs';
import path from 'node:path';
import {shortId} from './blob';
import {CliError, type FileTarget} from './cli';
import {hasBlob, isGitCheckout} from './git';
import {readManifest, writeManifest, type Manifest} from './record';
import {computeLocaleStatus, statusOfEnglishFile, type TranslationState} from './status';

export type MarkResult = {
  target: FileTarget;
  /** State before marking. */
  previous: TranslationState;
  blob: string;
  /** True when the English text is not in git yet, so other clones could not diff against it later. */
  uncommitted: boolean;
};

function dropStaleRecords(root: string, manifest: Manifest): void {
  for (const key of Object.keys(manifest.files)) {
    if (!fs.existsSync(path.join(root, key))) delete manifest.files[key];
  }
}

function recordAsTranslated(root: string, manifest: Manifest, target: FileTarget): MarkResult {
  const status = statusOfEnglishFile(root, target.englishPath, target.locale)!;
  manifest.files[target.translatedPath] = {
    source: target.englishPath,
    sourceBlob: status.currentBlob,
    state: 'translated',
  };
  return {
    target,
    previous: status.state,
    blob: status.currentBlob,
    uncommitted: isGitCheckout(root) && !hasBlob(root, status.currentBlob),
  };
}

export function markTranslations(root: string, targets: FileTarget[]): MarkResult[] {
  for (const target of targets) {
    if (!fs.existsSync(path.join(root, target.englishPath))) {
      throw new CliError(
        `${target.englishPath} does not exist, so there is no English text to mark ${target.translatedPath} against. ` +
          'Check the path (a translation keeps the same path as its English file).',
      );
    }
    if (!fs.existsSync(path.join(root, target.translatedPath))) {
      throw new CliError(
        `${target.translatedPath} does not exist: there is no ${target.locale} translation of ${target.englishPath} to mark. ` +
          `Start one with \`npm run i18n:new -- ${target.englishPath} --locale ${target.locale}\`.`,
      );
    }
  }
  const byLocale = new Map<string, FileTarget[]>();
  for (const target of targets) byLocale.set(target.locale, [...(byLocale.get(target.locale) ?? []), target]);

  const results: MarkResult[] = [];
  for (const [locale, localeTargets] of byLocale) {
    const manifest = readManifest(root, locale);
    dropStaleRecords(root, manifest);
    for (const target of localeTargets) results.push(recordAsTranslated(root, manifest, target));
    writeManifest(root, manifest);
  }
  return results;
}

/**
 * --all: marks every existing translation of the locale that is not up to
 * date. In-progress copies are left alone: they were made by i18n:new and are
 * probably still English, so they must be marked one by one, on purpose.
 */
export function markAll(root: string, locale: string): {marked: MarkResult[]; skippedInProgress: string[]} {
  const status = computeLocaleStatus(root, locale);
  const targets = status.files
    .filter((file) => file.state === 'outdated')
    .map(({englishPath, translatedPath}) => ({englishPath, translatedPath, locale}));
  const skippedInProgress = status.files.filter((f) => f.state === 'in-progress').map((f) => f.translatedPath);
  if (targets.length === 0) {
    // Still rewrite the record so stale entries go and a first run creates the file.
    const manifest = readManifest(root, locale);
    dropStaleRecords(root, manifest);
    writeManifest(root, manifest);
    return {marked: [], skippedInProgress};
  }
  return {marked: markTranslations(root, targets), skippedInProgress};
}

/**
 * --prune: removes the records of translations that no longer exist (renamed
 * or deleted) and nothing else; no translation is marked or touched.
 */
export function pruneRecords(root: string, locale: string): string[] {
  const manifest = readManifest(root, locale);
  const before = Object.keys(manifest.files);
  dropStaleRecords(root, manifest);
  const removed = before.filter((key) => !manifest.files[key]);
  if (removed.length > 0) writeManifest(root, manifest);
  return removed;
}

export function describeMark(result: MarkResult): string {
  const {target, previous, blob} = result;
  const what = previous === 'up-to-date' ? 'was already up to date; record kept' : `${previous.replace(/-/g, ' ')} -> up to date`;
  return `${target.translatedPath}: ${what} (English ${target.englishPath} at ${shortId(blob)})`;
}
