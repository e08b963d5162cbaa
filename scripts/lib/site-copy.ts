/**
 * A throwaway copy of the site for tests and benchmarks that must change
 * content (remove a translation, generate pages) without touching the work
 * tree. node_modules is linked, not copied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {siteDir} from './content';

const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'artifacts']);

export function copySite(prefix = 'site-copy-', from = siteDir): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(from)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(from, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeSite(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
}

/** Runs `docusaurus build` in `dir`; throws with the tail of its output when it fails. */
export function buildSite(dir: string, args: string[] = []): {outDir: string; output: string} {
  const outDir = path.join(dir, 'build');
  const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const result = spawnSync(bin, ['build', '--out-dir', outDir, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`docusaurus build failed in ${dir} (exit ${result.status}):\n${output.slice(-4000)}`);
  }
  return {outDir, output};
}
