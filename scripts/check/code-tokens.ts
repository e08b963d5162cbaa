/**
 * Turns a code block into the tokens a translation must keep. Translators may
 * change comments, JSX text and the strings that are messages for people;
 * every identifier, keyword, punctuation mark, number and import path must
 * stay. String tokens carry their role (string-roles.ts): `code-blocks`
 * compares the code around them, `code-strings` the values of data strings.
 *
 * TS/JS goes through the TypeScript parser (the installed `typescript`), so JSX
 * text and template literals are told apart from code exactly as a compiler
 * would. Other languages are compared line by line with comments removed.
 */
import type * as TS from 'typescript';
import {checkConfig, type CheckConfig} from './config';
import {positionIndex} from './positions';
import {stringRoles, type RoleOptions} from './string-roles';

export type CodeToken = {
  /** What is compared: the token text, or a placeholder for text that may be translated. */
  key: string;
  /** The token as written, for messages. */
  text: string;
  /** 0-based line and column inside the block's content. */
  line: number;
  column: number;
  /** String literals and template parts only: whether people read it (`text`) or the code depends on it (`data`). */
  role?: 'text' | 'data';
  /** For data strings: the position in the code, for messages ("the value of `endpoint`"). */
  what?: string;
};

/** What tokenizing depends on, besides the block. */
export type TokenizeOptions = Pick<CheckConfig, 'codeBlocks' | 'codeStrings' | 'translatableProps'>;

export type BlockTokens = {kind: 'typescript' | 'lines'; tokens: CodeToken[]} | {kind: 'free-text'};

let typescript: typeof TS | undefined;
// Loaded on first use: a run that compares no TS block does not pay for it.
const ts = (): typeof TS => (typescript ??= require('typescript') as typeof TS);

export function tokenizeBlock(lang: string | null, code: string, options: TokenizeOptions): BlockTokens {
  const config = options.codeBlocks;
  const language = (lang ?? '').toLowerCase();
  if (config.typescriptLanguages.includes(language)) {
    const roles = {...options.codeStrings, translatableProps: options.translatableProps};
    return {kind: 'typescript', tokens: typescriptTokens(language, code, roles)};
  }
  if (language === '' || config.freeTextLanguages.includes(language)) return {kind: 'free-text'};
  return {kind: 'lines', tokens: lineTokens(code, config.comments[language] ?? [])};
}

function scriptKind(language: string): TS.ScriptKind {
  const {ScriptKind} = ts();
  if (language === 'tsx') return ScriptKind.TSX;
  if (['ts', 'typescript', 'mts', 'cts'].includes(language)) return ScriptKind.TS;
  return ScriptKind.JSX; // plain JS snippets in docs may contain JSX
}

function isModuleSpecifier(node: TS.Node, parent: TS.Node | undefined): boolean {
  const t = ts();
  if (!parent) return false;
  if ((t.isImportDeclaration(parent) || t.isExportDeclaration(parent)) && parent.moduleSpecifier === node) return true;
  if (t.isExternalModuleReference(parent)) return true;
  if (t.isLiteralTypeNode(parent) && parent.parent && t.isImportTypeNode(parent.parent)) return true;
  if (t.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    return callee.kind === t.SyntaxKind.ImportKeyword || (t.isIdentifier(callee) && callee.text === 'require');
  }
  return false;
}

const defaultRoles: RoleOptions = {...checkConfig.codeStrings, translatableProps: checkConfig.translatableProps};

export function typescriptTokens(language: string, code: string, roles: RoleOptions = defaultRoles): CodeToken[] {
  const t = ts();
  const {SyntaxKind} = t;
  const source = t.createSourceFile(`block.${language}`, code, t.ScriptTarget.Latest, true, scriptKind(language));
  const roleOf = stringRoles(t, source, roles);
  const at = positionIndex(code);
  const textOf = (node: TS.Node) => code.slice(node.getStart(source), node.end);
  const tokens: CodeToken[] = [];
  const visit = (node: TS.Node, parent: TS.Node | undefined) => {
    if (node.kind >= SyntaxKind.FirstJSDocNode && node.kind <= SyntaxKind.LastJSDocNode) return; // doc comments
    const children = node.getChildren(source);
    if (children.length > 0 || node.kind === SyntaxKind.SyntaxList) {
      for (const child of children) visit(child, node.kind === SyntaxKind.SyntaxList ? parent : node);
      return;
    }
    let key: string;
    let isString = true;
    switch (node.kind) {
      case SyntaxKind.EndOfFileToken:
      case SyntaxKind.JsxText:
      case SyntaxKind.JsxTextAllWhiteSpaces:
        return; // JSX text is what the reader sees: free to translate, even to add or drop
      case SyntaxKind.StringLiteral:
        // An import path is code, compared by code-blocks as is; it has no role.
        if (isModuleSpecifier(node, parent)) {
          key = `module ${textOf(node)}`;
          isString = false;
        } else key = '<string>';
        break;
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        key = '<template>';
        break;
      case SyntaxKind.TemplateHead:
        key = '<template head>';
        break;
      case SyntaxKind.TemplateMiddle:
        key = '<template middle>';
        break;
      case SyntaxKind.TemplateTail:
        key = '<template tail>';
        break;
      default:
        key = textOf(node);
        isString = false;
    }
    const {line, column} = at(node.getStart(source));
    const token: CodeToken = {key, text: textOf(node), line: line - 1, column: column - 1};
    if (isString) {
      const role = roleOf(node);
      token.role = role.text ? 'text' : 'data';
      if (!role.text) token.what = role.what;
    }
    tokens.push(token);
  };
  visit(source, undefined);
  return tokens;
}

/** Non-empty lines with comments removed and whitespace collapsed. */
export function lineTokens(code: string, comments: string[]): CodeToken[] {
  const lineMarkers = comments.filter((c) => !c.includes(' '));
  const blockMarkers = comments.filter((c) => c.includes(' ')).map((c) => c.split(' ') as [string, string]);
  const tokens: CodeToken[] = [];
  let inBlock: string | null = null; // closing marker of an open block comment
  code.split('\n').forEach((raw, line) => {
    let kept = '';
    let quote: string | null = null;
    for (let i = 0; i < raw.length; i++) {
      if (inBlock) {
        if (raw.startsWith(inBlock, i)) {
          i += inBlock.length - 1;
          inBlock = null;
        }
        continue;
      }
      const char = raw[i]!;
      if (quote) {
        kept += char;
        if (char === '\\') kept += raw[++i] ?? '';
        else if (char === quote) quote = null;
        continue;
      }
      if (char === '"' || char === "'" || char === '`') {
        quote = char;
        kept += char;
        continue;
      }
      const block = blockMarkers.find(([open]) => raw.startsWith(open, i));
      if (block) {
        inBlock = block[1];
        i += block[0].length - 1;
        continue;
      }
      // A line comment starts a line or follows whitespace (`#` inside `a#b` is not one).
      if (lineMarkers.some((m) => raw.startsWith(m, i)) && (i === 0 || /\s/.test(raw[i - 1]!))) break;
      kept += char;
    }
    const normalized = kept.trim().replace(/\s+/g, ' ');
    if (normalized) tokens.push({key: normalized, text: normalized, line, column: kept.search(/\S/)});
  });
  return tokens;
}
