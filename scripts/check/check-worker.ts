/**
 * Runs the checks in a worker thread started without tsx's ESM loader hooks
 * (see worker-thread.ts): the CLI's own thread only parses arguments and prints.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {RuleCrash, runChecks, timings, type RunOptions, type RunResult} from './runner';

export type CheckWorkerResponse =
  | {ok: true; result: RunResult; timings: typeof timings}
  | {ok: false; message: string; stack: string | undefined};

runChecks(workerData as RunOptions).then(
  (result) => parentPort!.postMessage({ok: true, result, timings} satisfies CheckWorkerResponse),
  (error: unknown) => {
    const cause = error instanceof RuleCrash ? error.cause : error;
    parentPort!.postMessage({
      ok: false,
      message: error instanceof RuleCrash ? error.message : `internal error: ${(error as Error).message}`,
      stack: (cause as Error)?.stack,
    } satisfies CheckWorkerResponse);
  },
);
