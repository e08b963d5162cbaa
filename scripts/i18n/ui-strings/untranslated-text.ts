/**
 * A UI translation file with the messages that are still the English text
 * blanked out, so the spell checker reads only what was translated: an
 * English message in a Spanish file is untranslated (the translation status
 * counts it), not misspelt Spanish. Offsets are kept, so positions still match.
 */
import {parseTree, type Node, type ParseError} from 'jsonc-parser';
import type {UiStringsFile} from './docusaurus-extract';

export function withoutEnglishMessages(source: string, expected: UiStringsFile | undefined): string {
  if (!expected) return source;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, {disallowComments: true});
  // Invalid JSON is reported by the ui-strings check; spelling then reads it as it is.
  if (errors.length > 0 || !root || root.type !== 'object') return source;
  let text = source;
  for (const property of root.children ?? []) {
    const [key, value] = property.children as [Node, Node | undefined];
    const message = value?.children?.find((p) => p.children?.[0]?.value === 'message')?.children?.[1];
    const english = expected[String(key.value)]?.message;
    if (!message || message.type !== 'string' || english === undefined || message.value !== english) continue;
    // Inside the quotes only, so the JSON stays valid.
    const start = message.offset + 1;
    const end = message.offset + message.length - 1;
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}
