/**
 * Turns a code block into highlighted HTML once, at build time, so that the
 * browser never runs a highlighter: the page ships the finished markup, and
 * React hydrates one element per code block instead of one per token.
 *
 * The markup is the one Docusaurus' own CodeBlock renders (a `token-line` div
 * per line, `token <types>` spans), minus the inline colours: colours come
 * from classes, styled for both colour modes by the stylesheet theme-css.ts
 * writes. That is what lets a page render the same HTML whatever the reader's
 * colour mode, with no re-render after hydration.
 */
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import {normalizeTokens} from 'prism-react-renderer';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import type {Element, ElementContent} from 'hast';
import {HIGHLIGHTED_LANGUAGES, isHighlightedLanguage} from './languages';

export {HIGHLIGHTED_LANGUAGES, isHighlightedLanguage};

/** Languages shown without colours on purpose. */
const PLAIN_LANGUAGES = new Set(['text']);

loadLanguages(['bash', 'typescript', 'tsx', 'javascript', 'jsx', 'json', 'yaml', 'markdown', 'diff']);

/** Prism's grammar aliases, resolved: `sh` is `bash`, `ts` is `typescript`. */
function grammarFor(language: string): Prism.Grammar | undefined {
  return PLAIN_LANGUAGES.has(language) ? undefined : Prism.languages[language];
}

export type HighlightOptions = {
  /** Extra classes per 0-based line index, e.g. Docusaurus' highlighted-line class. */
  lineClassNames?: ReadonlyMap<number, readonly string[]>;
  /**
   * Token types the code themes style (theme-css.ts `styledTypes`). When
   * given, a token with none of them is written as bare text.
   */
  styledTypes?: ReadonlySet<string>;
};

/**
 * The inner HTML of a code block's `<code>` element.
 * @throws when `language` is not one of HIGHLIGHTED_LANGUAGES.
 */
export function highlightToHtml(code: string, language: string, options: HighlightOptions = {}): string {
  if (!isHighlightedLanguage(language)) {
    throw new Error(`no highlighter for language "${language}" (known: ${HIGHLIGHTED_LANGUAGES.join(', ')})`);
  }
  const grammar = grammarFor(language);
  // Docusaurus drops the final newline of a fence; so do we, so that the block
  // does not end with an empty line.
  const source = code.replace(/\n$/, '');
  const tokens = grammar ? Prism.tokenize(source, grammar) : [source];
  const lines = normalizeTokens(tokens as Parameters<typeof normalizeTokens>[0]);

  const children: ElementContent[] = lines.map((line, index) => {
    const tokenNodes: ElementContent[] = [];
    for (const token of line) {
      // An empty line is a single "\n" token; the <br> below gives the line its height.
      if (token.empty || token.content === '') continue;
      const types = token.types.filter((type) => type !== 'plain');
      const looksPlain = types.length === 0 || (options.styledTypes && !types.some((type) => options.styledTypes!.has(type)));
      tokenNodes.push(looksPlain ? {type: 'text', value: token.content} : h('span', {className: ['token', ...types]}, token.content));
    }
    const extra = options.lineClassNames?.get(index) ?? [];
    // An empty block-level line has no height; the <br> gives it one (lines
    // with content do not need it, and every element counts on long pages).
    if (tokenNodes.length === 0) tokenNodes.push(h('br'));
    const lineNode: Element = h('div', {className: ['token-line', ...extra]}, tokenNodes);
    return lineNode;
  });
  // &lt; rather than &#x3C;: the HTML travels in the page and in its JavaScript chunk.
  return toHtml({type: 'root', children}, {characterReferences: {useNamedReferences: true}});
}
