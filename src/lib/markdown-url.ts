/**
 * Where a doc page's Markdown is published: the page URL plus `.md`
 * (`/es/quick-starts/next` → `/es/quick-starts/next.md`), or `index.md` for a
 * URL ending in `/`. Shared by the exporter (config/plugins/markdown-export)
 * and the "Copy page" menu, so both always agree.
 */
export function markdownUrlFor(permalink: string): string {
  return permalink.endsWith('/') ? `${permalink}index.md` : `${permalink}.md`;
}
