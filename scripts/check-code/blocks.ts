/**
 * What a code block is, for the checker: its language family, its `check=`
 * mode, and where it sits in its content file. Pure functions, no I/O.
 */
import type {CodeBlockInfo} from '../lib/mdx';

/** Languages type-checked with tsc. JS blocks are not (no types to hold them to). */
export const TS_LANGS = new Set(['ts', 'tsx', 'typescript']);
/** Languages scanned for package installs. */
export const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'zsh', 'console']);

/**
 * How a block is checked, from `check=` in its meta:
 * - `module` (no `check=`): the block is a whole file, the one its title names.
 * - `snippet` (`check=snippet`): statements taken out of a file; checked inside
 *   an async function body, its leading imports kept at module level.
 * - `skip` (`check=false`): not checked; the paragraph before the block says why.
 */
export type CheckMode = 'module' | 'snippet' | 'skip';

export type Block = {
  /** Content file holding the block, relative to the content root, POSIX. */
  file: string;
  lang: string;
  title: string | null;
  value: string;
  /** Line of the opening fence (1-based). The block's first code line is fenceLine + 1. */
  fenceLine: number;
  /** Columns to add to a column inside the block (the fence's indentation). */
  indent: number;
  mode: CheckMode;
  /** For `skip`: the author's reason (the paragraph before the block). */
  skipReason: string | null;
  /** A `check=` value the checker does not know; reported as a failure so typos do not silently skip. */
  badCheckValue: string | null;
};

const CHECK_META = /(?:^|\s)check=(?:"([^"]*)"|'([^']*)'|(\S+))/;

export function checkModeFromMeta(meta: string | null): {mode: CheckMode; bad: string | null} {
  const match = meta ? CHECK_META.exec(meta) : null;
  if (!match) return {mode: 'module', bad: null};
  const value = match[1] ?? match[2] ?? match[3] ?? '';
  if (value === 'false') return {mode: 'skip', bad: null};
  if (value === 'snippet') return {mode: 'snippet', bad: null};
  return {mode: 'module', bad: value};
}

/** The last sentence of the paragraph before a skipped block: short enough for a log line. */
export function reasonFrom(precedingText: string | null): string | null {
  if (!precedingText) return null;
  const sentences = precedingText.match(/[^.!?]+[.!?:]*/g) ?? [precedingText];
  const last = sentences[sentences.length - 1]!.trim();
  return last.length > 160 ? `${last.slice(0, 157)}…` : last;
}

export function toBlock(file: string, info: CodeBlockInfo): Block {
  const {mode, bad} = checkModeFromMeta(info.meta);
  return {
    file,
    lang: (info.lang ?? '').toLowerCase(),
    title: info.title,
    value: info.value,
    fenceLine: info.position.line,
    indent: info.position.column - 1,
    mode,
    skipReason: mode === 'skip' ? reasonFrom(info.precedingText) : null,
    badCheckValue: bad,
  };
}

export function isTsBlock(block: Block): boolean {
  return TS_LANGS.has(block.lang);
}

export function isShellBlock(block: Block): boolean {
  return SHELL_LANGS.has(block.lang);
}

/** `file:line` of the fence, the block's identity in messages and caches. */
export function blockId(block: Block): string {
  return `${block.file}:${block.fenceLine}`;
}
