/**
 * A slim stand-in for `prism-react-renderer` in the site's bundles (aliased by
 * config/plugins/slim-prism.ts). The package bundles Prism with some 40
 * languages (and 22 themes) and registers every language when the page's
 * JavaScript starts; with Docusaurus' additionalLanguages hook (replaced in
 * src/theme/prism-include-languages.ts) that was 64 kB of main.js's 458 kB
 * (16 kB of 124 kB brotli), run on every page before it can respond. The
 * guides only use bash, ts and tsx, so this module registers those (and what
 * they build on), and re-implements the small `Highlight` component
 * Docusaurus' CodeBlock renders with.
 *
 * `Highlight` and the token helpers follow prism-react-renderer 2.4
 * (MIT, © Formidable Labs).
 */
import {useCallback, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Prism from './prism-core';
import 'prismjs/components/prism-markup';
import 'prismjs/components/prism-clike';
import 'prismjs/components/prism-javascript';
import 'prismjs/components/prism-jsx';
import 'prismjs/components/prism-typescript';
import 'prismjs/components/prism-tsx';
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-json';
import type {PrismTheme} from 'prism-react-renderer';

export {Prism};

type Style = Record<string, string | number | undefined>;
type Token = {types: string[]; content: string; empty?: boolean};
type PrismToken = string | {type: string; alias?: string | string[]; content: string | PrismToken[]};

function appendTypes(types: string[], add: string | string[]): string[] {
  const last = types[types.length - 1];
  return typeof add === 'string' && last === add ? types : types.concat(add);
}

function normalizeEmptyLines(line: Token[]): void {
  if (line.length === 0) line.push({types: ['plain'], content: '\n', empty: true});
  else if (line.length === 1 && line[0]!.content === '') {
    line[0]!.content = '\n';
    line[0]!.empty = true;
  }
}

/** Prism's nested token tree as lines of flat tokens, each with all its types. */
export function normalizeTokens(tokens: PrismToken[]): Token[][] {
  let line: Token[] = [];
  const lines: Token[][] = [line];
  const walk = (list: PrismToken[], parentTypes: string[], depth: number) => {
    for (const token of list) {
      let types: string[];
      let content: string | PrismToken[];
      if (typeof token === 'string') {
        types = depth > 0 ? parentTypes : ['plain'];
        content = token;
      } else {
        types = appendTypes(parentTypes, token.type);
        if (token.alias) types = appendTypes(types, token.alias);
        content = token.content;
      }
      if (typeof content !== 'string') {
        walk(content, types, depth + 1);
        continue;
      }
      const parts = content.split(/\r\n|\r|\n/);
      line.push({types, content: parts[0]!});
      for (const part of parts.slice(1)) {
        normalizeEmptyLines(line);
        lines.push((line = []));
        line.push({types, content: part});
      }
    }
  };
  walk(tokens, [], 0);
  normalizeEmptyLines(line);
  return lines;
}

function themeToDict(theme: PrismTheme, language: string): Record<string, Style> {
  const dict: Record<string, Style> = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language as never)) continue;
    for (const type of entry.types) dict[type] = {...dict[type], ...(entry.style as Style)};
  }
  dict.root = theme.plain as Style;
  dict.plain = {...(theme.plain as Style), backgroundColor: undefined};
  return dict;
}

type LineProps = {line: Token[]; className?: string; style?: Style; [key: string]: unknown};
type TokenProps = {token: Token; className?: string; style?: Style; [key: string]: unknown};

type RenderProps = {
  tokens: Token[][];
  className: string;
  style: Style;
  getLineProps(props: LineProps): Record<string, unknown>;
  getTokenProps(props: TokenProps): Record<string, unknown>;
};

type HighlightProps = {
  code: string;
  language: string;
  theme: PrismTheme;
  prism?: typeof Prism;
  children(props: RenderProps): ReactNode;
};

export function Highlight({code, language: rawLanguage, theme, prism = Prism, children}: HighlightProps): ReactNode {
  const language = rawLanguage.toLowerCase();
  const dict = themeToDict(theme, language);
  const grammar = prism.languages[language];

  const tokens = useMemo(() => {
    if (grammar == null) return normalizeTokens([code]);
    const env = {code, grammar, language, tokens: [] as PrismToken[]};
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar) as PrismToken[];
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);

  const getLineProps = useCallback(
    ({className, style, line: _line, ...rest}: LineProps) => ({
      ...rest,
      className: clsx('token-line', className),
      style: style ? {...dict.plain, ...style} : dict.plain,
    }),
    [dict],
  );

  const getTokenProps = useCallback(
    ({token, className, style, ...rest}: TokenProps) => {
      let tokenStyle: Style | undefined;
      if (token.types.length === 1 && token.types[0] === 'plain') {
        tokenStyle = token.empty != null ? {display: 'inline-block'} : undefined;
      } else if (token.types.length === 1 && token.empty != null) {
        tokenStyle = dict[token.types[0]!];
      } else {
        tokenStyle = Object.assign(token.empty != null ? {display: 'inline-block'} : {}, ...token.types.map((t) => dict[t]));
      }
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? {...tokenStyle, ...style} : tokenStyle,
      };
    },
    [dict],
  );

  return children({tokens, className: `prism-code language-${language}`, style: dict.root ?? {}, getLineProps, getTokenProps});
}
