/**
 * Reads what a fence's meta string asks of the block (```ts title="app/logto.ts" {1,5-7}):
 * the same syntax Docusaurus' CodeBlock reads in the browser, parsed here at
 * build time because the highlighted markup, line classes included, is made
 * once for every reader.
 */
import rangeParser from 'parse-numeric-range';

/** Docusaurus' class for a highlighted line, styled by the theme and custom.css. */
export const HIGHLIGHTED_LINE_CLASS = 'theme-code-block-highlighted-line';

export type CodeMeta = {
  title?: string;
  /** 0-based line index → extra classes for that line. */
  lineClassNames: Map<number, string[]>;
};

export class CodeMetaError extends Error {}

const TITLE = /title=(["'])(.*?)\1/;
const LINE_RANGES = /\{([\d,\s-]+)\}/;
// Docusaurus' default magic comments; their lines would be removed in the
// browser, which static markup cannot do.
const MAGIC_COMMENT = /\bhighlight-(next-line|start|end)\b/;

export function parseCodeMeta(meta: string | null | undefined, code: string): CodeMeta {
  const text = meta ?? '';
  if (/\bshowLineNumbers\b/.test(text)) {
    throw new CodeMetaError('showLineNumbers is not supported by the site\'s build-time highlighter; remove it from the fence');
  }
  const lines = code.replace(/\n$/, '').split('\n');
  const magic = lines.findIndex((line) => MAGIC_COMMENT.test(line));
  if (magic !== -1) {
    throw new CodeMetaError(
      `line ${magic + 1} of the block has a "highlight-…" comment; write the line numbers in the fence instead, e.g. \`\`\`ts {${magic + 1}}`,
    );
  }

  const lineClassNames = new Map<number, string[]>();
  const ranges = LINE_RANGES.exec(text)?.[1];
  if (ranges) {
    for (const lineNumber of rangeParser(ranges.replace(/\s/g, ''))) {
      if (lineNumber < 1 || lineNumber > lines.length) {
        throw new CodeMetaError(`{${ranges}} highlights line ${lineNumber}, but the block has ${lines.length} line(s)`);
      }
      lineClassNames.set(lineNumber - 1, [HIGHLIGHTED_LINE_CLASS]);
    }
  }
  const title = TITLE.exec(text)?.[2];
  return {...(title ? {title} : {}), lineClassNames};
}
