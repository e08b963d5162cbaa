/**
 * The content inventory: which English pages and fragments exist, where their
 * translations live, and which fragment file a page's import resolves to in a
 * given locale (the same fallback rule the build's resolver applies).
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {
  defaultLocale,
  docsDir,
  fragmentSearchPath,
  fragmentsDir,
  localizedDocsDir,
  localizedFragmentsDir,
  sourcePathFor,
  translationLocales,
  translationPathFor,
} from '../../config/locales';
import {FRAGMENTS_ALIAS} from '../../config/plugins/fragments-alias';

export const siteDir = path.resolve(__dirname, '..', '..');

export type ContentKind = 'page' | 'fragment';

export type SourceFile = {
  /** Path relative to the site, POSIX separators. */
  englishPath: string;
  kind: ContentKind;
};

export type TranslationFile = SourceFile & {
  locale: string;
  /** Where the translation lives (relative to the site), whether or not it exists yet. */
  translatedPath: string;
  exists: boolean;
};

const CONTENT_GLOB = '**/*.{md,mdx}';

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Every English page and fragment, sorted for stable output. */
export function listSourceFiles(root = siteDir): SourceFile[] {
  const pages = globSync(CONTENT_GLOB, {cwd: path.join(root, docsDir)}).map((p) => ({
    englishPath: `${docsDir}/${toPosix(p)}`,
    kind: 'page' as const,
  }));
  const fragments = globSync(CONTENT_GLOB, {cwd: path.join(root, fragmentsDir)}).map((p) => ({
    englishPath: `${fragmentsDir}/${toPosix(p)}`,
    kind: 'fragment' as const,
  }));
  return [...pages, ...fragments].sort((a, b) => a.englishPath.localeCompare(b.englishPath));
}

/** Every (English file, locale) pair, with where its translation is or should be. */
export function listTranslations(root = siteDir, locales: readonly string[] = translationLocales): TranslationFile[] {
  return locales.flatMap((locale) =>
    listSourceFiles(root).map((source) => {
      const translatedPath = toPosix(translationPathFor(source.englishPath, locale)!);
      return {
        ...source,
        locale,
        translatedPath,
        exists: fs.existsSync(path.join(root, translatedPath)),
      };
    }),
  );
}

/**
 * The file an import resolves to when `locale` is built, or null when it is not
 * a fragment import or no candidate exists. `fellBack` is true when the locale's
 * own fragment is missing and the English one is used.
 */
export function resolveFragmentImport(
  importSource: string,
  locale: string,
  root = siteDir,
): {path: string; fellBack: boolean} | null {
  if (!importSource.startsWith(`${FRAGMENTS_ALIAS}/`)) return null;
  const rest = importSource.slice(FRAGMENTS_ALIAS.length + 1);
  const candidates = fragmentSearchPath(locale);
  for (const [index, dir] of candidates.entries()) {
    const candidate = path.join(dir, rest);
    if (fs.existsSync(path.join(root, candidate))) {
      return {path: toPosix(candidate), fellBack: locale !== defaultLocale && index > 0};
    }
  }
  return null;
}

export type ContentFile = SourceFile & {
  /** Path of this file relative to the site, POSIX separators. */
  path: string;
  locale: string;
};

/**
 * Every page and fragment that exists, in every locale: the English files, then
 * each locale's translations. Translations without an English source (renamed
 * or deleted upstream) are listed too, so checks can still read them.
 */
export function listContentFiles(root = siteDir, locales: readonly string[] = translationLocales): ContentFile[] {
  const english = listSourceFiles(root);
  const files: ContentFile[] = english.map((s) => ({...s, path: s.englishPath, locale: defaultLocale}));
  const known = new Set<string>();
  for (const t of listTranslations(root, locales)) {
    known.add(t.translatedPath);
    if (t.exists) files.push({englishPath: t.englishPath, kind: t.kind, path: t.translatedPath, locale: t.locale});
  }
  for (const locale of locales) {
    for (const [dir, kind] of [
      [localizedDocsDir(locale), 'page'],
      [localizedFragmentsDir(locale), 'fragment'],
    ] as const) {
      for (const p of globSync(CONTENT_GLOB, {cwd: path.join(root, dir)})) {
        const translatedPath = `${toPosix(dir)}/${toPosix(p)}`;
        if (known.has(translatedPath)) continue;
        files.push({englishPath: toPosix(sourcePathFor(translatedPath)!.englishPath), kind, path: translatedPath, locale});
      }
    }
  }
  return files;
}
