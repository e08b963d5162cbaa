/**
 * `llms.txt` and `llms-full.txt` as llmstxt.org describes them: the site name
 * as `#`, a one-line summary as a blockquote, then `##` sections of
 * `- [Title](url): description` lists. llms-full.txt is the same header
 * followed by every listed page's Markdown.
 */
import type {ListItem, Root, RootContent} from 'mdast';
import {stringifyMarkdown} from './stringify';

export type LlmsEntry = {title: string; url: string; description?: string | undefined};
export type LlmsSection = {title: string; entries: LlmsEntry[]};
export type LlmsHeader = {siteTitle: string; summary?: string | undefined};

function header({siteTitle, summary}: LlmsHeader): RootContent[] {
  return [
    {type: 'heading', depth: 1, children: [{type: 'text', value: siteTitle}]},
    ...(summary
      ? [{type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: summary}]}]} as RootContent]
      : []),
  ];
}

function entry({title, url, description}: LlmsEntry): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          {type: 'link', url, children: [{type: 'text', value: title}]},
          ...(description ? [{type: 'text' as const, value: `: ${description}`}] : []),
        ],
      },
    ],
  };
}

export function llmsTxt(head: LlmsHeader, sections: LlmsSection[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      ...header(head),
      ...sections
        .filter((s) => s.entries.length > 0)
        .flatMap((s): RootContent[] => [
          {type: 'heading', depth: 2, children: [{type: 'text', value: s.title}]},
          {type: 'list', ordered: false, spread: false, children: s.entries.map(entry)},
        ]),
    ],
  };
  return stringifyMarkdown(tree);
}

/** Pages are already Markdown text; each starts with its own `#` title. */
export function llmsFullTxt(head: LlmsHeader, pages: string[]): string {
  return [stringifyMarkdown({type: 'root', children: header(head)}), ...pages].map((p) => p.trimEnd()).join('\n\n') + '\n';
}
