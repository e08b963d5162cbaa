/**
 * Collects the code blocks of each guide. A guide is a page, in one locale,
 * plus every fragment it renders, resolved the way that locale's build resolves
 * them (resolveFragmentImport: the locale's fragment, else the English one).
 * Blocks come in reading order: a fragment's blocks are spliced in where the
 * page first renders the fragment's component, so "the block before" means the
 * same thing to the checker as to a reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import {defaultLocale, locales, translationPathFor} from '../../config/locales';
import {listSourceFiles, resolveFragmentImport, siteDir, toPosix} from '../lib/content';
import {extractFacts, MdxSyntaxError, type MdxFacts} from '../lib/mdx';
import {isShellBlock, isTsBlock, toBlock, type Block} from './blocks';

export type Router = 'app' | 'pages';

/** Content that cannot be read as MDX: the check cannot run, and says where. */
export class ContentError extends Error {}

export type Guide = {
  /** `<locale>:<page path>`, stable, used in logs. */
  id: string;
  locale: string;
  /** The page file this locale builds (its translation, or the English page when untranslated). */
  page: string;
  /** Page and rendered fragments, in reading order. */
  files: string[];
  /** Every code block of the guide in reading order (all languages). */
  blocks: Block[];
  /** Every heading with an explicit id, in reading order, with the number of blocks before it. */
  headings: GuideHeading[];
  router: Router;
  /** Whether the guide's files live under `src/` (create-next-app's `--src-dir`). */
  srcDir: boolean;
};

/** A heading of the guide (page or fragment); `blocksBefore` places it among `Guide.blocks`. */
export type GuideHeading = {id: string; depth: number; text: string; file: string; line: number; blocksBefore: number};

export type CollectResult = {
  guides: Guide[];
  /** Guides left out because a locale builds exactly the same files as another (full fallback). */
  duplicates: Array<{id: string; sameAs: string}>;
};

/** Where the App Router / Pages Router folders start in a title (`src/` prefix allowed). */
function routerOfTitle(title: string): Router | null {
  const rest = title.replace(/^\.\//, '').replace(/^src\//, '');
  if (rest.startsWith('app/')) return 'app';
  if (rest.startsWith('pages/')) return 'pages';
  return null;
}

/**
 * The router a guide is checked with: the one its block titles use (`app/…` or
 * `pages/…`); when titles do not tell (or name both), the page's file name does
 * (`…app-router…` means the App Router), else the Pages Router.
 */
export function guideRouter(page: string, blocks: Block[]): Router {
  const seen = new Set(blocks.filter(isTsBlock).map((b) => (b.title ? routerOfTitle(b.title) : null)));
  if (seen.has('app') && !seen.has('pages')) return 'app';
  if (seen.has('pages') && !seen.has('app')) return 'pages';
  return /app-router/.test(path.basename(page)) ? 'app' : 'pages';
}

export function collectGuides(root = siteDir): CollectResult {
  const factsCache = new Map<string, MdxFacts>();
  const factsOf = (file: string): MdxFacts => {
    let facts = factsCache.get(file);
    if (!facts) {
      try {
        facts = extractFacts(fs.readFileSync(path.join(root, file), 'utf8'));
      } catch (error) {
        // Located like any other failure, so the writer lands on the line, not on a stack trace.
        if (error instanceof MdxSyntaxError) {
          throw new ContentError(`${file}:${error.position.line}:${error.position.column}  MDX  ${error.message}`);
        }
        throw error;
      }
      factsCache.set(file, facts);
    }
    return facts;
  };

  /** The file an MDX import renders, as this locale's build would resolve it. */
  const resolveImport = (from: string, source: string, locale: string): string | null => {
    const fragment = resolveFragmentImport(source, locale, root);
    if (fragment) return fragment.path;
    if (source.startsWith('.') && /\.mdx?$/.test(source)) {
      const relative = toPosix(path.join(path.dirname(from), source));
      return fs.existsSync(path.join(root, relative)) ? relative : null;
    }
    return null;
  };

  type Expanded = {blocks: Block[]; files: string[]; headings: GuideHeading[]};
  const expand = (file: string, locale: string, stack: string[]): Expanded => {
    if (stack.includes(file)) return {blocks: [], files: [], headings: []}; // an import cycle; the build reports it, not us
    const facts = factsOf(file);
    const byName = new Map<string, string>();
    for (const imp of facts.imports) {
      const target = resolveImport(file, imp.source, locale);
      if (target) for (const name of imp.names) byName.set(name, target);
    }
    type Event = {line: number; column: number; block?: Block; fragment?: string; heading?: MdxFacts['headings'][number]};
    const events: Event[] = facts.codeBlocks.map((info) => ({
      ...info.position,
      block: toBlock(file, info),
    }));
    for (const heading of facts.headings) if (heading.id) events.push({...heading.position, heading});
    const rendered = new Set<string>();
    for (const el of facts.jsxElements) {
      const target = el.name ? byName.get(el.name) : undefined;
      if (target && !rendered.has(el.name!)) {
        rendered.add(el.name!);
        events.push({...el.position, fragment: target});
      }
    }
    // Imported but never rendered: still content someone may copy, so still checked, after the rest.
    for (const [name, target] of byName) {
      if (!rendered.has(name)) events.push({line: Number.MAX_SAFE_INTEGER, column: 0, fragment: target});
    }
    events.sort((a, b) => a.line - b.line || a.column - b.column);

    const blocks: Block[] = [];
    const files = [file];
    const headings: GuideHeading[] = [];
    for (const event of events) {
      if (event.block) blocks.push(event.block);
      else if (event.heading) {
        const {id, depth, text, position} = event.heading;
        headings.push({id: id!, depth, text, file, line: position.line, blocksBefore: blocks.length});
      } else if (event.fragment) {
        const inner = expand(event.fragment, locale, [...stack, file]);
        for (const h of inner.headings) headings.push({...h, blocksBefore: h.blocksBefore + blocks.length});
        blocks.push(...inner.blocks);
        for (const f of inner.files) if (!files.includes(f)) files.push(f);
      }
    }
    return {blocks, files, headings};
  };

  const guides: Guide[] = [];
  const duplicates: CollectResult['duplicates'] = [];
  const seenFileSets = new Map<string, string>();
  // English first, so a fully fallen-back translation is reported as a duplicate of it.
  const ordered = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  const pages = listSourceFiles(root).filter((f) => f.kind === 'page');
  for (const locale of ordered) {
    for (const source of pages) {
      let page = source.englishPath;
      if (locale !== defaultLocale) {
        const translated = toPosix(translationPathFor(source.englishPath, locale)!);
        if (fs.existsSync(path.join(root, translated))) page = translated;
      }
      const {blocks, files, headings} = expand(page, locale, []);
      if (!blocks.some((b) => isTsBlock(b) || isShellBlock(b))) continue;
      const id = `${locale}:${page}`;
      const key = files.join('\n');
      const sameAs = seenFileSets.get(key);
      if (sameAs) {
        duplicates.push({id, sameAs});
        continue;
      }
      seenFileSets.set(key, id);
      guides.push({
        id,
        locale,
        page,
        files,
        blocks,
        headings,
        router: guideRouter(page, blocks),
        srcDir: blocks.some((b) => isTsBlock(b) && b.title?.replace(/^\.\//, '').startsWith('src/')),
      });
    }
  }
  return {guides, duplicates};
}
