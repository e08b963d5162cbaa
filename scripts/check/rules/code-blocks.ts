/**
 * code-blocks: a translation shows the same code as English. Blocks are matched
 * in order (aligned, so one missing block does not shift every later one) and
 * compared on language, fence meta (title, highlighted lines) and tokens:
 * comments, JSX text and strings may change here, nothing else — in
 * particular not identifiers such as `getAccessTokenRSC` or import paths.
 * Which strings may really change is code-strings' job.
 */
import type {CodeBlockInfo} from '../../lib/mdx';
import {diffHunks} from '../align';
import {blockTokens, fileAt, pairCodeBlocks} from '../code-block-pairs';
import type {BlockTokens, CodeToken} from '../code-tokens';
import type {CheckConfig} from '../config';
import {endOf, type SiteFile} from '../site';
import type {Finding, Rule} from '../types';

export const codeBlocks: Rule = {
  name: 'code-blocks',
  check(context) {
    const {site, config, isTarget} = context;
    const findings: Finding[] = [];
    // Shared with code-strings: unchanged blocks are not parsed again, and a
    // run where none changed never loads TypeScript.
    const store = blockTokens(context);
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      findings.push(...compareFile(file, english, store.tokensOf, config.codeBlocks));
    }
    store.save();
    return findings;
  },
};

const fence = (b: CodeBlockInfo) => '```' + [b.lang ?? '', b.meta ?? ''].filter(Boolean).join(' ');

function compareFile(
  file: SiteFile,
  english: SiteFile,
  tokensOf: (block: CodeBlockInfo) => BlockTokens,
  options: CheckConfig['codeBlocks'],
): Finding[] {
  const findings: Finding[] = [];
  const enAt = (b: CodeBlockInfo) => `${english.path}:${b.position.line}`;
  const {pairs, missing, extra} = pairCodeBlocks(file, english, tokensOf);
  for (const {en, tr} of pairs) findings.push(...compareBlocks(file, tr, en, english.path, tokensOf, options));
  for (const {en, before} of missing) {
    findings.push({
      path: file.path,
      ...(before ? before.position : endOf(file)),
      message: `code block missing: English has ${fence(en)} at ${enAt(en)}`,
      fix: `copy the block from English ${before ? 'before this one' : 'at the end of the file'}; translate only comments and text for people`,
    });
  }
  for (const block of extra) {
    findings.push({
      path: file.path,
      ...block.position,
      message: `extra code block ${fence(block)}: English (${english.path}) has no block here`,
      fix: 'remove the block, or add it to the English file first',
    });
  }
  return findings;
}

function compareBlocks(
  file: SiteFile,
  tr: CodeBlockInfo,
  en: CodeBlockInfo,
  englishPath: string,
  tokensOf: (block: CodeBlockInfo) => BlockTokens,
  options: CheckConfig['codeBlocks'],
): Finding[] {
  const enAt = `${englishPath}:${en.position.line}`;
  const at = {path: file.path, ...tr.position};
  if (tr.lang !== en.lang) {
    // Tokens of two languages are not comparable: report the language only.
    return [
      {
        ...at,
        message: `code block language \`${tr.lang ?? '(none)'}\` differs from English \`${en.lang ?? '(none)'}\` (${enAt})`,
        fix: `open the block with ${fence(en)} as in English`,
      },
    ];
  }
  const findings: Finding[] = [];
  if (tr.title !== en.title) {
    findings.push({
      ...at,
      message: `code block title ${JSON.stringify(tr.title ?? '(none)')} differs from English ${JSON.stringify(en.title ?? '(none)')} (${enAt})`,
      fix: 'copy the title from English: it names a file of the project, which is not translated',
    });
  } else if ((tr.meta ?? '') !== (en.meta ?? '')) {
    findings.push({
      ...at,
      message: `code block meta \`${tr.meta ?? ''}\` differs from English \`${en.meta ?? ''}\` (${enAt})`,
      fix: `copy the fence line from English: ${fence(en)}`,
    });
  }
  const trTokens = tokensOf(tr);
  const enTokens = tokensOf(en);
  if (trTokens.kind === 'free-text' || enTokens.kind === 'free-text') return findings;
  const hunks = diffHunks(enTokens.tokens, trTokens.tokens, (t) => t.key);
  const what = trTokens.kind === 'typescript' ? 'comments, JSX text and messages for people' : 'comments';
  for (const hunk of hunks.slice(0, options.maxDifferencesPerBlock)) {
    const trToken = hunk.tr[0] ?? trTokens.tokens[hunk.trStart] ?? trTokens.tokens[hunk.trStart - 1];
    const enToken = hunk.en[0] ?? enTokens.tokens[hunk.enStart] ?? enTokens.tokens[hunk.enStart - 1];
    const where = trToken ? fileAt(tr, trToken) : tr.position;
    const enLine = enToken ? fileAt(en, enToken).line : en.position.line;
    const message =
      hunk.en.length === 0
        ? `code not in English: ${show(hunk.tr)} (English block at ${englishPath}:${en.position.line})`
        : hunk.tr.length === 0
          ? `code missing: ${show(hunk.en)} (English ${englishPath}:${enLine})`
          : `code differs from English: ${show(hunk.tr)} here, ${show(hunk.en)} in English (${englishPath}:${enLine})`;
    findings.push({path: file.path, ...where, message, fix: `copy the code from English; only ${what} may be translated`});
  }
  if (hunks.length > options.maxDifferencesPerBlock) {
    findings.push({
      ...at,
      message: `${hunks.length - options.maxDifferencesPerBlock} more differences in this code block (English ${enAt})`,
      fix: 'copy the whole block from English, then translate its comments and text for people',
    });
  }
  return findings;
}

function show(tokens: CodeToken[]): string {
  const shown = tokens.slice(0, 6).map((t) => t.text).join(' ');
  return `\`${shown}${tokens.length > 6 ? ' …' : ''}\``;
}
