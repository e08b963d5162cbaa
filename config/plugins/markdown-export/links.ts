/**
 * Link URLs in exported Markdown are absolute (`https://site/es/quick-starts`),
 * so they still work once the text is pasted into a chat or saved to a file.
 * They resolve the way Docusaurus resolves them on the page: `/x` is under the
 * locale's baseUrl, `#id` is on the page itself, and a link to an .md/.mdx
 * file is that doc's URL.
 */
import path from 'node:path';
import {MarkdownExportError} from './plain-markdown';

export type UrlResolverOptions = {
  /** `siteConfig.url`, e.g. https://next-docs.example.org */
  siteUrl: string;
  /** The locale's baseUrl, e.g. `/` or `/es/`. */
  baseUrl: string;
  /** Absolute URL of the page being exported. */
  pageUrl: string;
  /** Permalink (with baseUrl) of the doc whose source is this site-relative file, or null. */
  permalinkOfFile(file: string): string | null;
};

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

export function urlResolver(options: UrlResolverOptions) {
  const origin = options.siteUrl.replace(/\/+$/, '');
  const base = options.baseUrl.replace(/\/+$/, '');
  return (url: string, file: string, line: number): string => {
    if (url.startsWith('pathname://')) return `${origin}${url.slice('pathname://'.length)}`;
    if (SCHEME.test(url) || url.startsWith('//')) return url;
    if (url.startsWith('#')) return `${options.pageUrl}${url}`;
    if (url.startsWith('/')) return `${origin}${base}${url}`;
    const [, target = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(url)!;
    if (/\.mdx?$/.test(target)) {
      const linked = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      const permalink = options.permalinkOfFile(linked);
      if (!permalink) {
        throw new MarkdownExportError(file, line, `link ${url} points to ${linked}, which is not a doc`, 'link to an existing page');
      }
      return `${origin}${permalink}${suffix}`;
    }
    return new URL(url, options.pageUrl).href;
  };
}
