/** What a benchmark build produced: HTML pages and bundle chunks, from the output folder. */
import fs from 'node:fs';
import path from 'node:path';
import {dirSize} from './site';

export type OutputReport = {
  htmlFiles: number;
  htmlBytes: number;
  jsFiles: number;
  jsBytes: number;
  /** The largest JS chunk: where route data such as the sidebar ends up. */
  largestJs: {file: string; bytes: number} | null;
};

export function reportOutput(outDir: string): OutputReport {
  const html = dirSize(outDir, (f) => f.endsWith('.html'));
  const js = dirSize(outDir, (f) => f.endsWith('.js'));
  let largestJs: OutputReport['largestJs'] = null;
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const entry of fs.readdirSync(d, {withFileTypes: true})) {
      const abs = path.join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.name.endsWith('.js')) {
        const bytes = fs.statSync(abs).size;
        if (!largestJs || bytes > largestJs.bytes) largestJs = {file: path.relative(outDir, abs), bytes};
      }
    }
  };
  walk(outDir);
  return {htmlFiles: html.files, htmlBytes: html.bytes, jsFiles: js.files, jsBytes: js.bytes, largestJs};
}
