/**
 * The static server on a tiny hand-made build: extension-less routes, locale
 * 404 pages with status 404, content negotiation and cache headers.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {cacheControlFor, notFoundPageFor, startStaticServer, type StaticServer} from './static-server';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-fixture-'));
// Long enough to be worth compressing (the middleware skips bodies under 1 kB).
const filler = '<p>Lorem ipsum dolor sit amet.</p>'.repeat(100);
const files: Record<string, string> = {
  'index.html': `<h1>Home</h1>${filler}`,
  '404.html': `<h1>Page Not Found</h1>${filler}`,
  'quick-starts/next.html': `<h1>Pages Router</h1>${filler}`,
  'es/index.html': `<h1>Inicio</h1>${filler}`,
  'es/404.html': `<h1>Página no encontrada</h1>${filler}`,
  'es/quick-starts/next.html': `<h1>Pages Router en español</h1>${filler}`,
  'assets/js/main.0123abcd.js': `console.log(${JSON.stringify(filler)});`,
  'img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'quick-starts/next.md': `# Pages Router\n\n${'Texto en español: ¿qué?\n'.repeat(60)}`,
  'es/llms.txt': '# Logto para Next.js\n\n> Guías: ñ\n',
};
for (const [name, body] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
  fs.writeFileSync(path.join(root, name), body);
}

let server: StaticServer;
before(async () => {
  server = await startStaticServer({root});
});
after(async () => {
  await server.close();
  fs.rmSync(root, {recursive: true, force: true});
});

type Raw = {status: number; header(name: string): string | null; raw: Buffer};

/** node:http rather than fetch(), which would decode the body: the test needs the bytes on the wire. */
function get(pathname: string, acceptEncoding = 'identity', extra: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${pathname}`, {headers: {'accept-encoding': acceptEncoding, ...extra}}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            header: (name) => {
              const value = res.headers[name.toLowerCase()];
              return value === undefined ? null : String(value);
            },
            raw: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

describe('text formats', () => {
  test('Markdown pages are text/markdown in UTF-8, and compressed', async () => {
    const res = await get('/quick-starts/next.md', 'br');
    assert.equal(res.status, 200);
    assert.equal(res.header('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(res.header('content-encoding'), 'br');
    assert.equal(zlib.brotliDecompressSync(res.raw).toString('utf8'), files['quick-starts/next.md']);
  });

  test('llms.txt is text/plain in UTF-8', async () => {
    const res = await get('/es/llms.txt');
    assert.equal(res.header('content-type'), 'text/plain; charset=utf-8');
    assert.equal(res.raw.toString('utf8'), files['es/llms.txt']);
  });
});

describe('routes', () => {
  test('serves route.html for an extension-less path, in both locales', async () => {
    const en = await get('/quick-starts/next');
    assert.equal(en.status, 200);
    assert.match(en.raw.toString(), /<h1>Pages Router<\/h1>/);
    const es = await get('/es/quick-starts/next');
    assert.match(es.raw.toString(), /Pages Router en español/);
    assert.match(es.header('content-type') ?? '', /text\/html/);
  });

  test('serves index.html for / and /es', async () => {
    assert.match((await get('/')).raw.toString(), /<h1>Home<\/h1>/);
    assert.match((await get('/es')).raw.toString(), /<h1>Inicio<\/h1>/);
  });

  test('unknown URLs get their locale 404 page with status 404', async () => {
    const en = await get('/nope');
    assert.equal(en.status, 404);
    assert.match(en.raw.toString(), /Page Not Found/);
    const es = await get('/es/nope/deeper');
    assert.equal(es.status, 404);
    assert.match(es.raw.toString(), /Página no encontrada/);
  });

  test('picks the 404 file from the first path segment only', () => {
    assert.equal(notFoundPageFor('/es/x'), 'es/404.html');
    assert.equal(notFoundPageFor('/es'), 'es/404.html');
    assert.equal(notFoundPageFor('/estimates'), '404.html');
    assert.equal(notFoundPageFor('/x/es/y'), '404.html');
  });
});

describe('compression', () => {
  test('brotli when the browser accepts it, gzip otherwise, identity when asked', async () => {
    const br = await get('/quick-starts/next', 'gzip, deflate, br');
    assert.equal(br.header('content-encoding'), 'br');
    assert.match(zlib.brotliDecompressSync(br.raw).toString(), /Pages Router/);
    assert.ok(br.raw.length < files['quick-starts/next.html']!.length / 5, `brotli body is ${br.raw.length} bytes`);

    const gz = await get('/assets/js/main.0123abcd.js', 'gzip');
    assert.equal(gz.header('content-encoding'), 'gzip');
    assert.match(zlib.gunzipSync(gz.raw).toString(), /Lorem ipsum/);

    const plain = await get('/quick-starts/next');
    assert.equal(plain.header('content-encoding'), null);
    assert.equal(plain.raw.toString(), files['quick-starts/next.html']);
    assert.match(plain.header('vary') ?? '', /Accept-Encoding/i);
  });

  test('the 404 page is compressed too', async () => {
    const {status, header, raw} = await get('/es/nope', 'br');
    assert.equal(status, 404);
    assert.equal(header('content-encoding'), 'br');
    assert.match(zlib.brotliDecompressSync(raw).toString(), /Página no encontrada/);
  });
});

describe('cache headers', () => {
  test('content-hashed bundles are immutable, pages are revalidated', async () => {
    const js = await get('/assets/js/main.0123abcd.js');
    assert.equal(js.header('cache-control'), 'public, max-age=31536000, immutable');
    const page = await get('/quick-starts/next');
    assert.equal(page.header('cache-control'), 'public, max-age=0, must-revalidate');
    assert.ok(page.header('etag'), 'pages carry an ETag for cheap revalidation');
  });

  test('an unchanged page answers 304 to a conditional request', async () => {
    const first = await get('/quick-starts/next');
    const etag = first.header('etag')!;
    const second = await get('/quick-starts/next', 'identity', {'if-none-match': etag});
    assert.equal(second.status, 304);
  });

  test('only hashed names count as hashed', () => {
    assert.match(cacheControlFor('/es/assets/css/styles.70f9e48c.css'), /immutable/);
    assert.match(cacheControlFor('/pagefind/fragment/en_1a2b3c4.pf_fragment'), /immutable/);
    assert.doesNotMatch(cacheControlFor('/img/logos/next.svg'), /immutable/);
    assert.doesNotMatch(cacheControlFor('/pagefind/pagefind.js'), /immutable/);
    assert.doesNotMatch(cacheControlFor('/assets/js/main.js'), /immutable/);
  });
});
