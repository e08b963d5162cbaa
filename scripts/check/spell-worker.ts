/**
 * The spell checker's thread: loads cspell-lib, the site's cspell settings
 * and the dictionaries of every language it will be asked for as soon as it
 * starts (dictionary loading is the most expensive step of `npm run check`,
 * so it runs while the main thread compiles MDX), then answers requests.
 */
import {parentPort, workerData} from 'node:worker_threads';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {SpellRequest, SpellResponse, SpellWorkerData} from './speller';

const {root, configFile, languages} = workerData as SpellWorkerData;

const ready = (async () => {
  // cspell-lib is ESM only; it ships with (and is installed by) the cspell package.
  const cspell = await import('cspell-lib');
  const settings = await cspell.readSettings(path.join(root, configFile));
  const check = async (text: string, language: string, file: string) => {
    const result = await cspell.spellCheckDocument(
      {uri: pathToFileURL(path.join(root, file)).href, text, languageId: 'plaintext', locale: language},
      {noConfigSearch: true, generateSuggestions: true, numSuggestions: 3},
      settings,
    );
    const errors = [...(result.errors ?? []), ...[...(result.dictionaryErrors?.values() ?? [])].flat()];
    if (errors.length > 0) throw new Error(`cspell: ${errors.map((e) => e.message).join('; ')}`);
    return result.issues.map((issue) => ({
      offset: issue.offset,
      word: issue.text,
      suggestions: (issue.suggestions ?? []).slice(0, 3),
    }));
  };
  // Warm up: load every language's dictionaries before the first real request.
  await Promise.all(languages.map((language) => check('warm up', language, '__warm-up__.txt')));
  return check;
})();
// Reported with the first request, not as an unhandled rejection.
ready.catch(() => undefined);

parentPort!.on('message', async (request: SpellRequest) => {
  let response: SpellResponse;
  try {
    const check = await ready;
    const results = [];
    for (const doc of request.documents) results.push(await check(doc.text, doc.language, doc.file));
    response = {id: request.id, results};
  } catch (error) {
    response = {id: request.id, error: (error as Error).message};
  }
  parentPort!.postMessage(response);
});
