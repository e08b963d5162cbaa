/**
 * The translation record: one JSON file per locale,
 * i18n/<locale>/translation-status.json, saying for each translated file which
 * English text it was translated from.
 *
 * It lives in the repository (not in git history or commit messages) so that a
 * fresh clone, a shallow clone or a tarball all know the same thing, and it is
 * only ever written by `npm run i18n:mark` and `npm run i18n:new`. Entries are
 * sorted and one field per line so that two translators' changes merge cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import {sourcePathFor} from '../../config/locales';
import {toPosix} from '../lib/content';

/**
 * `translated`: a translator declared the file matches the English text with
 * this blob id. `in-progress`: `i18n:new` copied the English text with this blob
 * id and nobody has marked it translated yet.
 */
export type RecordState = 'translated' | 'in-progress';

export type TranslationRecord = {
  /** The English file (relative to the site), kept for readers of the JSON; always equals sourcePathFor(key). */
  source: string;
  /** Git blob id of the English text the translation was made from. */
  sourceBlob: string;
  state: RecordState;
};

export type Manifest = {
  locale: string;
  /** Keyed by the translated file's path relative to the site (POSIX). */
  files: Record<string, TranslationRecord>;
};

const NOTE =
  'Written by `npm run i18n:mark` and `npm run i18n:new`; do not edit by hand. See CONTRIBUTING.md, "Translation status".';

export function manifestPath(locale: string): string {
  return `i18n/${locale}/translation-status.json`;
}

/** A manifest that cannot be used, with what to do about it. */
export class ManifestError extends Error {}

export function emptyManifest(locale: string): Manifest {
  return {locale, files: {}};
}

export function readManifest(root: string, locale: string): Manifest {
  const relative = manifestPath(locale);
  const file = path.join(root, relative);
  if (!fs.existsSync(file)) return emptyManifest(locale);

  const fix =
    `Restore it with \`git checkout -- ${relative}\`, or delete it and, once you have checked the translations, ` +
    `run \`npm run i18n:mark -- --all --locale ${locale}\`.`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(`${relative} is not valid JSON (${(error as Error).message}). ${fix}`);
  }
  const raw = parsed as {locale?: unknown; files?: unknown};
  if (!raw || typeof raw !== 'object' || typeof raw.files !== 'object' || raw.files === null) {
    throw new ManifestError(`${relative} has no "files" object. ${fix}`);
  }
  if (raw.locale !== locale) {
    throw new ManifestError(`${relative} says it is for locale "${String(raw.locale)}", not "${locale}". ${fix}`);
  }

  const files: Record<string, TranslationRecord> = {};
  for (const [key, value] of Object.entries(raw.files as Record<string, unknown>)) {
    const entry = value as Partial<TranslationRecord> | null;
    const expected = sourcePathFor(key);
    const problem = !entry || typeof entry !== 'object'
      ? 'is not an object'
      : !expected || expected.locale !== locale
        ? `is not a ${locale} translation path (expected i18n/${locale}/fragments/… or i18n/${locale}/docusaurus-plugin-content-docs/current/…)`
        : entry.source !== toPosix(expected.englishPath)
          ? `names source "${String(entry.source)}" but its English file is ${toPosix(expected.englishPath)}`
          : typeof entry.sourceBlob !== 'string' || !/^[0-9a-f]{40}$/.test(entry.sourceBlob)
            ? 'has no valid "sourceBlob" (40 hex digits)'
            : entry.state !== 'translated' && entry.state !== 'in-progress'
              ? `has state "${String(entry.state)}" (expected "translated" or "in-progress")`
              : null;
    if (problem) throw new ManifestError(`${relative}: the entry "${key}" ${problem}. ${fix}`);
    files[key] = {source: entry!.source!, sourceBlob: entry!.sourceBlob!, state: entry!.state!};
  }
  return {locale, files};
}

export function serializeManifest(manifest: Manifest): string {
  const sorted = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((key) => {
        const {source, sourceBlob, state} = manifest.files[key]!;
        return [key, {source, sourceBlob, state}];
      }),
  );
  return `${JSON.stringify({note: NOTE, locale: manifest.locale, files: sorted}, null, 2)}\n`;
}

export function writeManifest(root: string, manifest: Manifest): void {
  const file = path.join(root, manifestPath(manifest.locale));
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, serializeManifest(manifest));
}
