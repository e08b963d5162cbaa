/**
 * The spell checker's thread: loads cspell-lib, the site's cspell settings
 * and the dictionaries of every language it will be asked for as soon as it
 * starts (dictionary loading is the most expensive step of `npm run check`,
 * so it runs while the main thread compiles MDX), then answers requests.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {parentPort, workerData} from 'node:worker_threads';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {gunzipSync} from 'node:zlib';
import type {SpellRequest, SpellResponse, SpellWorkerData} from './speller';

const {root, configFile, languages, cacheDir} = workerData as SpellWorkerData;

/**
 * Loading a `.trie.gz` dictionary means parsing the whole word trie, which
 * takes about a second for English or Spanish; cspell also reads its binary
 * `.btrie` format, which loads several times faster. The first run converts
 * each trie dictionary into node_modules/.cache (costing about one extra
 * load), and later runs point cspell at the converted file. Any failure just
 * leaves the dictionary as it was.
 */
async function useBinaryTries(definitions: Array<{name?: string; path?: string; btrie?: string}>): Promise<void> {
  if (!cacheDir) return;
  const trieLib = await import('cspell-trie-lib');
  await Promise.all(
    definitions.map(async (definition) => {
      const source = definition.path;
      if (!source || definition.btrie || !/\.trie(\.gz)?$/.test(source) || !fs.existsSync(source)) return;
      try {
        const stat = fs.statSync(source);
        const id = createHash('sha1').update(`${source}\0${stat.size}\0${stat.mtimeMs}`).digest('hex').slice(0, 12);
        const target = path.join(cacheDir, 'dictionaries', `${definition.name ?? 'dictionary'}-${id}.btrie`);
        if (!fs.existsSync(target)) {
          const raw = fs.readFileSync(source);
          const content = new Uint8Array(source.endsWith('.gz') ? gunzipSync(raw) : raw);
          const converted = await trieLib.convertToBTrie({url: pathToFileURL(source.replace(/\.gz$/, '')), content});
          fs.mkdirSync(path.dirname(target), {recursive: true});
          const temporary = `${target}.${process.pid}.tmp`;
          fs.writeFileSync(temporary, converted.content);
          fs.renameSync(temporary, target);
        }
        definition.btrie = target;
      } catch {
        // Keep the original dictionary: slower to load, same words.
      }
    }),
  );
}

const ready = (async () => {
  // cspell-lib is ESM only; it ships with (and is installed by) the cspell package.
  const cspell = await import('cspell-lib');
  const settings = await cspell.readSettings(path.join(root, configFile));
  await useBinaryTries((settings.dictionaryDefinitions ?? []) as Array<{name?: string; path?: string; btrie?: string}>);
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
