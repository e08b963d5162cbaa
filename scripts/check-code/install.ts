/**
 * Install commands in shell blocks (`npm install|i|add`, `pnpm add`, `yarn add`,
 * `bun add`): every package they name must exist on the npm registry at a
 * version matching what the command asks for. Each distinct spec is asked once
 * (`npm view <spec> version --json`, the registry npm itself is configured
 * with); an unreachable registry is a failure, never a silent pass.
 */
import {execFile} from 'node:child_process';
import type {Block} from './blocks';

export type InstallSpec = {
  /** The spec as written (`@logto/next@^4`). */
  spec: string;
  name: string;
  /** Version, range or dist-tag; `latest` when none is written. */
  range: string;
  /** 0-based line inside the block. */
  blockLine: number;
  column: number;
};

const INSTALLERS: Array<[string, Set<string>]> = [
  ['npm', new Set(['install', 'i', 'add', 'in'])],
  ['pnpm', new Set(['add'])],
  ['yarn', new Set(['add'])],
  ['bun', new Set(['add'])],
];

/** Options of install commands that take a value, so the value is not read as a package. */
const OPTIONS_WITH_VALUE = new Set(['--registry', '--tag', '--workspace', '-w', '--filter', '--prefix', '--cache', '--userconfig']);

/** `name[@range]`, scoped or not; null for what is not a registry package (paths, URLs, git, tarballs). */
export function parseSpec(word: string): {name: string; range: string} | null {
  if (/^(\.|\/|~|file:|git[+:]|https?:|github:|link:|workspace:)/.test(word) || word.endsWith('.tgz')) return null;
  const match = /^(@[a-z0-9][\w.-]*\/[\w.-]+|[a-z0-9][\w.-]*)(?:@(.*))?$/i.exec(word);
  if (!match) return null;
  const range = match[2] ?? '';
  // `alias@npm:real@range` installs `real`.
  const alias = /^npm:(.+)$/.exec(range);
  if (alias) return parseSpec(alias[1]!);
  if (/^(file:|git[+:]|https?:|github:|link:|workspace:)/.test(range)) return null;
  return {name: match[1]!, range: range === '' ? 'latest' : range};
}

/** Splits one shell line into words, honouring quotes; stops at a comment. */
function words(line: string): Array<{word: string; column: number}> {
  const out: Array<{word: string; column: number}> = [];
  const re = /"([^"]*)"|'([^']*)'|(#.*$)|([^\s"'#][^\s]*)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[3] !== undefined) break;
    out.push({word: m[1] ?? m[2] ?? m[4]!, column: m.index + 1});
  }
  return out;
}

/** Package specs named by install commands in a shell block, with their place in it. */
export function installSpecs(value: string): InstallSpec[] {
  const specs: InstallSpec[] = [];
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A trailing backslash continues the command on the next line.
    const parts: Array<{text: string; line: number}> = [{text: lines[i]!, line: i}];
    while (/\\\s*$/.test(parts[parts.length - 1]!.text) && i + 1 < lines.length) {
      parts[parts.length - 1]!.text = parts[parts.length - 1]!.text.replace(/\\\s*$/, '');
      i++;
      parts.push({text: lines[i]!, line: i});
    }
    let command: string[] = [];
    let inInstall = false;
    let skipNext = false;
    for (const part of parts) {
      for (const {word, column} of words(part.text.replace(/^\s*(\$|>)\s/, '  '))) {
        if (word === '&&' || word === '||' || word === ';' || word === '|') {
          command = [];
          inInstall = false;
          continue;
        }
        if (!inInstall) {
          command.push(word);
          const [tool, sub] = command.slice(-2);
          inInstall = INSTALLERS.some(([t, subs]) => t === tool && subs.has(sub ?? ''));
          continue;
        }
        if (skipNext) {
          skipNext = false;
          continue;
        }
        if (word.startsWith('-')) {
          skipNext = OPTIONS_WITH_VALUE.has(word);
          continue;
        }
        const clean = word.replace(/;$/, '');
        const parsed = parseSpec(clean);
        if (parsed) specs.push({spec: clean, ...parsed, blockLine: part.line, column});
        if (word.endsWith(';')) {
          command = [];
          inInstall = false;
        }
      }
    }
  }
  return specs;
}

export type RegistryAnswer =
  | {ok: true; versions: string[]}
  | {ok: false; kind: 'missing' | 'no-version' | 'unreachable'; message: string};

