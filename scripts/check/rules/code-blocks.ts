/**
 * code-blocks: a translation shows the same code as English. Blocks are matched
 * in order (aligned, so one missing block does not shift every later one) and
 * compared on language, fence meta (title, highlighted lines) and tokens:
 * comments, string literals and JSX text may be translated, nothing else —
 * in particular not identifiers such as `getAccessTokenRSC` or import paths.
 */
import path from 'node:path';
import type {CodeBlockInfo} from '../../lib/mdx';
import {DiskCache, saltOf} from '../disk-cache';
import {diffHunks} from '../align';
import {tokenizeBlock, type BlockTokens, type CodeToken} from '../code-tokens';
import type {CheckConfig} from '../config';
import {endOf, type SiteFile} from '../site';
import type {Finding, Rule} from '../types';

export const codeBlocks: Rule = {
  name: 'code-blocks',
  check({site, config, isTarget, useCache}) {
    const findings: Finding[] = [];
    // Tokens depend only on a block's language and text: unchanged blocks are
    // not parsed again, and a run where none changed never loads TypeScript.
    const cache = DiskCache.open<BlockTokens>(
      site.root,
      'code-tokens',
      saltOf(['typescript'], [path.join(__dirname, '..', 'code-tokens.ts')], JSON.stringify(config.codeBlocks)),
      useCache,
    );
    const tokens = new Map<CodeBlockInfo, BlockTokens>();
    const tokensOf = (block: CodeBlockInfo) => {
      let result = tokens.get(block);
      if (!result) {
        const key = cache.key(block.lang ?? '', block.value);
        result = cache.get(key);
        if (!result) cache.set(key, (result = tokenizeBlock(block.lang, block.value, config.codeBlocks)));
        tokens.set(block, result);
      }
      return result;
    };
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      findings.push(...compareFile(file, english, tokensOf, config.codeBlocks));
    }
    cache.save();
    return findings;
  },
};

const fence = (b: CodeBlockInfo) => '```' + [b.lang ?? '', b.meta ?? ''].filter(Boolean).join(' ');

function signature(block: CodeBlockInfo, tokens: BlockTokens): string {
  const code = tokens.kind === 'free-text' ? '' : tokens.tokens.map((t) => t.key).join('\u0001');
  return `${block.lang}\u0000${block.meta}\u0000${code}`;
}

function compareFile(
  file: SiteFile,
  english: SiteFile,
  tokensOf: (block: CodeBlockInfo) => BlockTokens,
  options: CheckConfig['codeBlocks'],
): Finding[] {
  const findings: Finding[] = [];
  const en = english.facts!.codeBlocks;
  const tr = file.facts!.codeBlocks;
  const enAt = (b: CodeBlockInfo) => `${english.path}:${b.position.line}`;
  for (const hunk of diffHunks(en, tr, (b) => signature(b, tokensOf(b)))) {
    const paired = Math.min(hunk.en.length, hunk.tr.length);
    for (let i = 0; i < paired; i++) {
      findings.push(...compareBlocks(file, hunk.tr[i]!, hunk.en[i]!, english.path, tokensOf, options));
    }
    for (const missing of hunk.en.slice(paired)) {
      const next = tr[hunk.trStart + hunk.tr.length];
      findings.push({
        path: file.path,
        ...(next ? next.position : endOf(file)),
        message: `code block missing: English has ${fence(missing)} at ${enAt(missing)}`,
        fix: `copy the block from English ${next ? 'before this one' : 'at the end of the file'}; translate only comments and strings`,
      });
    }
    for (const extra of hunk.tr.slice(paired)) {
      findings.push({
        path: file.path,
        ...extra.position,
        message: `extra code block ${fence(extra)}: English (${english.path}) has no block here`,
        fix: 'remove the block, or add it to the English file first',
      });
    }
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
  const what = trTokens.kind === 'typescript' ? 'comments, strings and JSX text' : 'comments';
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
      fix: 'copy the whole block from English, then translate its comments and strings',
    });
  }
  return findings;
}

/** Position in the file of a token of a block: content starts on the line after the fence, indented like it. */
function fileAt(block: CodeBlockInfo, token: CodeToken) {
  return {line: block.position.line + 1 + token.line, column: block.position.column + token.column};
}

function show(tokens: CodeToken[]): string {
  const shown = tokens.slice(0, 6).map((t) => t.text).join(' ');
  return `\`${shown}${tokens.length > 6 ? ' …' : ''}\``;
}
