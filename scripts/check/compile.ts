/**
 * Compiles a file with the real MDX compiler (@mdx-js/mdx, with the remark
 * plugins Docusaurus adds: GFM, directives, front matter) and keeps the mdast
 * that compile parsed, so the same single parse feeds every rule.
 */
import type {Root} from 'mdast';
import {extractFactsFromTree, MdxSyntaxError, toMdxSyntaxError, type MdxFacts} from '../lib/mdx';

export type CompileResult = {facts: MdxFacts; error: null} | {facts: null; error: MdxSyntaxError};

type Compile = (source: string, capture: (tree: Root) => void) => Promise<unknown>;

let compiler: Promise<Compile> | undefined;

// @mdx-js/mdx and its dependencies are ESM only (some export no `require`
// condition), so they are loaded with import() rather than a static import.
function loadCompiler(): Promise<Compile> {
  compiler ??= (async () => {
    const [{compile}, {default: remarkGfm}, {default: remarkDirective}, {default: remarkFrontmatter}] =
      await Promise.all([
        import('@mdx-js/mdx'),
        import('remark-gfm'),
        import('remark-directive'),
        import('remark-frontmatter'),
      ]);
    return (source, capture) =>
      compile(source, {
        remarkPlugins: [
          remarkGfm,
          remarkDirective,
          [remarkFrontmatter, ['yaml']],
          // Last remark plugin: sees the tree exactly as parsed, before MDX's own
          // transforms unravel paragraphs and turn it into hast.
          () => (tree: Root) => capture(tree),
        ],
      });
  })();
  return compiler;
}

export async function compileMdx(source: string): Promise<CompileResult> {
  const compile = await loadCompiler();
  let facts: MdxFacts | null = null;
  try {
    await compile(source, (tree) => {
      facts = extractFactsFromTree(tree, source);
    });
  } catch (error) {
    // The toolchain reports syntax errors as VFileMessages (with a `reason`);
    // anything else is a bug in this tool and must not pass for a content error.
    if (!(error instanceof MdxSyntaxError) && typeof (error as {reason?: unknown})?.reason !== 'string') throw error;
    return {facts: null, error: toMdxSyntaxError(error)};
  }
  return facts ? {facts, error: null} : {facts: null, error: new MdxSyntaxError('MDX compiler returned no tree', {line: 1, column: 1})};
}
