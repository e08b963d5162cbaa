/**
 * The Markdown of a page as a locale renders it: the page's MDX tree with
 * every `<Fragment />` replaced by the fragment's own tree, looked up in that
 * locale's fragment folders with the site's fallback rule
 * (`resolveFragmentImport`, i.e. `fragmentSearchPath()` in config/locales.ts),
 * then turned into plain Markdown by `toPlainMarkdown`.
 *
 * Works on the same MDX syntax trees `npm run check` reads (scripts/lib/mdx.ts),
 * so what is exported is what the build compiles.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import {parseMdxTree, MdxSyntaxError} from '../../../scripts/lib/mdx';
import {resolveFragmentImport, toPosix} from '../../../scripts/lib/content';
import {MarkdownExportError, toPlainMarkdown, type PlainMarkdownOptions} from './plain-markdown';

export type ComposeOptions = Omit<PlainMarkdownOptions, 'file' | 'imports' | 'inline'> & {
  siteDir: string;
  locale: string;
  /**
   * Parsed files, shared by the pages of one export: a fragment used by many
   * pages is parsed once. Trees are never modified, only copied.
   */
  parsed?: Map<string, Root>;
  /**
   * What to put before a fragment shown in English because the locale has no
   * translation of it (the page's own notice says the same in HTML).
   */
  untranslatedNotice?: () => RootContent[];
};

type EsmNode = {type: 'mdxjsEsm'; data?: {estree?: {body: Array<Record<string, any>>}}};

/** Local name → import source, for every import of an MDX file (`Tabs` → `@theme/Tabs`). */
export function importsOf(tree: Root): Map<string, string> {
  const imports = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type !== ('mdxjsEsm' as string)) continue;
    for (const statement of (node as unknown as EsmNode).data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers as Array<{local: {name: string}}>) {
        imports.set(specifier.local.name, String(statement.source.value));
      }
    }
  }
  return imports;
}

function readTree(siteDir: string, file: string): Root {
  const source = fs.readFileSync(path.join(siteDir, file), 'utf8');
  try {
    return parseMdxTree(source);
  } catch (error) {
    if (error instanceof MdxSyntaxError) {
      throw new MarkdownExportError(file, error.position.line, error.message, 'fix the MDX syntax (npm run check shows every problem)');
    }
    throw error;
  }
}

/**
 * Plain Markdown tree of one content file (site-relative path) rendered in
 * `options.locale`, fragments inlined. `chain` holds the files being inlined
 * above this one, to stop a fragment that renders itself.
 */
export function composeFile(file: string, options: ComposeOptions, chain: string[] = [], inFallback = false): Root {
  if (chain.includes(file)) {
    throw new MarkdownExportError(file, 1, `fragment renders itself through ${[...chain, file].join(' → ')}`, 'remove the circular fragment import');
  }
  let tree = options.parsed?.get(file);
  if (!tree) {
    tree = readTree(options.siteDir, file);
    options.parsed?.set(file, tree);
  }
  const imports = importsOf(tree);
  return toPlainMarkdown(tree, {
    ...options,
    file,
    imports,
    inline(name, line): RootContent[] | null {
      const source = imports.get(name);
      if (!source) return null;
      const resolved = resolveFragmentImport(source, options.locale, options.siteDir);
      if (!resolved) {
        if (source.endsWith('.mdx') || source.endsWith('.md')) {
          throw new MarkdownExportError(file, line, `<${name} /> imports ${source}, which resolves to no file in locale ${options.locale}`, 'fix the import path');
        }
        return null;
      }
      const children = composeFile(toPosix(resolved.path), options, [...chain, file], inFallback || resolved.fellBack).children;
      // One notice for an English fragment, none again for the fragments it renders.
      const notice = resolved.fellBack && !inFallback ? (options.untranslatedNotice?.() ?? []) : [];
      return [...notice, ...children];
    },
  });
}
