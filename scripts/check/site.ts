/**
 * The site as the checks see it: every page and fragment in every locale, each
 * read and compiled once, plus what is derived from them on demand (English
 * counterparts, composed pages, routes). Rules only read from here.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import {globSync} from 'tinyglobby';
import {defaultLocale, docsDir, locales as allLocales, localizedDocsDir, localizedFragmentsDir} from '../../config/locales';
import {listContentFiles, resolveFragmentImport, toPosix, type ContentFile} from '../lib/content';
import type {HeadingInfo, MdxFacts, MdxSyntaxError, Position} from '../lib/mdx';
import {compileMdxCached, openCompileCache} from './compile';
import {docRoute, pageRoutes, staticFileExists} from './routes';

export type SiteFile = ContentFile & {
  source: string;
  /** Null when the file is not valid MDX (then `error` says why). */
  facts: MdxFacts | null;
  error: MdxSyntaxError | null;
};

/** An anchor target on a composed page, and where it comes from. */
export type Anchor = {id: string; file: string; position: Position; explicit: boolean};

/** A page as it is rendered in one locale: the page file plus the fragments it renders, recursively. */
export type ComposedPage = {
  /** The English page path: the page's identity across locales. */
  key: string;
  locale: string;
  route: string;
  /** The page file used in this locale (the translation, or English when there is none). */
  page: SiteFile;
  /** The page file first, then each rendered fragment in order of first use. */
  parts: SiteFile[];
  /** Heading ids and `id="…"` attributes, in document order of each part. */
  anchors: Anchor[];
};

export class Site {
  readonly byPath = new Map<string, SiteFile>();
  /** `${locale}\0${englishPath}` → that locale's translation. */
  private readonly translations = new Map<string, SiteFile>();
  private readonly renderedIn = new Map<string, Map<string, ComposedPage[]>>();
  private readonly composedCache = new Map<string, ComposedPage>();
  private readonly routesCache = new Map<string, Map<string, string>>();
  private nonDocRoutes: Set<string> | undefined;

  private constructor(
    readonly root: string,
    readonly files: SiteFile[],
    readonly locales: readonly string[],
  ) {
    for (const file of files) {
      this.byPath.set(file.path, file);
      if (file.locale !== defaultLocale) this.translations.set(`${file.locale}\0${file.englishPath}`, file);
    }
  }

  /**
   * Reads and compiles every content file under `root`. `onRead` sees the
   * sources before the (slower) compilation, to start work that needs only them.
   */
  static async load(
    root: string,
    locales: readonly string[] = allLocales,
    options: {onRead?: (files: Array<ContentFile & {source: string}>) => void; cache?: boolean} = {},
  ): Promise<Site> {
    const translated = locales.filter((l) => l !== defaultLocale);
    const read = listContentFiles(root, translated).map((file) => ({
      ...file,
      source: fs.readFileSync(path.join(root, file.path), 'utf8'),
    }));
    options.onRead?.(read);
    const cache = openCompileCache(root, options.cache ?? false);
    const files: SiteFile[] = [];
    for (const file of read) {
      const result = await compileMdxCached(file.source, cache);
      files.push({...file, facts: result.facts, error: result.error});
    }
    cache.save();
    return new Site(root, files, locales);
  }

  get(filePath: string): SiteFile | undefined {
    return this.byPath.get(filePath);
  }

  /** The English file a translation comes from, when it exists. */
  englishOf(file: SiteFile): SiteFile | undefined {
    return file.locale === defaultLocale ? undefined : this.byPath.get(file.englishPath);
  }

  /** English page paths: the pages the site has, in every locale. */
  pageKeys(): string[] {
    return this.files.filter((f) => f.locale === defaultLocale && f.kind === 'page').map((f) => f.path);
  }

  /** The file rendered for page `key` in `locale`: its translation, else the English page. */
  pageFile(key: string, locale: string): SiteFile | undefined {
    return (locale !== defaultLocale && this.translations.get(`${locale}\0${key}`)) || this.byPath.get(key);
  }

  /**
   * Which file an import in `from` renders, in `locale`: `@fragments/…` with the
   * build's fallback rule, relative `.md`/`.mdx` imports next to the importer.
   */
  resolveImport(from: SiteFile, source: string, locale: string): string | null {
    const fragment = resolveFragmentImport(source, locale, this.root);
    if (fragment) return fragment.path;
    if (/^\.\.?\//.test(source) && /\.mdx?$/.test(source)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from.path), source));
      return this.byPath.has(target) ? target : null;
    }
    return null;
  }

