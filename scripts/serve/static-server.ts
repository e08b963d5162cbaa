/**
 * The production build served the way a static host serves it: files looked
 * up without their `.html` extension (the site uses `trailingSlash: false`, so
 * `/quick-starts/next` is `quick-starts/next.html`), responses compressed with
 * brotli or gzip as the browser's Accept-Encoding allows, long-lived caching
 * for content-hashed assets only, and each locale's own 404 page with a real
 * 404 status. Browser tests and the benchmarks use it, and so does
 * `npm run serve`, so what they measure is what a reader would download.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import {defaultLocale, locales} from '../../config/locales';

export type StaticServer = {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
};

export type ServeOptions = {
  root: string;
  port?: number;
  host?: string;
};

const YEAR = 365 * 24 * 60 * 60;

/**
 * Docusaurus names bundles `name.<8 hex>.js|css`, and Pagefind names its index
 * and fragment chunks by content hash, so those files never change under the
 * same URL and may be cached for good. Everything else (HTML, images, the
 * sitemap, Pagefind's entry files) keeps its URL across deploys and must be
 * revalidated, which the ETag makes cheap.
 */
export function cacheControlFor(pathname: string): string {
  const hashedAsset = /\/assets\/.+\.[0-9a-f]{8}\.(?:js|css)$/.test(pathname);
  const hashedSearchChunk = /\/pagefind\/(?:index|fragment)\/[^/]+$/.test(pathname);
  return hashedAsset || hashedSearchChunk
    ? `public, max-age=${YEAR}, immutable`
    : 'public, max-age=0, must-revalidate';
}

/**
 * sirv names the charset for HTML only. The Markdown pages and llms.txt files
 * (config/plugins/markdown-export) are UTF-8 text in every locale, and a
 * browser or client that is not told so may read `ñ` as two Latin-1 characters.
 */
export function textContentTypeFor(pathname: string): string | null {
  if (pathname.endsWith('.md')) return 'text/markdown; charset=utf-8';
  if (pathname.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return null;
}

/** The 404 page a reader of this URL expects: `/es/...` gets the Spanish one. */
export function notFoundPageFor(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  const locale = locales.find((l) => l !== defaultLocale && l === first);
  return locale ? `${locale}/404.html` : '404.html';
}

export function createHandler(root: string): http.RequestListener {
  const dir = path.resolve(root);
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      const textType = textContentTypeFor(pathname);
      if (textType) res.setHeader('Content-Type', textType);
    },
  });
  // Brotli quality 5 is what hosts that compress on the fly use: close to the
  // best ratio for text at a fraction of quality 11's CPU cost per request.
  const compress = compression({
    brotli: {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 5}},
  });

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const file = path.join(dir, notFoundPageFor(new URL(req.url ?? '/', 'http://x').pathname));
    res.statusCode = 404;
    res.setHeader('Cache-Control', 'no-cache');
    if (!fs.existsSync(file)) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  };

  return (req, res) => {
    compress(req as never, res as never, () => files(req, res, () => notFound(req, res)));
  };
}

export function startStaticServer({root, port = 0, host = '127.0.0.1'}: ServeOptions): Promise<StaticServer> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(new Error(`No build to serve in ${root}: run \`npm run build\` first.`));
  }
  const server = http.createServer(createHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const {port: actual} = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
