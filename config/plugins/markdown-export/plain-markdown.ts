/**
 * Turns one MDX syntax tree into a tree plain Markdown can express: what MDX
 * adds either becomes its Markdown equivalent or is rejected with the file and
 * line, never dropped silently.
 *
 * - `<Fragment />` (an imported partial): replaced by the fragment's content (`inline`);
 * - `<Tabs>`/`<TabItem label>`: one section per tab, led by its label in bold;
 * - `:::note[Title]` admonitions: a blockquote opening with the title in bold
 *   (the admonition's translated name when it has no title);
 * - code blocks keep their language and `title="…"`; line highlights are dropped;
 * - heading ids (`\{#id}`), imports, front matter and `{/* comments *\/}` are removed;
 * - link and image URLs go through `resolveUrl` (absolute URLs);
 * - other components go through `components` (keyed by import source), or fail.
 */
import type {Root, RootContent, PhrasingContent, Paragraph} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {titleFromMeta} from '../../../scripts/lib/mdx';

/** A construct the export cannot express, located in its file. */
export class MarkdownExportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`${file}:${line}: ${reason} (${fix})`);
  }
}

export type JsxElement = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{type: string; name?: string; value?: unknown}>;
  children: RootContent[];
  position?: {start: {line: number}};
};

export type ComponentRenderer = (element: JsxElement) => RootContent[];

export type PlainMarkdownOptions = {
  /** Site-relative path of the file the tree comes from (errors, relative links). */
  file: string;
  /** Local name → import source of the file's imports. */
  imports: Map<string, string>;
  /** The content of an imported partial, or null when `name` is not one. */
  inline(name: string, line: number): RootContent[] | null;
  resolveUrl(url: string, file: string, line: number): string;
  /** Title of an admonition written without one (`note` → "Note"), in the page's language. */
  admonitionTitle(type: string): string;
  /** Markdown for components that have a meaning in Markdown, keyed by import source. */
  components?: Record<string, ComponentRenderer>;
};

const ADMONITIONS = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']);

// Inline HTML elements whose text reads the same without the tag.
const UNWRAPPED_HTML = new Set(['kbd', 'abbr', 'span', 'sub', 'sup', 'mark', 'small', 'div']);

const HEADING_ID = /\s*\{#[^{}\s]+\}\s*$/;

function lineOf(node: {position?: {start: {line: number}}}): number {
  return node.position?.start.line ?? 1;
}

function attribute(element: JsxElement, name: string): string | null {
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
}

function strongParagraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children: [{type: 'strong', children}]};
}

function isWhitespaceText(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function isComment(node: {value?: string; data?: {estree?: {body: unknown[]}}}): boolean {
  const value = (node.value ?? '').trim();
  return value.startsWith('/*') && value.endsWith('*/') && (node.data?.estree?.body.length ?? 0) === 0;
}

export function toPlainMarkdown(tree: Root, options: PlainMarkdownOptions): Root {
  const {file} = options;

  const fail = (node: {position?: {start: {line: number}}}, reason: string, fix: string): never => {
    throw new MarkdownExportError(file, lineOf(node), reason, fix);
  };

  const transformAll = (children: RootContent[]): RootContent[] => children.flatMap(transform);

  const tabs = (element: JsxElement): RootContent[] =>
    element.children.flatMap((child) => {
      if (isWhitespaceText(child)) return [];
      const item = child as unknown as JsxElement;
      const isTabItem =
        (item.type === 'mdxJsxFlowElement' || item.type === 'mdxJsxTextElement') &&
        item.name !== null &&
        options.imports.get(item.name) === '@theme/TabItem';
      if (!isTabItem) return fail(child, `<Tabs> holds a ${child.type} that is not a <TabItem>`, 'put every tab in a <TabItem>');
      const label = attribute(item, 'label') ?? attribute(item, 'value');
      if (!label) return fail(child, '<TabItem> has neither a label nor a value', 'give the tab a `label="…"`');
      return [strongParagraph([{type: 'text', value: label}]), ...transformAll(item.children)];
    });

  const jsx = (element: JsxElement): RootContent[] => {
    if (element.name === null) return transformAll(element.children);
    const line = lineOf(element);
    const inlined = options.inline(element.name, line);
    if (inlined) return inlined;
    const source = options.imports.get(element.name);
    if (source === '@theme/Tabs') return tabs(element);
    if (source && options.components?.[source]) return options.components[source](element);
    if (!source && element.name === 'br') return [{type: 'break'}];
    if (!source && UNWRAPPED_HTML.has(element.name)) return transformAll(element.children);
    return fail(
      element,
      `<${element.name}>${source ? ` (from ${source})` : ''} has no Markdown form`,
      'give it one in config/plugins/markdown-export/components.ts, or write the content in Markdown',
    );
  };

  const admonition = (node: RootContent & {name: string; children: RootContent[]}): RootContent[] => {
    const [first, ...rest] = node.children;
    const hasLabel = first?.type === 'paragraph' && (first.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
    const title: PhrasingContent[] = hasLabel
      ? (transformAll((first as Paragraph).children) as PhrasingContent[])
      : [{type: 'text', value: options.admonitionTitle(node.name)}];
    const body = hasLabel ? rest : node.children;
    return [{type: 'blockquote', children: [strongParagraph(title), ...(transformAll(body) as any[])]}];
  };

  function transform(node: RootContent): RootContent[] {
    const any = node as any;
    switch (node.type as string) {
      case 'yaml':
      case 'mdxjsEsm':
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(any)) return [];
        return fail(node, `the expression {${String(any.value).trim()}} has no Markdown form`, 'write its result as text');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return jsx(any as JsxElement);
      case 'containerDirective':
        if (!ADMONITIONS.has(any.name)) {
          return fail(node, `:::${any.name} is not an admonition`, `use one of ${[...ADMONITIONS].join(', ')}`);
        }
        return admonition(any);
      case 'leafDirective':
      case 'textDirective': {
        // Docusaurus prints directives it does not know as the text they were written as.
        const prefix = node.type === 'leafDirective' ? '::' : ':';
        const label = any.children?.length ? `[${toString(any)}]` : '';
        const text = {type: 'text', value: `${prefix}${any.name}${label}`} as PhrasingContent;
        return node.type === 'leafDirective' ? [{type: 'paragraph', children: [text]}] : [text];
      }
      case 'heading': {
        const children = transformAll(any.children) as PhrasingContent[];
        const last = children.at(-1);
        if (last?.type === 'text') {
          const value = last.value.replace(HEADING_ID, '');
          children.splice(-1, 1, ...(value ? [{...last, value}] : []));
        }
        return [{...any, children}];
      }
      case 'code': {
        const title = titleFromMeta(any.meta);
        return [{...any, meta: title === null ? null : `title="${title}"`}];
      }
      case 'link':
      case 'image':
      case 'definition': {
        const url = options.resolveUrl(any.url, file, lineOf(node));
        return [{...any, url, ...(any.children ? {children: transformAll(any.children)} : {})}];
      }
      default:
        return 'children' in any ? [{...any, children: transformAll(any.children)}] : [node];
    }
  }

  return {...tree, children: transformAll(tree.children)};
}
