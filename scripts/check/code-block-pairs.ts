/**
 * The code blocks of a translation matched to English's, and their tokens,
 * shared by `code-blocks` (the code around strings) and `code-strings` (the
 * values of data strings): each block is tokenized once per run, and not at
 * all when its tokens are in the disk cache.
 */
import path from 'node:path';
import type {CodeBlockInfo} from '../lib/mdx';
import {alignPairs, type Alignment} from './align';
import {tokenizeBlock, type BlockTokens, type CodeToken} from './code-tokens';
import {DiskCache, saltOf} from './disk-cache';
import type {Site, SiteFile} from './site';
import type {RuleContext} from './types';

export type TokenStore = {
  tokensOf(block: CodeBlockInfo): BlockTokens;
  /** Writes new cache entries; cheap when there are none. */
  save(): void;
};

const stores = new WeakMap<Site, {config: RuleContext['config']; store: TokenStore}>();

/** The run's token store: one per site and config, so rules share what they tokenize. */
export function blockTokens({site, config, useCache}: RuleContext): TokenStore {
  const existing = stores.get(site);
  if (existing && existing.config === config) return existing.store;
  const options = {codeBlocks: config.codeBlocks, codeStrings: config.codeStrings, translatableProps: config.translatableProps};
  // Tokens depend only on a block's language and text, the tokenizer's code and these options.
  const cache = DiskCache.open<BlockTokens>(
    site.root,
    'code-tokens',
    saltOf(
      ['typescript'],
      [path.join(__dirname, 'code-tokens.ts'), path.join(__dirname, 'string-roles.ts')],
      JSON.stringify(options),
    ),
    useCache,
  );
  const tokens = new Map<CodeBlockInfo, BlockTokens>();
  let unsaved = false;
  const store: TokenStore = {
    tokensOf(block) {
      let result = tokens.get(block);
      if (!result) {
        const key = cache.key(block.lang ?? '', block.value);
        result = cache.get(key);
        if (!result) {
          cache.set(key, (result = tokenizeBlock(block.lang, block.value, options)));
          unsaved = true;
        }
        tokens.set(block, result);
      }
      return result;
    },
    save() {
      if (!unsaved) return;
      cache.save();
      unsaved = false;
    },
  };
  stores.set(site, {config, store});
  return store;
}

/**
 * What must match for two blocks to count as the same block: language, fence
 * meta and the code around strings. Strings are placeholders here, so a
 * translated string never unpairs a block.
 */
function signature(block: CodeBlockInfo, tokens: BlockTokens): string {
  const code = tokens.kind === 'free-text' ? '' : tokens.tokens.map((t) => t.key).join('\u0001');
  return `${block.lang}\u0000${block.meta}\u0000${code}`;
}

/** Blocks are aligned in order, so one missing block does not shift every later one. */
export function pairCodeBlocks(file: SiteFile, english: SiteFile, tokensOf: TokenStore['tokensOf']): Alignment<CodeBlockInfo> {
  return alignPairs(english.facts!.codeBlocks, file.facts!.codeBlocks, (b) => signature(b, tokensOf(b)));
}

/** Position in the file of a token of a block: content starts on the line after the fence, indented like it. */
export function fileAt(block: CodeBlockInfo, token: CodeToken) {
  return {line: block.position.line + 1 + token.line, column: block.position.column + token.column};
}
