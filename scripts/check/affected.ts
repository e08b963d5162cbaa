/**
 * `npm run check -- --changed`: from the files a pull request changed to the
 * files whose problems it can cause, which become the run's targets (the same
 * `isTarget` that path arguments set).
 *
 * - an English page or fragment: itself and its translation in every locale;
 * - a translation (or a UI strings file under i18n/): itself;
 * - any page or fragment: every page that renders it, in every locale and per
 *   the fallback rule, with all that page renders (an id used twice on a page
 *   can be reported in another of its fragments), and every file that links
 *   to one of those pages (an anchor may have gone);
 * - what every check reads (the locales, the checks' own code, the spelling
 *   configuration and word lists, installed versions, components and static
 *   files that links may point to), or a deleted page or fragment (links and
 *   imports anywhere may point to it): everything.
 *
 * Anything else (README, tests, workflows…) is read by no check.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {defaultLocale, docsDir, fragmentsDir, localizedDocsDir, sourcePathFor, translationPathFor} from '../../config/locales';
import {toPosix} from '../lib/content';
import {normalizeRoute} from './routes';
import type {ComposedPage, Site} from './site';

export type ChangedScope =
  /** `everything` names the changed file that makes every file a target, and why. */
  | {everything: string; paths?: undefined}
  | {everything?: undefined; paths: string[]};

/** Files every check depends on; the reason is printed when one of them changed. */
const READ_BY_EVERY_CHECK: Array<[RegExp, string]> = [
  [/^config\/locales\.ts$/, 'it says which locales exist'],
  [/^config\/plugins\/(fragments|fragments-alias|static-code\/.*)\.ts$/, 'the checks resolve fragments and code fences with it'],
  [/^scripts\/(check|lib)\//, 'it is the code of the checks'],
  [/^package(-lock)?\.json$/, 'it decides the versions of the compiler and dictionaries'],
  [/^(\.?cspell[^/]*|project-words[^/]*\.txt)$/, 'it is spelling configuration'],
  [/^src\//, 'components, UI strings and src/pages routes are read by the checks'],
  [/^static\//, 'links may point to static files'],
  [/^(docusaurus\.config|sidebars)\.ts$/, 'it is site configuration'],
];

const isContent = (file: string) => /\.mdx?$/.test(file) && (file.startsWith(`${docsDir}/`) || file.startsWith(`${fragmentsDir}/`) || sourcePathFor(file) !== null);

/** The reason every file must be checked, or null. Needs no compilation. */
function everythingBecause(root: string, changed: string[], wordLists: string[]): string | null {
  for (const file of changed) {
    const rule = READ_BY_EVERY_CHECK.find(([pattern]) => pattern.test(file));
    if (rule) return `${file} changed (${rule[1]})`;
    if (wordLists.includes(file)) return `${file} changed (it is a spelling word list)`;
    if (isContent(file) && !fs.existsSync(path.join(root, file))) {
      return `${file} was deleted or renamed (links and imports anywhere may point to it)`;
    }
  }
  return null;
}

/** The changed files themselves and the translations of changed English files: known from paths alone. */
export function directlyChanged(root: string, changed: string[], locales: readonly string[], wordLists: string[] = []): ChangedScope {
  const reason = everythingBecause(root, changed, wordLists);
  if (reason) return {everything: reason};
  const paths = new Set<string>();
  for (const file of changed) {
    if (isContent(file) || file.startsWith('i18n/')) paths.add(file);
    if (isContent(file) && sourcePathFor(file) === null) {
      for (const locale of locales) {
        if (locale !== defaultLocale) paths.add(toPosix(translationPathFor(file, locale)!));
      }
    }
  }
  return {paths: [...paths].sort()};
}

/** `directlyChanged`, widened with the pages that render those files and the files that link to them. */
export function affectedBy(site: Site, changed: string[], wordLists: string[] = []): ChangedScope {
  const direct = directlyChanged(site.root, changed, site.locales, wordLists);
  if (direct.paths === undefined) return direct;
  const targets = new Set(direct.paths);
  const pages = new Map<string, ComposedPage>();
  for (const target of direct.paths) {
    const file = site.get(target);
    if (!file) continue;
    for (const locale of site.locales) {
      for (const page of site.pagesRendering(file, locale)) pages.set(`${locale}\0${page.key}`, page);
    }
  }
  for (const page of pages.values()) for (const part of page.parts) targets.add(part.path);

  const routes = new Set([...pages.values()].map((page) => page.route));
  const keys = new Set([...pages.values()].map((page) => page.key));
  for (const file of site.files) {
    if (targets.has(file.path) || !file.facts) continue;
    if (file.facts.links.some((link) => linksInto(file.path, file.locale, link.url, routes, keys))) targets.add(file.path);
  }
  return {paths: [...targets].sort()};
}

/**
 * Whether a link may lead to one of these pages (by route, or by file for
 * `.mdx` links). Relative routes are not resolved here: they count as a yes.
 */
function linksInto(from: string, locale: string, url: string, routes: Set<string>, keys: Set<string>): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.trim() === '') return false;
  const target = url.replace(/[#?].*$/, '');
  if (/\.mdx?$/.test(target)) {
    const contentRoot = locale === defaultLocale ? docsDir : toPosix(localizedDocsDir(locale));
    if (!from.startsWith(`${contentRoot}/`)) return true;
    const relative = path.posix.normalize(path.posix.join(path.posix.dirname(from.slice(contentRoot.length + 1)), target));
    return keys.has(`${docsDir}/${relative}`);
  }
  if (!target.startsWith('/')) return true;
  return routes.has(normalizeRoute(target));
}

/** Word lists named by the spelling configuration (cspell `dictionaryDefinitions`), relative to the site. */
export function spellingWordLists(root: string, configFile: string): string[] {
  const file = path.join(root, configFile);
  if (!fs.existsSync(file)) return [];
  const config = (parseYaml(fs.readFileSync(file, 'utf8')) ?? {}) as {dictionaryDefinitions?: Array<{path?: string}>};
  return (config.dictionaryDefinitions ?? []).flatMap((d) =>
    d.path ? [toPosix(path.relative(root, path.resolve(path.dirname(file), d.path)))] : [],
  );
}
