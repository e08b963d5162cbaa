/**
 * Remark plugin: replaces every fenced code block with
 * `<StaticCodeBlock language code html title? />`, where `html` is the block
 * already highlighted (highlight.ts). src/theme/StaticCodeBlock renders it
 * inside Docusaurus' own code block frame (title, copy and wrap buttons), so
 * the reader gets the same block without any highlighting work in the browser.
 *
 * Runs before Docusaurus' default remark plugins, on docs and fragments alike.
 */
import path from 'node:path';
import type {Code, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {highlightToHtml, isHighlightedLanguage, HIGHLIGHTED_LANGUAGES} from './highlight';
import {CodeMetaError, parseCodeMeta} from './meta';
import {styledTypes} from './theme-css';
import {darkCodeTheme, lightCodeTheme} from '../../prism-themes';

/** The component name; provided to MDX by src/theme/MDXComponents.tsx. */
export const STATIC_CODE_COMPONENT = 'StaticCodeBlock';

type Attribute = {type: 'mdxJsxAttribute'; name: string; value: string};

/** A build error that says where, what and how to fix it. */
export class CodeBlockError extends Error {}

function where(file: VFile, node: Code, siteDir: string): string {
  const name = file.path ? path.relative(siteDir, file.path) : '<unknown file>';
  const start = node.position?.start;
  return start ? `${name}:${start.line}:${start.column}` : name;
}

export default function remarkStaticCode(options: {siteDir?: string} = {}) {
  const siteDir = options.siteDir ?? process.cwd();
  const styled = styledTypes(lightCodeTheme, darkCodeTheme);
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const language = node.lang ?? 'text';
      if (!isHighlightedLanguage(language)) {
        throw new CodeBlockError(
          `${where(file, node, siteDir)}  code block language "${language}" is not one the site highlights. ` +
            `Use one of: ${HIGHLIGHTED_LANGUAGES.join(', ')} (or add it in config/plugins/static-code/languages.ts).`,
        );
      }
      let meta;
      try {
        meta = parseCodeMeta(node.meta, node.value);
      } catch (error) {
        if (error instanceof CodeMetaError) throw new CodeBlockError(`${where(file, node, siteDir)}  ${error.message}`);
        throw error;
      }
      const attributes: Attribute[] = [
        {type: 'mdxJsxAttribute', name: 'language', value: language},
        {type: 'mdxJsxAttribute', name: 'code', value: node.value},
        {type: 'mdxJsxAttribute', name: 'html', value: highlightToHtml(node.value, language, {lineClassNames: meta.lineClassNames, styledTypes: styled})},
        ...(meta.title ? [{type: 'mdxJsxAttribute' as const, name: 'title', value: meta.title}] : []),
      ];
      parent.children.splice(index, 1, {
        type: 'mdxJsxFlowElement',
        name: STATIC_CODE_COMPONENT,
        attributes,
        children: [],
        position: node.position,
      } as unknown as Code);
    });
  };
}
