/**
 * Installs a Next.js project "offline" (test:guides builds its apps here, check:code type-checks
 * against Next 16 here): a folder whose node_modules links to
 * the project's own packages, with `next` being the Next.js under test. Next 15
 * is the project's `next`; Next 16 is the `next-16` alias. Packages that
 * import `next` themselves (@logto/next) are hard-linked copies inside that
 * folder, so they resolve the same `next` as the app instead of the project's.
 * The folder is kept between runs (a stamp names the version it holds).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {siteDir} from '../lib/content';

export type NextUnderTest = {
  /** `15`, `16` */
  major: number;
  version: string;
  /** The installed package folder in the project's node_modules. */
  packageDir: string;
};

const PACKAGES: Array<{name: string; major: number}> = [
  {name: 'next', major: 15},
  {name: 'next-16', major: 16},
];

/** The Next.js versions installed for the run, read from their package.json. */
export function installedNextVersions(): NextUnderTest[] {
  return PACKAGES.flatMap(({name}) => {
    const packageDir = path.join(siteDir, 'node_modules', name);
    const file = path.join(packageDir, 'package.json');
    if (!fs.existsSync(file)) return [];
    const {version} = JSON.parse(fs.readFileSync(file, 'utf8')) as {version: string};
    return [{major: Number(version.split('.')[0]), version, packageDir}];
  });
}

export function packageVersion(name: string, from = siteDir): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(from, 'node_modules', name, 'package.json'), 'utf8')) as {version: string}).version;
  } catch {
    return '?';
  }
}

/** Packages that import `next` and so must sit beside the app's `next`, not in the project. */
const NEXT_DEPENDENTS = ['@logto/next'];

function linkCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), {recursive: true});
  // Hard links: same bytes, no copying; falls back to a real copy across file systems.
  const result = spawnSync('cp', ['-al', from, to], {encoding: 'utf8'});
  if (result.status !== 0) fs.cpSync(from, to, {recursive: true});
}

export const runtimesRoot = path.join(os.tmpdir(), 'logto-test-guides');

/**
 * `<runtimesRoot>/next-<major>`: apps go in sub-folders, node_modules is shared by them.
 *
 * Several processes may ask for the same runtime at once (test files run beside
 * `npm run test:guides`), so a runtime is assembled in a folder of its own and
 * renamed into place in one step: a process never sees a half-built or removed
 * node_modules, and the loser of a race uses the winner's identical runtime.
 */
export function prepareRuntime(next: NextUnderTest, root = runtimesRoot): string {
  const dir = path.join(root, `next-${next.major}`);
  // Links point at the real folder, the one the stamp names: a site copy's node_modules may be a
  // link that is gone when the copy is (a test's temporary site), while the runtime stays.
  const projectModules = fs.realpathSync(path.join(siteDir, 'node_modules'));
  const want = `${next.version} ${packageVersion('@logto/next')} ${projectModules}`;
  const stampOf = (folder: string) => {
    try {
      return fs.readFileSync(path.join(folder, '.stamp'), 'utf8');
    } catch {
      return null;
    }
  };
  if (stampOf(dir) === want) return dir;
  fs.mkdirSync(root, {recursive: true});
  const building = fs.mkdtempSync(path.join(root, `.next-${next.major}-`));
  const modules = path.join(building, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(projectModules)) {
    if (entry === 'next' || entry === 'next-16' || entry.startsWith('.')) continue;
    const source = path.join(projectModules, entry);
    if (entry.startsWith('@')) {
      fs.mkdirSync(path.join(modules, entry));
      for (const inner of fs.readdirSync(source)) {
        const name = `${entry}/${inner}`;
        if (NEXT_DEPENDENTS.includes(name)) linkCopy(path.join(source, inner), path.join(modules, name));
        else fs.symlinkSync(path.join(source, inner), path.join(modules, name));
      }
    } else {
      fs.symlinkSync(source, path.join(modules, entry));
    }
  }
  // The app's own `next`: a hard-linked copy, so Next's self-references (`next/dist/…`) stay inside it.
  linkCopy(next.packageDir, path.join(modules, 'next'));
  fs.writeFileSync(path.join(building, '.stamp'), want);
  if (fs.existsSync(dir)) {
    // A runtime of other versions: moved aside first (a rename onto a non-empty folder fails).
    if (stampOf(dir) !== want) {
      const aside = fs.mkdtempSync(path.join(root, '.old-'));
      fs.renameSync(dir, path.join(aside, 'runtime'));
      fs.rmSync(aside, {recursive: true, force: true});
    }
  }
  try {
    fs.renameSync(building, dir);
  } catch (error) {
    // Another process put the same runtime in place first: use it.
    if (stampOf(dir) !== want) throw error;
    fs.rmSync(building, {recursive: true, force: true});
  }
  return dir;
}

/** The version `node_modules/next` of a runtime really is (printed, and checked against the one asked for). */
export function runtimeNextVersion(runtimeDir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(runtimeDir, 'node_modules', 'next', 'package.json'), 'utf8')) as {version: string}).version;
}

/** The deepest folder holding both the runtime and the project: Turbopack refuses files outside its root. */
export function commonRoot(a: string, b: string): string {
  const pa = fs.realpathSync(a).split(path.sep);
  const pb = fs.realpathSync(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}
