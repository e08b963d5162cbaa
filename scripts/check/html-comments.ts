/**
 * HTML comments, the most common MDX 3 error in Markdown written by hand or
 * carried over from MDX 1: found outside code, and blanked into MDX comments
 * of the same length so the rest of the file can still be checked.
 */
import {positionIndex} from './positions';

/** Offsets of `<!--` outside fenced code blocks and inline code. */
export function htmlCommentOffsets(source: string): number[] {
  const found: number[] = [];
  let fence: string | null = null;
  let offset = 0;
  for (const text of source.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (fence === null) {
      // Blank out inline code so `<!-- -->` shown as code is not reported.
      const prose = text.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
      for (let at = prose.indexOf('<!--'); at !== -1; at = prose.indexOf('<!--', at + 4)) found.push(offset + at);
    }
    offset += text.length + 1;
  }
  return found;
}

export function htmlComments(source: string): Array<{line: number; column: number}> {
  const at = positionIndex(source);
  return htmlCommentOffsets(source).map(at);
}

/**
 * The source with each `<!-- … -->` turned into `{/* … *\/}`, which has the
 * same length, so every position in the file stays the same; null when there
 * is nothing to repair.
 */
export function withMdxComments(source: string): string | null {
  const offsets = htmlCommentOffsets(source);
  if (offsets.length === 0) return null;
  let repaired = source;
  for (const start of offsets) {
    const end = repaired.indexOf('-->', start + 4);
    if (end === -1) return null;
    // The comment's text must not close the MDX comment early.
    const body = repaired.slice(start + 4, end).replace(/\*\//g, '* ');
    repaired = `${repaired.slice(0, start)}{/* ${body}*/}${repaired.slice(end + 3)}`;
  }
  return repaired;
}
