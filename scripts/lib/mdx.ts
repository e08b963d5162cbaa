/**
 * One parse of an MDX file into the facts every tool needs (headings and their
 * ids, code blocks, imports, front matter, links), with source positions.
 *
 * The parser stack mirrors Docusaurus' own (MDX + GFM + directives + front
 * matter), so what the tools see is what the build sees.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {parse as parseYaml} from 'yaml';
import type {Root, Heading, Code, Link, Yaml} from 'mdast';

export type Position = {line: number; column: number};

export type HeadingInfo = {
  depth: number;
  /** Visible text, without the `{#id}` suffix. */
  text: string;
  /** Explicit id (`{#id}`), or null when the heading has none. */
  id: string | null;
  position: Position;
};

export type CodeBlockInfo = {
  lang: string | null;
  meta: string | null;
  /** Value of `title="…"` in the meta, if any. */
  title: string | null;
  value: string;
  /** Position of the opening fence. */
  position: Position;
  /**
   * Text of the paragraph right before the block (same parent), or null. Tools
   * that need the author's explanation of a block (why a sample is partial) read it here.
   */
  precedingText: string | null;
};

export type ImportInfo = {
  /** The whole import statement as written. */
  statement: string;
  source: string;
  /** Local names bound by the import (`Installation` in `import Installation from …`). */
  names: string[];
  position: Position;
};

export type LinkInfo = {url: string; position: Position};

export type JsxInfo = {name: string | null; position: Position};

export type MdxFacts = {
  frontMatter: Record<string, unknown> | null;
  frontMatterPosition: Position | null;
  headings: HeadingInfo[];
  codeBlocks: CodeBlockInfo[];
  imports: ImportInfo[];
  links: LinkInfo[];
  jsxElements: JsxInfo[];
  tree: Root;
};

/** A parse failure, located in the file. */
export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective);

// Docusaurus' explicit heading id syntax: trailing `{#some-id}`.
const HEADING_ID = /\s*\{#([^{}\s]+)\}\s*$/;

function pos(node: {position?: {start: {line: number; column: number}}}): Position {
  return {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1};
}

export function parseMdxTree(source: string): Root {
  try {
    return processor.runSync(processor.parse(source)) as Root;
  } catch (error) {
    const e = error as {reason?: string; message: string; line?: number; column?: number; place?: unknown};
    const place = (e.place ?? {}) as {line?: number; column?: number; start?: {line: number; column: number}};
    // Some mdast utilities only put the location in the message text: "… (5:1-5:6)".
    const inMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(e.reason ?? e.message);
    const line = place.start?.line ?? place.line ?? e.line ?? Number(inMessage?.[1] ?? 1);
    const column = place.start?.column ?? place.column ?? e.column ?? Number(inMessage?.[2] ?? 1);
    const reason = (e.reason ?? e.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '');
    throw new MdxSyntaxError(reason, {line, column});
  }
}

export function titleFromMeta(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

export function extractFacts(source: string): MdxFacts {
  const tree = parseMdxTree(source);
  const sourceLines = source.split('\n');
  const facts: MdxFacts = {
    frontMatter: null,
    frontMatterPosition: null,
    headings: [],
    codeBlocks: [],
    imports: [],
    links: [],
    jsxElements: [],
    tree,
  };

  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case 'yaml': {
        const yaml = node as Yaml;
        const parsed = parseYaml(yaml.value) as unknown;
        facts.frontMatter = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
        facts.frontMatterPosition = pos(yaml);
        break;
      }
      case 'heading': {
        const heading = node as Heading;
        const full = toString(heading);
        const match = HEADING_ID.exec(full);
        facts.headings.push({
          depth: heading.depth,
          text: match ? full.slice(0, match.index).trim() : full.trim(),
          id: match ? match[1]! : null,
          position: pos(heading),
        });
        break;
      }
      case 'code': {
        const code = node as Code;
        const previous = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
        facts.codeBlocks.push({
          lang: code.lang ?? null,
          meta: code.meta ?? null,
          title: titleFromMeta(code.meta),
          value: code.value,
          position: pos(code),
          precedingText: previous?.type === 'paragraph' ? toString(previous).replace(/\s+/g, ' ').trim() : null,
        });
        break;
      }
      case 'link': {
        facts.links.push({url: (node as Link).url, position: pos(node)});
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as {name: string | null; attributes: Array<{type: string; name?: string; value?: unknown}>};
        facts.jsxElements.push({name: el.name, position: pos(node)});
        const href = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'to'));
        if (href && typeof href.value === 'string') facts.links.push({url: href.value, position: pos(node)});
        break;
      }
      case 'mdxjsEsm': {
        const esm = node as {
          value: string;
          data?: {estree?: {body: Array<Record<string, any>>}};
          position?: {start: {line: number; column: number}};
        };
        // estree locations are absolute in the file, so the statement can be read back from the source.
        for (const statement of esm.data?.estree?.body ?? []) {
          if (statement.type !== 'ImportDeclaration') continue;
          const line = statement.loc?.start.line ?? pos(esm).line;
          facts.imports.push({
            statement: sourceLines[line - 1]!.trim(),
            source: String(statement.source.value),
            names: (statement.specifiers as Array<{local: {name: string}}>).map((s) => s.local.name),
            position: {line, column: (statement.loc?.start.column ?? 0) + 1},
          });
        }
        break;
      }
      default:
        break;
    }
  });
  return facts;
}
