/**
 * misplaced-translation: a translation is only used when its path matches an
 * English file (i18n/<locale>/fragments/X ↔ fragments/X,
 * i18n/<locale>/docusaurus-plugin-content-docs/current/X ↔ docs/X). A typo in
 * its name or folder, or an English file renamed or deleted, leaves it unused
 * while readers silently get the English file. Each such file is reported
 * with the English file it most likely belongs to.
 */
import path from 'node:path';
import {defaultLocale, translationPathFor} from '../../../config/locales';
import {toPosix, type ContentKind} from '../../lib/content';
import {editDistance} from '../closest';
import type {Site, SiteFile} from '../site';
import type {Finding, Rule} from '../types';

type Candidate = {englishPath: string; kind: ContentKind; translated: boolean};

/** Path under docs/ or fragments/: what a translation's path is compared on. */
const inner = (englishPath: string) => englishPath.replace(/^(?:docs|fragments)\//, '');

/**
 * The English file a misplaced translation most likely belongs to: the
 * nearest path by edit distance (a typo), else a file with the same name in
 * another folder (a move); among equals, one that has no translation yet.
 */
export function likelySource(relative: string, candidates: Candidate[]): Candidate | null {
  const limit = Math.max(4, Math.floor(relative.length / 3));
  let best: {candidate: Candidate; score: number} | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(relative, inner(candidate.englishPath));
    if (distance > limit) continue;
    // An English file that already has its translation is a less likely home.
    const score = distance * 2 + (candidate.translated ? 3 : 0);
    if (!best || score < best.score) best = {candidate, score};
  }
  if (best) return best.candidate;
  const name = path.posix.basename(relative);
  const sameName = candidates.filter((c) => path.posix.basename(c.englishPath) === name);
  return sameName.find((c) => !c.translated) ?? sameName[0] ?? null;
}

function candidatesFor(site: Site, locale: string): Candidate[] {
  const translated = new Set(site.files.filter((f) => f.locale === locale && site.get(f.englishPath)).map((f) => f.englishPath));
  return site.files
    .filter((f) => f.locale === defaultLocale)
    .map((f) => ({englishPath: f.path, kind: f.kind, translated: translated.has(f.path)}));
}

function suggestion(site: Site, locale: string, filePath: string, candidate: Candidate | null): {message: string; fix: string} {
  if (!candidate) {
    return {
      message: 'no English file has a similar path',
      fix: `if its English file was deleted, delete this translation; if it was renamed or moved, move this file to the same new path under i18n/${locale}/ (then run \`npm run i18n:mark -- --prune --locale ${locale}\`)`,
    };
  }
  const target = toPosix(translationPathFor(candidate.englishPath, locale)!);
  if (candidate.translated) {
    return {
      message: `it most likely belongs to ${candidate.englishPath}, which already has a ${locale} translation (${target})`,
      fix: `compare it with ${target}, keep one of the two and delete the other`,
    };
  }
  return {
    message: `it most likely belongs to ${candidate.englishPath}, which has no ${locale} translation`,
    fix: `move it: \`git mv ${filePath} ${target}\`, then \`npm run i18n:mark -- ${target}\` once it matches the English text`,
  };
}

function orphanFinding(site: Site, file: SiteFile): Finding {
  const others = candidatesFor(site, file.locale);
  const sameKind = others.filter((c) => c.kind === file.kind);
  const candidate = likelySource(inner(file.englishPath), sameKind) ?? likelySource(inner(file.englishPath), others);
  const {message, fix} = suggestion(site, file.locale, file.path, candidate);
  return {
    path: file.path,
    line: 1,
    column: 1,
    message: `no English file ${file.englishPath}, so this translation is never shown (${file.locale} readers get the English page or fragment instead); ${message}`,
    fix,
  };
}

export const misplacedTranslation: Rule = {
  name: 'misplaced-translation',
  check({site, isTarget}) {
    const findings = site.orphans().filter((f) => isTarget(f.path)).map((f) => orphanFinding(site, f));
    for (const stray of site.strayTranslationFiles()) {
      if (!isTarget(stray.path)) continue;
      const relative = stray.path.slice(`i18n/${stray.locale}/`.length).replace(/^(?:docs|fragments|docusaurus-plugin-content-docs(?:\/current)?)\//, '');
      const {message, fix} = suggestion(site, stray.locale, stray.path, likelySource(relative, candidatesFor(site, stray.locale)));
      findings.push({
        path: stray.path,
        line: 1,
        column: 1,
        message: `not a place translations are read from (pages go under i18n/${stray.locale}/docusaurus-plugin-content-docs/current/, fragments under i18n/${stray.locale}/fragments/), so it is never shown; ${message}`,
        fix,
      });
    }
    return findings;
  },
};
