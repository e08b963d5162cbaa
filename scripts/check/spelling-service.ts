/**
 * Spelling results with a cache in front of cspell.
 *
 * Loading cspell's dictionaries (one per locale) costs more than every
 * other check together, and most runs check files that did not change. The
 * results of each file are cached (disk-cache.ts), keyed by the file's source
 * and language. When every file is in the cache, cspell is not even loaded;
 * otherwise its thread is started before MDX compilation, so dictionaries load
 * in parallel.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {cacheDirectory, DiskCache, saltOf} from './disk-cache';
import {startSpeller, type SpellDocument, type Speller, type SpellingIssue} from './speller';

export type SpellInput = {file: string; source: string; language: string};

export class SpellingService {
  private speller: Speller | null = null;

  private constructor(
    private readonly root: string,
    private readonly configFile: string,
    private readonly cache: DiskCache<SpellingIssue[]>,
    private readonly useCache: boolean,
  ) {}

  static open(root: string, configFile: string, useCache: boolean): SpellingService {
    return new SpellingService(root, configFile, DiskCache.open(root, 'spelling', cacheSalt(root, configFile), useCache), useCache);
  }

  private key(input: SpellInput): string {
    return this.cache.key(input.language, input.source);
  }

  /** Starts cspell now if any of these inputs is not cached (call it as early as possible). */
  prepare(inputs: SpellInput[]): void {
    const missing = inputs.filter((input) => !this.cache.has(this.key(input)));
    if (missing.length > 0) this.start([...new Set(missing.map((i) => i.language))]);
  }

  private start(languages: string[]): Speller {
    this.speller ??= startSpeller(this.root, this.configFile, languages, this.useCache ? cacheDirectory(this.root) : null);
    return this.speller;
  }

  /**
   * Issues of each document, from the cache or from cspell; `prose()` gives the
   * text to check and is only called for documents that are not cached.
   */
  async check(documents: Array<SpellInput & {prose: () => string}>): Promise<SpellingIssue[][]> {
    const keys = documents.map((doc) => this.key(doc));
    const cached = keys.map((key) => this.cache.get(key));
    const missing = documents.filter((_, i) => cached[i] === undefined);
    if (missing.length > 0) {
      const speller = this.start([...new Set(missing.map((doc) => doc.language))]);
      const results = await speller.check(
        missing.map((doc): SpellDocument => ({text: doc.prose(), language: doc.language, file: doc.file})),
      );
      let next = 0;
      keys.forEach((key, i) => {
        if (cached[i] !== undefined) return;
        cached[i] = results[next++]!;
        this.cache.set(key, cached[i]!);
      });
    }
    return cached as SpellingIssue[][];
  }

  async close(): Promise<void> {
    await this.speller?.close();
    this.cache.save();
  }
}

/**
 * Everything besides a file's own text that decides what cspell reports: the
 * cspell config and the word lists it names, the versions of cspell-lib and of
 * every imported dictionary, and the code that extracts prose and calls cspell.
 */
function cacheSalt(root: string, configFile: string): string {
  const configPath = path.join(root, configFile);
  const config = fs.existsSync(configPath) ? fs.readFileSync(configPath, 'utf8') : '';
  const parsed = (parseYaml(config) ?? {}) as {import?: string[]; dictionaryDefinitions?: Array<{path?: string}>};
  const wordLists = (parsed.dictionaryDefinitions ?? []).flatMap((d) => (d.path ? [path.resolve(path.dirname(configPath), d.path)] : []));
  const packages = ['cspell-lib', ...(parsed.import ?? []).flatMap((i) => /^((?:@[^/]+\/)?[^/.][^/]*)/.exec(i)?.[1] ?? [])];
  const code = ['spell-worker.ts', 'prose.ts', 'front-matter-fields.ts', 'config.ts', 'spelling-locales.ts', 'rules/spelling.ts'].map((f) => path.join(__dirname, f));
  return saltOf(packages, [configPath, ...wordLists, ...code]);
}
