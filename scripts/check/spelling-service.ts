/**
 * Spelling results with a cache in front of cspell.
 *
 * Loading cspell's English and Spanish dictionaries costs more than every
 * other check together, and most runs check files that did not change. The
 * results of each file are cached under node_modules/.cache, keyed by the
 * file's source, its language and everything that can change a verdict (the
 * cspell config, the project word lists, the versions of cspell and its
 * dictionaries). When every file is in the cache, cspell is not even loaded;
 * otherwise its thread is started before MDX compilation, so dictionaries load
 * in parallel.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {siteDir} from '../lib/content';
import {startSpeller, type SpellDocument, type Speller, type SpellingIssue} from './speller';

export type SpellInput = {file: string; source: string; language: string};

const CACHE_VERSION = 1;
/** Entries kept: a few times the number of files of the site, so switching branches stays cheap. */
const MAX_ENTRIES = 5000;

export class SpellingService {
  private speller: Speller | null = null;
  private readonly entries: Map<string, SpellingIssue[]>;
  private readonly used = new Set<string>();
  private dirty = false;

  private constructor(
    private readonly root: string,
    private readonly configFile: string,
    private readonly cacheFile: string | null,
    private readonly salt: string,
  ) {
    this.entries = new Map(cacheFile ? readCache(cacheFile) : []);
  }

  static open(root: string, configFile: string, useCache: boolean): SpellingService {
    const cacheFile = useCache ? path.join(root, 'node_modules', '.cache', 'docs-check', 'spelling.json') : null;
    return new SpellingService(root, configFile, cacheFile, cacheSalt(root, configFile));
  }

  private key(input: SpellInput): string {
    return createHash('sha1').update(`${this.salt}\0${input.language}\0${input.source}`).digest('hex');
  }

  /** Starts cspell now if any of these inputs is not cached (call it as early as possible). */
  prepare(inputs: SpellInput[]): void {
    const missing = inputs.filter((input) => !this.entries.has(this.key(input)));
    if (missing.length > 0) this.start([...new Set(missing.map((i) => i.language))]);
  }

  private start(languages: string[]): Speller {
    this.speller ??= startSpeller(this.root, this.configFile, languages);
    return this.speller;
  }

  /** Issues of each document (`text` is its prose), from the cache or from cspell. */
  async check(documents: Array<SpellInput & {text: string}>): Promise<SpellingIssue[][]> {
    const keys = documents.map((doc) => this.key(doc));
    const missing = documents.map((doc, i) => ({doc, key: keys[i]!})).filter(({key}) => !this.entries.has(key));
    if (missing.length > 0) {
      const speller = this.start([...new Set(missing.map(({doc}) => doc.language))]);
      const results = await speller.check(
        missing.map(({doc}): SpellDocument => ({text: doc.text, language: doc.language, file: doc.file})),
      );
      missing.forEach(({key}, i) => this.entries.set(key, results[i]!));
      this.dirty = true;
    }
    for (const key of keys) this.used.add(key);
    return keys.map((key) => this.entries.get(key)!);
  }

  async close(): Promise<void> {
    await this.speller?.close();
    if (!this.cacheFile || !this.dirty) return;
    // Entries used by this run first, then the most recent others.
    const kept = [...this.used, ...[...this.entries.keys()].reverse().filter((k) => !this.used.has(k))]
      .slice(0, MAX_ENTRIES)
      .map((key) => [key, this.entries.get(key)!] as const);
    try {
      fs.mkdirSync(path.dirname(this.cacheFile), {recursive: true});
      // Write then rename: concurrent runs never read a half-written file.
      const temporary = `${this.cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({version: CACHE_VERSION, entries: kept}));
      fs.renameSync(temporary, this.cacheFile);
    } catch {
      // The cache only saves time; a read-only node_modules must not fail the check.
    }
  }
}

function readCache(file: string): Array<[string, SpellingIssue[]]> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {version: number; entries: Array<[string, SpellingIssue[]]>};
    return data.version === CACHE_VERSION ? data.entries : [];
  } catch {
    return [];
  }
}

/** Everything besides a file's own text that decides what cspell reports. */
function cacheSalt(root: string, configFile: string): string {
  const hash = createHash('sha1').update(String(CACHE_VERSION));
  const configPath = path.join(root, configFile);
  if (!fs.existsSync(configPath)) return hash.digest('hex');
  const config = fs.readFileSync(configPath, 'utf8');
  hash.update(config);
  const parsed = (parseYaml(config) ?? {}) as {import?: string[]; dictionaryDefinitions?: Array<{path?: string}>};
  for (const definition of parsed.dictionaryDefinitions ?? []) {
    const file = definition.path ? path.resolve(path.dirname(configPath), definition.path) : null;
    if (file && fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  // Versions of cspell-lib and of every imported dictionary package.
  const packages = ['cspell-lib', ...(parsed.import ?? []).map((i) => /^((?:@[^/]+\/)?[^/.][^/]*)/.exec(i)?.[1])];
  for (const name of packages) {
    if (!name) continue;
    // Read from the node_modules this tool resolves packages from.
    const manifest = path.join(siteDir, 'node_modules', name, 'package.json');
    hash.update(`${name}@${fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as {version: string}).version : '?'}`);
  }
  return hash.digest('hex');
}
