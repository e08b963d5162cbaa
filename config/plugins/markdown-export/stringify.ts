/** Markdown text of a plain mdast tree: GFM (tables), `-` bullets, fenced code. */
import type {Root} from 'mdast';
import type {Processor} from 'unified';

let cached: Processor<undefined, undefined, undefined, Root, string> | undefined;

// Loaded on first use: the plugin module is also read when the config loads
// for `npm start`, which never exports anything.
function processor() {
  if (!cached) {
    const {unified} = require('unified') as typeof import('unified');
    cached = unified()
      .use((require('remark-gfm') as typeof import('remark-gfm')).default)
      .use((require('remark-stringify') as typeof import('remark-stringify')).default, {
        bullet: '-',
        emphasis: '_',
        strong: '*',
        fences: true,
        rule: '-',
        listItemIndent: 'one',
      }) as unknown as Processor<undefined, undefined, undefined, Root, string>;
  }
  return cached;
}

export function stringifyMarkdown(tree: Root): string {
  return processor().stringify(tree);
}
