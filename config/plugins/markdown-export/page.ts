/**
 * One doc page as Markdown: its title as the only `#` heading, then the
 * composed content (fragments inlined for the locale, MDX made plain).
 */
import type {Root, RootContent} from 'mdast';
import {composeFile, type ComposeOptions} from './compose';
import {stringifyMarkdown} from './stringify';

export type PageOptions = ComposeOptions & {
  /** Site-relative path of the page's MDX file (the locale's own, or English when untranslated). */
  file: string;
  /** The page title: front matter `title`, else its first `#` heading (Docusaurus' `metadata.title`). */
  title: string;
  /** Put right after the title: the page is shown in English because the locale has no translation of it. */
  pageNotice?: RootContent[];
};

/** The page's own `#` heading, which the title replaces, if the content starts with one. */
function withoutContentTitle(children: RootContent[]): RootContent[] {
  const first = children.findIndex((node) => node.type === 'heading');
  const heading = children[first];
  return heading?.type === 'heading' && heading.depth === 1 ? children.filter((_, i) => i !== first) : children;
}

export function pageMarkdownTree(options: PageOptions): Root {
  // An English page shown in its place already says so once; its sections need not repeat it.
  const composed = composeFile(options.file, options, [], options.pageNotice !== undefined);
  return {
    type: 'root',
    children: [
      {type: 'heading', depth: 1, children: [{type: 'text', value: options.title}]},
      ...(options.pageNotice ?? []),
      ...withoutContentTitle(composed.children),
    ],
  };
}

export function pageMarkdown(options: PageOptions): string {
  return stringifyMarkdown(pageMarkdownTree(options));
}
