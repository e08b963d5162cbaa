/**
 * Reads a Docusaurus translation file (code.json, navbar.json, …) the way a
 * translator needs it checked: every syntax error with the line and column
 * where it can be fixed, and every entry with the position of its id and of
 * its message, so later checks can point at the right line.
 */
import {parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';
import {positionIndex} from '../../check/positions';
import type {Position} from '../../lib/mdx';

export type Entry = {
  id: string;
  /** The translated text; null when the entry has no string `message`. */
  message: string | null;
  /** Where the id is written. */
  position: Position;
  /** Where the message string is written (the id's position when there is none). */
  messagePosition: Position;
};

export type FileProblem = {position: Position; message: string; fix: string};

export type ParsedTranslationFile = {
  /** Null when the file is not valid JSON (then `problems` says why). */
  entries: Entry[] | null;
  problems: FileProblem[];
};

export function parseTranslationFile(source: string): ParsedTranslationFile {
  const at = positionIndex(source);
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, {allowTrailingComma: false, disallowComments: true, allowEmptyContent: false});
  if (errors.length > 0 || !root) {
    // Later errors are usually consequences of the first one.
    const first = errors[0] ?? {error: 0, offset: 0, length: 0};
    return {entries: null, problems: [describeSyntaxError(source, first, at)]};
  }
  if (root.type !== 'object') {
    return {
      entries: null,
      problems: [{position: at(root.offset), message: 'a translation file must be one JSON object of `"id": {"message": "…"}` entries', fix: 'restore the file from git, or recreate it with `npx docusaurus write-translations --locale <locale>`'}],
    };
  }
  const entries: Entry[] = [];
  const problems: FileProblem[] = [];
  const seen = new Map<string, Position>();
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children as [Node, Node | undefined];
    const id = keyNode.value as string;
    const position = at(keyNode.offset);
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({position, message: `id "${id}" appears twice (also on line ${earlier.line}); only the last one is used`, fix: 'keep one entry for this id'});
    }
    seen.set(id, position);
    const messageNode = valueNode?.type === 'object' ? valueNode.children?.find((p) => p.children?.[0]?.value === 'message')?.children?.[1] : undefined;
    const shapeProblem = entryShapeProblem(valueNode);
    if (shapeProblem) problems.push({position, message: `entry "${id}" ${shapeProblem}`, fix: 'write each entry as `"id": {"message": "…"}` (a "description" may follow); Docusaurus refuses to build otherwise'});
    entries.push({
      id,
      message: messageNode?.type === 'string' ? (messageNode.value as string) : null,
      position,
      messagePosition: messageNode ? at(messageNode.offset) : position,
    });
  }
  return {entries, problems};
}

/** Docusaurus' schema for an entry: {message: string, description?: string}, nothing else. */
function entryShapeProblem(value: Node | undefined): string | null {
  if (!value || value.type !== 'object') return 'is not an object';
  const keys = (value.children ?? []).map((p) => p.children?.[0]?.value as string);
  const message = value.children?.find((p) => p.children?.[0]?.value === 'message')?.children?.[1];
  if (!message) return 'has no "message"';
  if (message.type !== 'string') return 'has a "message" that is not a string';
  const description = value.children?.find((p) => p.children?.[0]?.value === 'description')?.children?.[1];
  if (description && description.type !== 'string') return 'has a "description" that is not a string';
  const unknown = keys.filter((k) => k !== 'message' && k !== 'description');
  if (unknown.length > 0) return `has ${unknown.map((k) => `"${k}"`).join(', ')}, which Docusaurus does not accept`;
  return null;
}

/** A JSON syntax error as a translator can act on it: where to fix it and how. */
export function describeSyntaxError(source: string, error: ParseError, at: (offset: number) => Position): FileProblem {
  const code = printParseErrorCode(error.error);
  const before = source.slice(0, error.offset).replace(/\s+$/, '');
  const fixJson = 'fix the JSON at this spot (every id and text in double quotes, a comma between entries, none after the last)';
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',')) {
    return {position: at(before.length - 1), message: 'invalid JSON: comma after the last entry', fix: 'remove this comma: JSON allows none before a closing `}`'};
  }
  if (code === 'UnexpectedEndOfString') {
    // The string runs to the end of its line: the closing quote belongs there.
    const lineEnd = source.indexOf('\n', error.offset);
    const end = (lineEnd === -1 ? source : source.slice(0, lineEnd)).replace(/\s+$/, '').length;
    return {position: at(end), message: 'invalid JSON: a string is not closed (missing `"`)', fix: 'add the closing double quote at the end of this text'};
  }
  if (code === 'InvalidSymbol') {
    const token = source.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
    return {position: at(error.offset), message: `invalid JSON: unexpected \`${token}\``, fix: 'put ids and texts in double quotes, "like this"'};
  }
  if (code === 'CommaExpected') {
    return {position: at(error.offset), message: 'invalid JSON: a comma is missing before this', fix: 'add a comma at the end of the previous entry'};
  }
  if (code === 'InvalidCommentToken') {
    return {position: at(error.offset), message: 'invalid JSON: comments are not allowed', fix: 'remove the comment'};
  }
  if (code === 'ColonExpected') {
    return {position: at(error.offset), message: 'invalid JSON: a colon is missing after an id', fix: 'write `"id": {"message": "…"}`'};
  }
  if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode' || code === 'InvalidCharacter') {
    return {position: at(error.offset), message: `invalid JSON: ${code === 'InvalidCharacter' ? 'a line break or control character inside a string' : 'invalid escape sequence'}`, fix: 'write a line break as \\n and a backslash as \\\\'};
  }
  return {position: at(error.offset), message: `invalid JSON (${code})`, fix: fixJson};
}
