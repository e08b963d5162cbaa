/**
 * Sizes of a built file as a static host that precompresses would serve it:
 * raw, gzip level 9 and brotli quality 11. Unlike bytes on the wire these do
 * not depend on the server's on-the-fly settings, so budgets are checked
 * against them.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type FileSizes = {raw: number; gzip: number; br: number};

export function compressedSizes(data: Buffer): FileSizes {
  return {
    raw: data.length,
    gzip: zlib.gzipSync(data, {level: 9}).length,
    br: zlib.brotliCompressSync(data, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

/** The build file behind a URL path (`/x` is `x.html`, `/` and `/es` are `index.html`). */
export function buildFileFor(buildDir: string, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split('?')[0]!);
  const candidates = [pathname, `${pathname}.html`, path.posix.join(pathname, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(buildDir, candidate);
    if (file.startsWith(buildDir) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}
