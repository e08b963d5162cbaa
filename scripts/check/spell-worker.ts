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

type Definition = {name?: string; path?: string; btrie?: string};
type Conversion = {name: string; target: string};

/**
 * Loading a `.trie.gz` dictionary means parsing the whole word trie, which
 * takes about half a second for English or Spanish (several for French or
 * German); cspell also reads its binary `.btrie` format, which loads in a few
 * milliseconds. Each trie dictionary is kept converted in node_modules/.cache,
 * and later runs point cspell at the converted file.
 *
 * The conversion encodes the trie cspell has just loaded for this run (a few
 * milliseconds), rather than parsing the `.trie.gz` a second time, so the first
 * run costs no more than a run without conversion. Any failure just leaves the
 * dictionary as it was.
 */
function useConvertedTries(definitions: Definition[]): Conversion[] {
  if (!cacheDir) return [];
  const pending: Conversion[] = [];
  for (const definition of definitions) {
    const source = definition.path;
    if (!source || !definition.name || definition.btrie || !/\.trie(\.gz)?$/.test(source) || !fs.existsSync(source)) continue;
    const stat = fs.statSync(source);
    const id = createHash('sha1').update(`${source}\0${stat.size}\0${stat.mtimeMs}`).digest('hex').slice(0, 12);
    const target = path.join(cacheDir, 'dictionaries', `${definition.name}-${id}.btrie`);
    if (fs.existsSync(target)) definition.btrie = target;
    else pending.push({name: definition.name, target});
  }
  return pending;
}

/** Writes the converted form of each pending dictionary this run loaded (`used`: names cspell enabled). */
async function saveConvertedTries(
  cspell: typeof import('cspell-lib'),
  settings: Awaited<ReturnType<typeof import('cspell-lib')['readSettings']>>,
  pending: Conversion[],
  used: Set<string>,
): Promise<void> {
  const wanted = pending.filter((c) => used.has(c.name));
  if (wanted.length === 0) return;
  try {
    const trieLib = await import('cspell-trie-lib');
    // cspell's dictionary loader caches by file, so this returns the dictionaries already loaded.
    const collection = await cspell.getDictionary({...settings, dictionaries: wanted.map((c) => c.name)});
    for (const dictionary of collection.dictionaries) {
      const conversion = wanted.find((c) => c.name === dictionary.name);
      const trie = (dictionary as {trie?: Parameters<typeof trieLib.encodeITrieToBTrie>[0]}).trie;
      if (!conversion || !trie) continue;
      fs.mkdirSync(path.dirname(conversion.target), {recursive: true});
      const temporary = `${conversion.target}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, trieLib.encodeITrieToBTrie(trie));
      fs.renameSync(temporary, conversion.target);
    }
  } catch {
    // Keep the original dictionaries: slower to load, same words.
  }
}

const ready = (async () => {
  // cspell-lib is ESM only; it ships with (and is installed by) the cspell package.
  const cspell = await import('cspell-lib');
  const settings = await cspell.readSettings(path.join(root, configFile));
  const pending = useConvertedTries((settings.dictionaryDefinitions ?? []) as Definition[]);
  const used = new Set<string>();
  const check = async (text: string, language: string, file: string) => {
    const result = await cspell.spellCheckDocument(
      {uri: pathToFileURL(path.join(root, file)).href, text, languageId: 'plaintext', locale: language},
      {noConfigSearch: true, generateSuggestions: true, numSuggestions: 3},
      settings,
    );
    const errors = [...(result.errors ?? []), ...[...(result.dictionaryErrors?.values() ?? [])].flat()];
    if (errors.length > 0) throw new Error(`cspell: ${errors.map((e) => e.message).join('; ')}`);
    for (const name of result.settingsUsed?.dictionaries ?? []) used.add(name);
    return result.issues.map((issue) => ({
      offset: issue.offset,
      word: issue.text,
      suggestions: (issue.suggestions ?? []).slice(0, 3),
    }));
  };
  // Warm up: load every language's dictionaries before the first real request.
  await Promise.all(languages.map((language) => check('warm up', language, '__warm-up__.txt')));
  await saveConvertedTries(cspell, settings, pending, used);
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
