/**
 * Starting a translation: the English file is copied, byte for byte, to where
 * the translation belongs, and recorded as "in progress".
 *
 * A verbatim copy is the one starting point that is structurally identical to
 * the English by construction: same front matter (slug, positions, logos),
 * same imports, same code blocks, same heading ids. The translator then only
 * replaces prose. The in-progress record keeps the copy from counting as
 * translated, and makes the Spanish site label it as a translation in progress.
 */
import fs from 'node:fs';
import path from 'node:path';
import {resolveFragmentImport, toPosix} from '../lib/content';
import {extractFacts} from '../lib/mdx';
import {fileBlobId} from './blob';
import {CliError, type FileTarget} from './cli';
import {readManifest, writeManifest} from './record';
import {statusOfEnglishFile} from './status';

export type NewResult = {
  target: FileTarget;
  /** English fragments this file imports that have no translation in the locale yet. */
  untranslatedFragments: string[];
};

export function startTranslation(root: string, target: FileTarget): NewResult {
  const englishFile = path.join(root, target.englishPath);
  const translatedFile = path.join(root, target.translatedPath);
  if (!fs.existsSync(englishFile)) {
    throw new CliError(`${target.englishPath} does not exist. Give the path of an existing English page or fragment.`);
  }
  if (fs.existsSync(translatedFile)) {
    const state = statusOfEnglishFile(root, target.englishPath, target.locale)?.state ?? 'outdated';
    throw new CliError(
      `${target.translatedPath} already exists (status: ${state.replace(/-/g, ' ')}), and i18n:new never overwrites a translation.\n` +
        `  To see what changed in English since it was translated: npm run i18n:status -- --locale ${target.locale}\n` +
        `  After updating it:                                      npm run i18n:mark -- ${target.translatedPath}`,
    );
  }

  const english = fs.readFileSync(englishFile);
  fs.mkdirSync(path.dirname(translatedFile), {recursive: true});
  // 'wx' fails instead of overwriting, in case the file appeared since the check above.
  fs.writeFileSync(translatedFile, english, {flag: 'wx'});

  const manifest = readManifest(root, target.locale);
  manifest.files[target.translatedPath] = {
    source: target.englishPath,
    sourceBlob: fileBlobId(englishFile),
    state: 'in-progress',
  };
  writeManifest(root, manifest);

  const untranslatedFragments = extractFacts(english.toString('utf8'))
    .imports.map((i) => resolveFragmentImport(i.source, target.locale, root))
    .filter((r): r is {path: string; fellBack: boolean} => r !== null && r.fellBack)
    .map((r) => toPosix(r.path));
  return {target, untranslatedFragments: [...new Set(untranslatedFragments)]};
}
