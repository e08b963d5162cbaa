/**
 * Compiles a file with the real MDX compiler (@mdx-js/mdx, with the remark
 * plugins Docusaurus adds: GFM, directives, front matter) and keeps the mdast
 * that compile parsed, so the same single parse feeds every rule.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import {extractFactsFromTree, MdxSyntaxError, toMdxSyntaxError, type MdxFacts} from '../lib/mdx';
import {DiskCache, saltOf} from './disk-cache';
import {withMdxComments} from './html-comments';

/**
 * `facts` is null when the file could not be parsed at all. A file whose only
 * errors are HTML comments has both: the error, and the facts of the file with
 * those comments read as MDX comments, so the other rules still check it.
 */
export type CompileResult = {facts: MdxFacts | null; error: MdxSyntaxError | null};

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

type StoredResult = {facts: MdxFacts | null; error: {message: string; position: MdxSyntaxError['position']; ruleId?: string} | null};

/** Compile results depend on the file's text, the compiler's packages and the code below. */
export function openCompileCache(root: string, enabled: boolean): DiskCache<StoredResult> {
  const salt = saltOf(
    ['@mdx-js/mdx', 'remark-gfm', 'remark-directive', 'remark-frontmatter', 'yaml'],
    [path.join(__dirname, '..', 'lib', 'mdx.ts'), __filename, path.join(__dirname, 'html-comments.ts')],
  );
  return DiskCache.open<StoredResult>(root, 'compile', salt, enabled);
}

/** compileMdx, or its stored result for the same text: an unchanged file is not compiled again. */
export async function compileMdxCached(source: string, cache: DiskCache<StoredResult>): Promise<CompileResult> {
  const key = cache.key(source);
  const stored = cache.get(key);
  if (stored) {
    const {facts, error} = stored;
    return {facts, error: error && new MdxSyntaxError(error.message, error.position, error.ruleId)};
  }
  const result = await compileMdx(source);
  const {error} = result;
  cache.set(key, {facts: result.facts, error: error && {message: error.message, position: error.position, ruleId: error.ruleId}});
  return result;
}

function dropEstree(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(dropEstree);
  const record = node as Record<string, unknown>;
  const data = record.data as {estree?: unknown} | undefined;
  if (data?.estree) delete data.estree;
  for (const [key, value] of Object.entries(record)) if (key !== 'position' && key !== 'data') dropEstree(value);
}

export async function compileMdx(source: string): Promise<CompileResult> {
  const first = await compileOnce(source, source);
  if (!first.error) return first;
  const repaired = withMdxComments(source);
  if (!repaired) return first;
  const second = await compileOnce(repaired, source);
  return {facts: second.facts, error: first.error};
}

async function compileOnce(source: string, original: string): Promise<CompileResult> {
  const compile = await loadCompiler();
  let facts: MdxFacts | null = null;
  try {
    await compile(source, (tree) => {
      facts = extractFactsFromTree(tree, original);
      // Rules read the mdast, never the ESTree of embedded JavaScript: drop it
      // (it is most of the tree's size, which matters for the cache).
      dropEstree(tree);
    });
  } catch (error) {
    // The toolchain reports syntax errors as VFileMessages (with a `reason`);
    // anything else is a bug in this tool and must not pass for a content error.
    if (!(error instanceof MdxSyntaxError) && typeof (error as {reason?: unknown})?.reason !== 'string') throw error;
    return {facts: null, error: toMdxSyntaxError(error)};
  }
  return {facts, error: facts ? null : new MdxSyntaxError('the MDX compiler returned no tree', {line: 1, column: 1})};
}
