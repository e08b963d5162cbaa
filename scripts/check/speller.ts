/**
 * cspell through the cspell-lib API (no process per file): settings come from
 * the site's cspell.config.yaml (the same file the cspell CLI and editor
 * extensions read), each document is checked in the language of its locale.
 * The work happens in a worker thread (spell-worker.ts) started as early as
 * possible, so its dictionaries load while the rest of the check runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Worker} from 'node:worker_threads';
import {startTsWorker} from './worker-thread';

export type SpellingIssue = {offset: number; word: string; suggestions: string[]};
export type SpellDocument = {text: string; language: string; file: string};

export type SpellWorkerData = {
  root: string;
  configFile: string;
  languages: string[];
  /** Where converted dictionaries are kept (see spell-worker.ts), or null for none. */
  cacheDir: string | null;
};
export type SpellRequest = {id: number; documents: SpellDocument[]};
export type SpellResponse = {id: number; results: SpellingIssue[][]} | {id: number; error: string};

export type Speller = {
  /** Issues of each document, in order. */
  check(documents: SpellDocument[]): Promise<SpellingIssue[][]>;
  close(): Promise<void>;
};

export class SpellerUnavailable extends Error {}

export function startSpeller(root: string, configFile: string, languages: string[], cacheDir: string | null = null): Speller {
  if (!fs.existsSync(path.join(root, configFile))) {
    const error = new SpellerUnavailable(`no ${configFile} at the site root`);
    return {check: () => Promise.reject(error), close: async () => undefined};
  }
  let worker: Worker | null = startTsWorker(path.join(__dirname, 'spell-worker.ts'), {
    root,
    configFile,
    languages,
    cacheDir,
  } satisfies SpellWorkerData);
  const pending = new Map<number, {resolve: (r: SpellingIssue[][]) => void; reject: (e: Error) => void}>();
  let nextId = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const {reject} of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (response: SpellResponse) => {
    const request = pending.get(response.id);
    pending.delete(response.id);
    if ('error' in response) request?.reject(new Error(response.error));
    else request?.resolve(response.results);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    if (code !== 0) failAll(new Error(`spell checker thread exited with code ${code}`));
  });
  return {
    check(documents) {
      if (failure) return Promise.reject(failure);
      if (!worker) return Promise.reject(new Error('speller closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject});
        worker!.postMessage({id, documents} satisfies SpellRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
