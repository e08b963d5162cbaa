/**
 * One parse of an MDX file into the facts every tool needs (headings and their
 * ids, code blocks, imports, front matter, links), with source positions.
 *
 * The parser stack mirrors Docusaurus' own (MDX + GFM + directives + front
 * matter), so what the tools see is what the build sees.
 */
import type {Processor} from 'unified';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {parse as parseYaml} from 'yaml';
import type {Root, Heading, Code, Link, Paragraph, Yaml} from 'mdast';

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
  /**
   * What the statement binds, written canonically (`default as X`, `* as Y`,
   * `a as b`), so two imports can be compared whatever their spacing or quotes.
   */
  specifiers: string[];
  position: Position;
};

export type LinkInfo = {url: string; position: Position};

export type JsxAttributeInfo = {
  /** Attribute name; null for a spread (`{...props}`). */
  name: string | null;
  /**
   * How the value is written: `"…"` for a literal (JSON-quoted), `{…}` for an
   * expression (its source), null for a bare attribute (`<Tabs lazy>`).
   */
  value: string | null;
  position: Position;
};

export type JsxInfo = {
  name: string | null;
  /** Literal `id="…"` attribute, which makes the element an anchor target. */
  id: string | null;
  /** Every attribute, in source order. */
  attributes: JsxAttributeInfo[];
  /** Explicit id of the last heading before the element (null before any): the same in every language. */
  section: string | null;
  position: Position;
};

/** A container directive (`:::note`, `:::tip[Title]`): Docusaurus renders these as admonitions. */
export type DirectiveInfo = {
  name: string;
  /** The bracketed label (`:::tip[Title]` → `Title`), or null when there is none. */
  label: string | null;
  /** Attributes in braces (`:::note{#id .class}`), written `key=value`, in source order. */
  attributes: string[];
  /** Explicit id of the last heading before the directive (null before any). */
  section: string | null;
  position: Position;
};

export type MdxFacts = {
  frontMatter: Record<string, unknown> | null;
  frontMatterPosition: Position | null;
  headings: HeadingInfo[];
  codeBlocks: CodeBlockInfo[];
  imports: ImportInfo[];
  links: LinkInfo[];
  jsxElements: JsxInfo[];
  directives: DirectiveInfo[];
  tree: Root;
};

/** A parse failure, located in the file. */
export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
    /** The toolchain's own error kind (`unexpected-character`, `acorn`, …), when it gave one. */
    readonly ruleId?: string,
  ) {
    super(message);
  }
}

let cachedProcessor: Processor | undefined;

// Built on first parse, not on import: `npm run check` parses with @mdx-js/mdx
// and only needs extractFactsFromTree, so it never loads this second parser
// stack (loading these ESM packages through tsx's require hook is slow).
function processor(): Processor {
  if (!cachedProcessor) {
    const {unified} = require('unified') as typeof import('unified');
    cachedProcessor = unified()
      .use((require('remark-parse') as typeof import('remark-parse')).default)
      .use((require('remark-frontmatter') as typeof import('remark-frontmatter')).default, ['yaml'])
      .use((require('remark-mdx') as typeof import('remark-mdx')).default)
      .use((require('remark-gfm') as typeof import('remark-gfm')).default)
      .use((require('remark-directive') as typeof import('remark-directive')).default) as unknown as Processor;
  }
  return cachedProcessor;
}

