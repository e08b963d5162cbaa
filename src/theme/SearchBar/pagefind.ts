/**
 * The slice of Pagefind's browser API the search box uses, and its loader.
 * Each locale has its own bundle under `<baseUrl>pagefind/`, written by
 * config/plugins/pagefind.ts after the production build.
 */

export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: {weight: number; balanced_score: number}[];
};

export type PagefindResultData = {
  url: string;
  meta: {title?: string};
  excerpt: string;
  sub_results: PagefindSubResult[];
};

export type PagefindApi = {
  options(options: {baseUrl?: string; excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch(
    term: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{results: {id: string; data(): Promise<PagefindResultData>}[]} | null>;
};

const loaded = new Map<string, Promise<PagefindApi>>();

/** Loads the locale's Pagefind bundle once; rejects when there is none (dev server). */
export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  let promise = loaded.get(baseUrl);
  if (!promise) {
    const url = `${baseUrl}pagefind/pagefind.js`;
    // A runtime URL the bundler must leave alone: the file exists only after the build.
    promise = (import(/* webpackIgnore: true */ url) as Promise<PagefindApi>).then(async (api) => {
      // Result URLs are stored with their locale prefix already; keep them as they are.
      await api.options({baseUrl: '/', excerptLength: 24});
      await api.init();
      return api;
    });
    promise.catch(() => loaded.delete(baseUrl));
    loaded.set(baseUrl, promise);
  }
  return promise;
}

export type SearchHit = {
  /** Path with hash, ready for the router. */
  url: string;
  /** The matching section's heading, or the page title. */
  title: string;
  /** Page title, shown when the hit is a section of it. */
  page: string | null;
  /** Pagefind's excerpt: text escaped by Pagefind, matches wrapped in <mark>. */
  excerpt: string;
};

const score = (sub: PagefindSubResult) =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * Pages in Pagefind's ranking, each expanded to its best-matching sections
 * (Pagefind lists sections in page order, so they are ranked here).
 */
export function toHits(pages: PagefindResultData[], perPage = 2, limit = 8): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const page of pages) {
    const pageTitle = page.meta.title ?? page.url;
    const sections = [...page.sub_results].sort((a, b) => score(b) - score(a)).slice(0, perPage);
    if (sections.length === 0) {
      hits.push({url: page.url, title: pageTitle, page: null, excerpt: page.excerpt});
    }
    for (const section of sections) {
      const isPage = section.url === page.url || section.title === pageTitle;
      hits.push({
        url: section.url,
        title: section.title,
        page: isPage ? null : pageTitle,
        excerpt: section.excerpt,
      });
    }
  }
  return hits.slice(0, limit);
}
