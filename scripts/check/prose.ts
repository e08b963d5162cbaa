/**
 * The prose of a file, for the spell checker: a copy of the source where
 * everything that is not prose (code blocks, inline code, imports, JSX tags
 * and attributes, expressions, URLs, heading ids) is blanked out. Offsets stay
 * those of the file, so each unknown word maps straight back to its line and
 * column, and newlines are kept so the checker sees the same lines.
 */
import type {Node, Parent, Text} from 'mdast';
import {frontMatterFields} from './front-matter-fields';
import type {SiteFile} from './site';

/** JSX elements whose text is code, not prose. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'CodeBlock']);

// Blanked inside prose: URLs and e-mail addresses, and Docusaurus heading ids.
const NOT_WORDS = [/\bhttps?:\/\/[^\s)>\]]+/g, /\bwww\.[^\s)>\]]+/g, /[\w.+-]+@[\w-]+\.[\w.-]+/g, /\\?\{#[^}\s]*\}/g];

class Mask {
  private readonly chars: string[];
  constructor(private readonly source: string) {
    // Keep line breaks, blank everything else until a range is revealed.
    this.chars = Array.from(source, (c) => (c === '\n' || c === '\r' ? c : ' '));
  }
  reveal(start: number, end: number) {
    for (let i = start; i < end; i++) this.chars[i] = this.source[i]!;
  }
  toString(extra: RegExp[] = []) {
    let text = this.chars.join('');
    for (const pattern of [...NOT_WORDS, ...extra]) text = text.replace(pattern, (m) => ' '.repeat(m.length));
    return text;
  }
}

export function proseOf(file: SiteFile, frontMatterKeys: string[]): string {
  const mask = new Mask(file.source);
  if (!file.facts) return mask.toString();
  const walk = (node: Node, inCode: boolean) => {
    const type = node.type as string;
    if (type === 'text' && !inCode) {
      const {start, end} = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) {
        // A text node's source can contain escapes (`\{`); its offsets still bound it.
        mask.reveal(start.offset, end.offset);
      }
      return;
    }
    if ((type === 'mdxFlowExpression' || type === 'mdxTextExpression') && /cspell:/.test((node as Text).value)) {
      // Keep `{/* cspell:ignore word */}` so cspell's in-document directives work.
      mask.reveal(node.position!.start.offset!, node.position!.end.offset!);
      return;
    }
    // Code, inline code, ESM, expressions, raw HTML: never prose (their text is not in `text` nodes anyway).
    if (!('children' in node)) return;
    const isCodeElement =
      (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && CODE_ELEMENTS.has((node as {name?: string}).name ?? '');
    for (const child of (node as Parent).children) walk(child, inCode || isCodeElement);
  };
  walk(file.facts.tree, false);
  const fields = frontMatterFields(file);
  for (const key of frontMatterKeys) {
    const field = fields.get(key);
    if (field && typeof field.value === 'string') mask.reveal(field.valueStart, field.valueEnd);
  }
  return mask.toString();
}

/** The `message` strings of a Docusaurus translation JSON file (the UI strings). */
export function proseOfUiStrings(source: string): string {
  const mask = new Mask(source);
  for (const match of source.matchAll(/"message"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const start = match.index! + match[0].length - match[1]!.length - 1;
    mask.reveal(start, start + match[1]!.length);
  }
  return mask.toString([/\\(?:u[0-9a-fA-F]{4}|.)/g]); // JSON escapes (`\n`, `\"`) are not letters of a word
}
