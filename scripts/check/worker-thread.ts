/**
 * Starts a TypeScript module in a worker thread.
 *
 * `npm run check` must not load packages through tsx's ESM loader hooks,
 * which make every import of an ESM package cross to a hooks thread: loading
 * @mdx-js/mdx or cspell-lib (hundreds of small ESM modules) costs two to three
 * times as much as natively. A worker started without those hooks
 * (execArgv: []) and with only tsx's CommonJS hook, which compiles our .ts
 * files, loads them natively.
 *
 * That hook also reads every required `.js` file and scans it for ESM syntax
 * before Node compiles it; for TypeScript's own 9 MB typescript.js that scan
 * alone took ~100 ms. Packages under node_modules are plain CommonJS when they
 * are required (ESM ones go through import()), so they get Node's own loader,
 * with source maps off while they compile: tsx turns them on for our files,
 * and Node then searches each compiled file for a source map comment, all
 * 9 MB of typescript.js included.
 */
import {Worker} from 'node:worker_threads';

/**
 * `DOCS_CHECK_CPU_PROF=<folder>` writes a V8 CPU profile of each thread there
 * (`node --cpu-prof` does not reach workers started with execArgv: []).
 */
const PROFILE_DIR = process.env.DOCS_CHECK_CPU_PROF;

export function startTsWorker(file: string, workerData: unknown): Worker {
  const bootstrap = [
    `const Module = require('node:module');`,
    `const nativeJs = Module._extensions['.js'];`,
    `require(${JSON.stringify(require.resolve('tsx/cjs'))});`,
    `const tsxJs = Module._extensions['.js'];`,
    `Module._extensions['.js'] = function (module, filename) {`,
    `  if (!/[\\\\/]node_modules[\\\\/]/.test(filename)) return tsxJs.call(this, module, filename);`,
    `  const sourceMaps = process.sourceMapsEnabled !== false;`,
    `  process.setSourceMapsEnabled(false);`,
    `  try {`,
    `    return nativeJs.call(this, module, filename);`,
    `  } finally {`,
    `    process.setSourceMapsEnabled(sourceMaps);`,
    `  }`,
    `};`,
    `require(${JSON.stringify(file)});`,
  ].join('\n');
  const execArgv = PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [];
  const worker = new Worker(bootstrap, {eval: true, execArgv, workerData});
  // A worker must never keep the process alive on its own.
  worker.unref();
  return worker;
}
