/**
 * code-strings: in a translated TS/JS code block, every string the code
 * depends on keeps its English value, byte for byte: directives, URLs and
 * routes, object keys and values, header and cookie names, scopes, compared
 * values, JSX attributes… Only strings in positions that hold text for people
 * (string-roles.ts) may be translated.
 *
 * It compares the strings of the code that code-blocks found equal: blocks
 * paired as code-blocks pairs them, tokens aligned the same way, so a change
 * in the code around a string is reported once, by code-blocks, and a string
 * is only judged against the English string in the same place.
 */
import {diffArrays} from 'diff';
import {blockTokens, fileAt, pairCodeBlocks} from '../code-block-pairs';
import type {CodeToken} from '../code-tokens';
import type {Finding, Rule} from '../types';

export const codeStrings: Rule = {
  name: 'code-strings',
  check(context) {
    const {site, isTarget} = context;
    const findings: Finding[] = [];
    const store = blockTokens(context);
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      for (const {en, tr} of pairCodeBlocks(file, english, store.tokensOf).pairs) {
        if (en.lang !== tr.lang) continue; // code-blocks reports it; tokens of two languages do not compare
        const enTokens = store.tokensOf(en);
        const trTokens = store.tokensOf(tr);
        if (enTokens.kind !== 'typescript' || trTokens.kind !== 'typescript') continue;
        for (const [enToken, trToken] of alignedTokens(enTokens.tokens, trTokens.tokens)) {
          if (enToken.role !== 'data' || trToken.text === enToken.text) continue;
          findings.push({
            path: file.path,
            ...fileAt(tr, trToken),
            message:
              `string ${trToken.text} here must be ${enToken.text} as in English ` +
              `(${english.path}:${fileAt(en, enToken).line}): ${enToken.what ?? 'this string'} is code, not text`,
            fix: `copy the English value, ${enToken.text}; in code only comments, JSX text and messages for people (errors, console output) are translated`,
          });
        }
      }
    }
    store.save();
    return findings;
  },
};

/** Pairs of tokens in the stretches where both blocks have the same code (strings as placeholders). */
function* alignedTokens(en: CodeToken[], tr: CodeToken[]): Generator<[CodeToken, CodeToken]> {
  if (en.length === tr.length && en.every((t, i) => t.key === tr[i]!.key)) {
    for (let i = 0; i < en.length; i++) yield [en[i]!, tr[i]!];
    return;
  }
  let enIndex = 0;
  let trIndex = 0;
  for (const change of diffArrays(
    en.map((t) => t.key),
    tr.map((t) => t.key),
  )) {
    const count = change.count ?? change.value.length;
    if (change.removed) enIndex += count;
    else if (change.added) trIndex += count;
    else for (let i = 0; i < count; i++) yield [en[enIndex++]!, tr[trIndex++]!];
  }
}