// Docusaurus' explicit heading id syntax: trailing `{#some-id}`.
const HEADING_ID = /\s*\{#([^{}\s]+)\}\s*$/;

function pos(node: {position?: {start: {line: number; column: number}}}): Position {
  return {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1};
}

export function parseMdxTree(source: string): Root {
  try {
    const parser = processor();
    return parser.runSync(parser.parse(source)) as Root;
  } catch (error) {
    throw toMdxSyntaxError(error);
  }
}

/**
 * Normalises whatever the MDX toolchain threw (a VFileMessage from micromark,
 * mdast utilities or @mdx-js/mdx) into an MdxSyntaxError with a line and column.
 * Shared by parseMdxTree and the `npm run check` compiler, so both locate errors alike.
 */
export function toMdxSyntaxError(error: unknown): MdxSyntaxError {
  if (error instanceof MdxSyntaxError) return error;
  const e = error as {reason?: string; message: string; line?: number; column?: number; place?: unknown; ruleId?: string};
  const place = (e.place ?? {}) as {line?: number; column?: number; start?: {line: number; column: number}};
  // Some mdast utilities only put the location in the message text: "… (5:1-5:6)".
  const inMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(e.reason ?? e.message);
  const line = place.start?.line ?? place.line ?? e.line ?? Number(inMessage?.[1] ?? 1);
  const column = place.start?.column ?? place.column ?? e.column ?? Number(inMessage?.[2] ?? 1);
  const reason = (e.reason ?? e.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '');
  return new MdxSyntaxError(reason, {line, column}, e.ruleId ?? undefined);
}

export function titleFromMeta(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

type JsxAttributeNode = {
  type: string;
  name?: string;
  value?: string | {value: string} | null;
  position?: {start: {line: number; column: number}};
};

function jsxAttribute(attribute: JsxAttributeNode, element: {position?: {start: {line: number; column: number}}}): JsxAttributeInfo {
  const position = pos(attribute.position ? attribute : element);
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return {name: null, value: `{${String((attribute.value as unknown) ?? '').trim()}}`, position};
  }
  const {value} = attribute;
  if (value === null || value === undefined) return {name: attribute.name ?? null, value: null, position};
  if (typeof value === 'string') return {name: attribute.name ?? null, value: JSON.stringify(value), position};
  return {name: attribute.name ?? null, value: `{${value.value.trim()}}`, position};
}

export function extractFacts(source: string): MdxFacts {
  return extractFactsFromTree(parseMdxTree(source), source);
}

/**
 * The facts of an already parsed tree. `npm run check` compiles each file with
 * @mdx-js/mdx and hands the tree that compile parsed to this, so a file is
 * parsed once whatever the number of rules.
 */
export function extractFactsFromTree(tree: Root, source: string): MdxFacts {
  const sourceLines = source.split('\n');
  const facts: MdxFacts = {
    frontMatter: null,
    frontMatterPosition: null,
    headings: [],
    codeBlocks: [],
    imports: [],
    links: [],
    jsxElements: [],
    directives: [],
    tree,
  };

  // Nodes are visited in document order, so this is the section a node is in.
  let section: string | null = null;
  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case 'yaml': {
        const yaml = node as Yaml;
        let parsed: unknown;
        try {
          parsed = parseYaml(yaml.value);
        } catch (error) {
          // Locate YAML errors in the file, not in the front matter block.
          const linePos = (error as {linePos?: Array<{line: number; col: number}>}).linePos?.[0];
          const at = pos(yaml);
          throw new MdxSyntaxError(
            `Invalid front matter: ${(error as Error).message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/, '')}`,
            linePos ? {line: at.line + linePos.line, column: linePos.col} : at,
            'front-matter-yaml',
          );
        }
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
        section = match ? match[1]! : null;
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
        const el = node as {name: string | null; attributes: JsxAttributeNode[]};
        const id = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        facts.jsxElements.push({
          name: el.name,
          id: typeof id?.value === 'string' ? id.value : null,
          attributes: el.attributes.map((a) => jsxAttribute(a, node)),
          section,
          position: pos(node),
        });
        const href = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'to'));
        if (href && typeof href.value === 'string') facts.links.push({url: href.value, position: pos(node)});
        break;
      }
      case 'containerDirective': {
        const directive = node as unknown as {
          name: string;
          attributes?: Record<string, string | null | undefined> | null;
          children: Array<{type: string; data?: {directiveLabel?: boolean}}>;
        };
        const first = directive.children[0];
        facts.directives.push({
          name: directive.name,
          label: first?.type === 'paragraph' && first.data?.directiveLabel ? toString(first as Paragraph).trim() : null,
          attributes: Object.entries(directive.attributes ?? {}).map(([key, value]) => `${key}=${value ?? ''}`),
          section,
          position: pos(node),
        });
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
            specifiers: (statement.specifiers as Array<Record<string, any>>).map((s) =>
              s.type === 'ImportDefaultSpecifier'
                ? `default as ${s.local.name}`
                : s.type === 'ImportNamespaceSpecifier'
                  ? `* as ${s.local.name}`
                  : `${s.imported.name ?? s.imported.value} as ${s.local.name}`,
            ),
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
