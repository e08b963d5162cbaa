/**
 * A small content-addressed cache under node_modules/.cache/docs-check/.
 *
 * Most runs check files that did not change since the last run. Results that
 * depend only on a file's (or a block's) text are stored under a hash of that
 * text plus a salt naming everything else they depend on: the versions of the
 * packages involved and the source of the code that computed them, so
 * upgrading a package or editing a rule invalidates its entries by itself.
 * Entries are JSON; writes are atomic (write, then rename), so concurrent runs
 * never read a half-written file, and a failed write only costs time.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {siteDir} from '../lib/content';

const FORMAT = 3;
/** Besides the entries a run used, at most this many others are kept (other branches, older edits). */
const SPARE_ENTRIES = 200;

export class DiskCache<T> {
  private readonly entries: Map<string, T>;
  private readonly used = new Set<string>();
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private readonly salt: string,
  ) {
    // A file written with another salt (new package version, edited tool) is dropped whole.
    this.entries = new Map(file ? read<T>(file, salt) : []);
  }

  /** `salt` names what the cached values depend on besides the key's text; null disables the cache. */
  static open<T>(root: string, name: string, salt: string, enabled: boolean): DiskCache<T> {
    return new DiskCache<T>(enabled ? path.join(cacheDirectory(root), `${name}.json`) : null, salt);
  }

  key(...parts: string[]): string {
    const hash = createHash('sha1').update(this.salt);
    for (const part of parts) hash.update('\0').update(part);
    return hash.digest('hex');
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.used.add(key);
    return value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: T): void {
    this.entries.set(key, value);
    this.used.add(key);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    // Entries used by this run first, then the most recently written others.
    const spare = [...this.entries.keys()].reverse().filter((k) => !this.used.has(k)).slice(0, SPARE_ENTRIES);
    const kept = [...this.used, ...spare].map((k) => [k, this.entries.get(k)!] as const);
    try {
      fs.mkdirSync(path.dirname(this.file), {recursive: true});
      const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({format: FORMAT, salt: this.salt, entries: kept}));
      fs.renameSync(temporary, this.file);
    } catch {
      // A read-only node_modules must not fail the check.
    }
  }
}

/** Where `npm run check` keeps its caches for the site at `root`. */
export function cacheDirectory(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'docs-check');
}

function read<T>(file: string, salt: string): Array<[string, T]> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {format: number; salt: string; entries: Array<[string, T]>};
    return data.format === FORMAT && data.salt === salt ? data.entries : [];
  } catch {
    return [];
  }
}

/** Salt from package versions (read from the node_modules this tool resolves from) and source files. */
export function saltOf(packages: string[], files: string[], extra = ''): string {
  const hash = createHash('sha1').update(String(FORMAT)).update(extra);
  for (const name of packages) {
    const manifest = path.join(siteDir, 'node_modules', name, 'package.json');
    const version = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as {version: string}).version : '?';
    hash.update(`${name}@${version}`);
  }
  for (const file of files) hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing');
  return hash.digest('hex');
}
