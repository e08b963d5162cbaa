/**
 * npm run check:code [-- --root <dir>] [--no-registry] [--registry <url>] [--timeout <ms>] [--next 15,16]
 *
 * Type-checks every ts/tsx code sample of every guide (English and Spanish)
 * against the installed @logto/next, next and react, and verifies that install
 * commands name packages and versions that exist. Exit 1 on any failure.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkCode, failureCount} from './check';
import {ContentError} from './guides';
import {formatReport} from './report';
import {installedNextVersions, prepareRuntime} from './next-runtime';
import {siteDir} from '../lib/content';

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      root: {type: 'string'},
      'no-registry': {type: 'boolean', default: false},
      registry: {type: 'string'},
      timeout: {type: 'string'},
      next: {type: 'string'},
    },
  });
  // Every installed Next.js major (15 and the next-16 alias) unless --next narrows it.
  const majors = values.next ? values.next.split(',').map(Number) : null;
  const nexts = installedNextVersions()
    .filter((n) => !majors || majors.includes(n.major))
    .map((n) => {
      if (n.packageDir === path.join(siteDir, 'node_modules', 'next')) return {version: n.version};
      const runtime = prepareRuntime(n);
      return {version: n.version, projectsDir: path.join(runtime, '.check-code'), nextDir: path.join(runtime, 'node_modules', 'next')};
    });
  if (!nexts.length) throw new Error(`--next ${values.next}: no such Next.js installed`);
  const result = await checkCode({
    nexts,
    root: values.root ? path.resolve(values.root) : undefined,
    registry: values['no-registry']
      ? false
      : {registry: values.registry, timeoutMs: values.timeout ? Number(values.timeout) : undefined},
  });
  console.log(formatReport(result));
  return failureCount(result) === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ContentError) {
      console.error(`${error.message}\ncheck:code: cannot parse the content, nothing was checked`);
      process.exit(1);
    }
    console.error(`check:code: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