export type RegistryOptions = {
  /** Registry URL; npm's configured registry when unset. */
  registry?: string;
  /** Per-query timeout. */
  timeoutMs?: number;
};

/**
 * Asks the registry about specs through the npm client, one query per distinct
 * spec for the life of the process, at most a few at a time.
 */
export class Registry {
  private readonly cache = new Map<string, Promise<RegistryAnswer>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Queries made (cache misses), for the summary. */
  queries = 0;
  constructor(private readonly options: RegistryOptions = {}) {}

  view(name: string, range: string): Promise<RegistryAnswer> {
    // A bare name is asked bare: npm resolves it exactly as `npm install <name>` would.
    const key = range === 'latest' ? name : `${name}@${range}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.limited(async () => {
        const first = await this.query(key);
        // A "not found" is asked a second time before it is reported: a registry (or mirror) that
        // answers partially under load must not turn into a false failure.
        return first.ok || first.kind === 'unreachable' ? first : this.query(key);
      });
      this.cache.set(key, answer);
    }
    return answer;
  }

  // Each query is an npm process; a handful at once keeps a long guide quick without flooding the registry.
  private async limited<T>(run: () => Promise<T>): Promise<T> {
    if (this.running >= 4) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await run();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private query(spec: string): Promise<RegistryAnswer> {
    this.queries++;
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    // One quick retry: a flaky connection gets a second chance, a dead registry is reported within seconds.
    const args = ['view', spec, 'version', '--json', '--fetch-retries=1', '--fetch-retry-mintimeout=1000', '--fetch-retry-maxtimeout=2000', `--fetch-timeout=${timeoutMs}`];
    if (this.options.registry) args.push(`--registry=${this.options.registry}`);
    return new Promise((resolve) => {
      execFile('npm', args, {timeout: timeoutMs + 5_000, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) => {
        resolve(interpretNpmView(spec, error, stdout, stderr, timeoutMs));
      });
    });
  }
}

/** Turns `npm view … --json` output into an answer. Exported for tests. */
export function interpretNpmView(
  spec: string,
  error: (Error & {code?: number | string | null; killed?: boolean; signal?: string | null}) | null,
  stdout: string,
  stderr: string,
  timeoutMs: number,
): RegistryAnswer {
  let parsed: unknown;
  try {
    parsed = stdout.trim() ? JSON.parse(stdout) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!error) {
    const versions = Array.isArray(parsed) ? parsed.map(String) : typeof parsed === 'string' ? [parsed] : [];
    if (versions.length > 0) return {ok: true, versions};
    // npm prints nothing when a package exists but no version matches the range.
    return {ok: false, kind: 'no-version', message: `no published version matches ${spec} (npm view printed no version)`};
  }
  if (error.killed || error.signal) {
    return {ok: false, kind: 'unreachable', message: `npm registry unreachable: no answer for ${spec} within ${Math.round(timeoutMs / 1000)}s`};
  }
  const npmError = (parsed as {error?: {code?: string; summary?: string}} | undefined)?.error;
  const code = npmError?.code ?? /npm error code (\S+)/.exec(stderr)?.[1] ?? '';
  const summary = npmError?.summary ?? /npm error (?!code)(.*)/.exec(stderr)?.[1] ?? error.message;
  if (code === 'E404') {
    if (/No match found for version/i.test(summary)) {
      return {ok: false, kind: 'no-version', message: `no published version matches ${spec} (npm: ${summary})`};
    }
    return {ok: false, kind: 'missing', message: `package not found on the npm registry (${spec})`};
  }
  return {ok: false, kind: 'unreachable', message: `npm registry unreachable (${code || 'error'}: ${summary.split('\n')[0]})`};
}

export type InstallFailure = {block: Block; line: number; column: number; pkg: string; message: string; unreachable: boolean};

/** Checks every install command of the given shell blocks. */
export async function checkInstallBlocks(
  blocks: Block[],
  registry: Registry,
): Promise<{failures: InstallFailure[]; specs: number}> {
  const jobs = blocks.flatMap((block) => installSpecs(block.value).map((spec) => ({block, spec})));
  const failures: InstallFailure[] = [];
  await Promise.all(
    jobs.map(async ({block, spec}) => {
      const answer = await registry.view(spec.name, spec.range);
      if (!answer.ok) {
        failures.push({
          block,
          line: block.fenceLine + 1 + spec.blockLine,
          column: spec.column + block.indent,
          pkg: spec.spec,
          message: answer.message,
          unreachable: answer.kind === 'unreachable',
        });
      }
    }),
  );
  return {failures, specs: jobs.length};
}
