/**
 * What the sources say a built page must contain: each guide's slug, and for
 * every fragment it imports (resolved per locale, with the English fallback),
 * its heading ids and a sentence of its prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {extractFacts} from '../../scripts/lib/mdx';
import {listSourceFiles, resolveFragmentImport, siteDir} from '../../scripts/lib/content';
import {defaultLocale, translationPathFor} from '../../config/locales';
import {normaliseText} from './built-site';

export type Guide = {englishPath: string; slug: string};

function factsOf(file: string, root = siteDir) {
  return extractFacts(fs.readFileSync(path.join(root, file), 'utf8'));
}

/** Quick-start guides: pages that declare a gallery card (`sidebar_custom_props.logoFilename`). */
export function guides(root = siteDir): Guide[] {
  return listSourceFiles(root)
    .filter((f) => f.kind === 'page')
    .map((f) => ({file: f, frontMatter: factsOf(f.englishPath, root).frontMatter ?? {}}))
    .filter(({frontMatter}) => {
      const props = frontMatter.sidebar_custom_props as {logoFilename?: unknown} | undefined;
      return typeof frontMatter.slug === 'string' && typeof props?.logoFilename === 'string';
    })
    .map(({file, frontMatter}) => ({englishPath: file.englishPath, slug: String(frontMatter.slug)}));
}

/** The page file a locale builds for a guide (the translation if it exists). */
export function pageFileFor(guide: Guide, locale: string, root = siteDir): string {
  if (locale === defaultLocale) return guide.englishPath;
  const translated = translationPathFor(guide.englishPath, locale)!;
  return fs.existsSync(path.join(root, translated)) ? translated : guide.englishPath;
}

export type FragmentExpectation = {
  importSource: string;
  file: string;
  headingIds: string[];
  /** The fragment's first paragraph as plain text, to find on the built page. */
  sample: string | null;
};

/**
 * Every fragment a page imports, directly or through another fragment,
 * resolved for `locale`, with what it must contribute to the page.
 */
export function fragmentsOf(pageFile: string, locale: string, root = siteDir): FragmentExpectation[] {
  const found: FragmentExpectation[] = [];
  const visited = new Set<string>();
  const walk = (file: string) => {
    for (const imp of factsOf(file, root).imports) {
      const resolved = resolveFragmentImport(imp.source, locale, root);
      if (!resolved || visited.has(resolved.path)) continue;
      visited.add(resolved.path);
      const facts = factsOf(resolved.path, root);
      let sample: string | null = null;
      visit(facts.tree, 'paragraph', (node) => {
        if (sample === null) {
          const text = normaliseText(toString(node));
          if (text.length >= 20) sample = text;
        }
      });
      found.push({
        importSource: imp.source,
        file: resolved.path,
        headingIds: facts.headings.filter((h) => h.id).map((h) => h.id!),
        sample,
      });
      walk(resolved.path);
    }
  };
  walk(pageFile);
  return found;
}
