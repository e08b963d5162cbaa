/**
 * Loaded into `next start` with --require. The guides call their API at
 * https://api.example.com, the API resource's identifier; here that name
 * leads to the local protected API, the way a hosts-file entry would, so the
 * samples run exactly as written. Only server-side fetch is mapped (the guides
 * never call the API from the browser).
 */
'use strict';
const from = process.env.GUIDES_API_ORIGIN;
const to = process.env.GUIDES_API_TARGET;
if (from && to && typeof globalThis.fetch === 'function') {
  const original = globalThis.fetch;
  const map = (url) => (url.startsWith(from) ? to + url.slice(from.length) : url);
  globalThis.fetch = function mappedFetch(input, init) {
    if (typeof input === 'string') return original.call(this, map(input), init);
    if (input instanceof URL) return original.call(this, new URL(map(input.href)), init);
    if (input && typeof input.url === 'string' && input.url.startsWith(from)) return original.call(this, new Request(map(input.url), input), init);
    return original.call(this, input, init);
  };
}