  /** Page `key` as rendered in `locale`, memoised (rules share it). */
  composed(key: string, locale: string): ComposedPage | undefined {
    const cacheKey = `${locale}\0${key}`;
    const cached = this.composedCache.get(cacheKey);
    if (cached) return cached;
    const page = this.pageFile(key, locale);
    if (!page) return undefined;
    const parts: SiteFile[] = [];
    const seen = new Set<string>();
    const visit = (file: SiteFile) => {
      if (seen.has(file.path)) return;
      seen.add(file.path);
      parts.push(file);
      if (!file.facts) return;
      // Only imports rendered as <Component /> put their headings on the page.
      const rendered = new Set(file.facts.jsxElements.map((el) => el.name));
      for (const imp of file.facts.imports) {
        if (!imp.names.some((name) => rendered.has(name))) continue;
        const target = this.resolveImport(file, imp.source, locale);
        const targetFile = target ? this.byPath.get(target) : undefined;
        if (targetFile) visit(targetFile);
      }
    };
    visit(page);
    const composed: ComposedPage = {
      key,
      locale,
      route: this.routeOf(page),
      page,
      parts,
      anchors: parts.flatMap((part) => anchorsOf(part)),
    };
    this.composedCache.set(cacheKey, composed);
    return composed;
  }

  /** Every composed page of `locale` that renders `file` (a fragment may be on several pages). */
  pagesRendering(file: SiteFile, locale: string): ComposedPage[] {
    let index = this.renderedIn.get(locale);
    if (!index) {
      // Built once per locale, so asking for every fragment stays linear.
      index = new Map();
      for (const key of this.pageKeys()) {
        const page = this.composed(key, locale);
        for (const part of page?.parts ?? []) index.set(part.path, [...(index.get(part.path) ?? []), page!]);
      }
      this.renderedIn.set(locale, index);
    }
    return index.get(file.path) ?? [];
  }

  /** The route of a page file, from its `slug` or Docusaurus' default. */
  routeOf(page: SiteFile): string {
    const contentRoot = page.locale === defaultLocale ? docsDir : toPosix(localizedDocsDir(page.locale));
    const relative = page.path.slice(contentRoot.length + 1);
    const slug = page.facts?.frontMatter?.slug;
    return docRoute(relative, typeof slug === 'string' ? slug : undefined);
  }

  /** Route → English page key, for the docs of `locale`. */
  routes(locale: string): Map<string, string> {
    let routes = this.routesCache.get(locale);
    if (!routes) {
      routes = new Map();
      for (const key of this.pageKeys()) {
        const page = this.pageFile(key, locale);
        if (page) routes.set(this.routeOf(page), key);
      }
      this.routesCache.set(locale, routes);
    }
    return routes;
  }

  /** Translations whose English file does not exist: never shown, the build renders no page for them. */
  orphans(): SiteFile[] {
    return this.files.filter((f) => f.locale !== defaultLocale && !this.byPath.has(f.englishPath));
  }

  /**
   * Pages and fragments under i18n/<locale>/ outside the two folders the build
   * reads them from (so not in `files`): nothing ever renders them.
   */
  strayTranslationFiles(): Array<{path: string; locale: string}> {
    return this.locales
      .filter((l) => l !== defaultLocale)
      .flatMap((locale) => {
        const roots = [localizedDocsDir(locale), localizedFragmentsDir(locale)].map((d) => `${toPosix(d)}/`);
        return globSync('**/*.{md,mdx}', {cwd: path.join(this.root, 'i18n', locale)})
          .map((p) => `i18n/${locale}/${toPosix(p)}`)
          .filter((p) => !roots.some((r) => p.startsWith(r)))
          .sort()
          .map((p) => ({path: p, locale}));
      });
  }

  /** Routes that exist but are not docs: src/pages and files in static/. */
  isNonDocRoute(route: string): boolean {
    this.nonDocRoutes ??= pageRoutes(this.root);
    return this.nonDocRoutes.has(route) || staticFileExists(this.root, route);
  }
}

/** The last non-empty line: where to report something missing at the end of a file. */
export function endOf(file: SiteFile): Position {
  return {line: file.source.replace(/\s+$/, '').split('\n').length, column: 1};
}

/**
 * Anchor targets a file puts on its page: explicit heading ids, the ids
 * Docusaurus generates for headings without one (slugged per file, as each MDX
 * file is compiled on its own), and literal `id` attributes.
 */
export function anchorsOf(file: SiteFile): Anchor[] {
  if (!file.facts) return [];
  const slugger = new GithubSlugger();
  const fromHeadings = file.facts.headings.map((h: HeadingInfo) => ({
    id: h.id ?? slugger.slug(h.text),
    file: file.path,
    position: h.position,
    explicit: h.id !== null,
  }));
  const fromJsx = file.facts.jsxElements
    .filter((el) => el.id !== null)
    .map((el) => ({id: el.id!, file: file.path, position: el.position, explicit: true}));
  return [...fromHeadings, ...fromJsx];
}
