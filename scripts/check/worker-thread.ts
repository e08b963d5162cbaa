/**
 * Starts a TypeScript module in a worker thread.
 *
 * `npm run check` runs under tsx, whose ESM loader hooks make every import of
 * an ESM package cross to a hooks thread: loading @mdx-js/mdx or cspell-lib
 * (hundreds of small ESM modules) costs two to three times as much as
 * natively. A worker started without those hooks (execArgv: []) and with only
 * tsx's CommonJS hook, which compiles our .ts files, loads them natively.
 */
import {Worker} from 'node:worker_threads';

export function startTsWorker(file: string, workerData: unknown): Worker {
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(file)});`;
  const worker = new Worker(bootstrap, {eval: true, execArgv: [], workerData});
  // A worker must never keep the process alive on its own.
  worker.unref();
  return worker;
}
