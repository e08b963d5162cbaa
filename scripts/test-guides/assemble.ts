/**
 * The app a reader has at a point of a guide: every file a block titled with
 * its path defines, at its latest version before that point (check:code's
 * same-title rule: a later block with the same title replaces the earlier one),
 * plus what the reader adds by hand from the page: the values copied from the
 * Console (endpoint, app ID, app URL, organization ID) and `.env.local`.
 *
 * Each file remembers the block it came from, so a failure can name the
 * fragment and line. Nothing here knows what the samples say; it follows the
 * blocks' titles and the sections' heading ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {visit} from 'unist-util-visit';
import type {Heading, InlineCode, RootContent} from 'mdast';
import {isShellBlock, isTsBlock, type Block} from '../check-code/blocks';
import type {Guide, GuideHeading} from '../check-code/guides';
import {createNextAppTsconfig, defaultScaffolding, titlePath} from '../check-code/project';
import {siteDir} from '../lib/content';
import {extractFacts} from '../lib/mdx';

/** A file of the assembled app and where it came from. */
export type AppFile = {path: string; text: string; block: Block | null; section: GuideHeading | null};

/** What the reader pastes from the Console and their machine, keyed by the placeholder the guides show. */
export type ReaderValues = {endpoint: string; appId: string; appSecret: string; cookieSecret: string; appUrl: string; organizationId: string};

/**
 * The placeholders the guides use for values the reader copies. A sample that
 * uses another placeholder for one of these is reported (see `leftoverPlaceholders`).
 */
export const PLACEHOLDERS: Array<{text: string; value: (v: ReaderValues) => string}> = [
  {text: 'https://your-tenant.logto.app', value: (v) => v.endpoint.replace(/\/$/, '')},
  {text: 'https://your-tenant.logto.app/', value: (v) => v.endpoint},
  {text: 'your-app-id', value: (v) => v.appId},
  {text: 'http://localhost:3000', value: (v) => v.appUrl},
  {text: 'your-organization-id', value: (v) => v.organizationId},
];

/** Environment variables the reader fills in, by name (`.env.local`). */
const ENV_BY_NAME: Array<{name: RegExp; value: (v: ReaderValues) => string}> = [
  {name: /COOKIE_SECRET$/, value: (v) => v.cookieSecret},
  {name: /APP_SECRET$/, value: (v) => v.appSecret},
  {name: /APP_ID$/, value: (v) => v.appId},
  {name: /ENDPOINT$/, value: (v) => v.endpoint},
  {name: /BASE_URL$/, value: (v) => v.appUrl},
];

export class AssemblyError extends Error {}

/** The section a block belongs to: the last heading before it in reading order. */
export function sectionOf(guide: Guide, blockIndex: number): GuideHeading | null {
  let found: GuideHeading | null = null;
  for (const heading of guide.headings) if (heading.blocksBefore <= blockIndex) found = heading;
  return found;
}

/** Index of the first block after the section `id` (its subsections included). */
export function sectionEnd(guide: Guide, id: string): number {
  const at = guide.headings.findIndex((h) => h.id === id);
  if (at < 0) {
    throw new AssemblyError(`${guide.id}: the guide has no section #${id}; the runner's scenario for it cannot run (headings: ${guide.headings.map((h) => `#${h.id}`).join(' ')})`);
  }
  const depth = guide.headings[at]!.depth;
  const next = guide.headings.slice(at + 1).find((h) => h.depth <= depth);
  return next ? next.blocksBefore : guide.blocks.length;
}

/** The reader's TypeScript files after the first `end` blocks: the latest whole-file version of each title. */
export function filesAt(guide: Guide, end: number): Map<string, AppFile> {
  const files = new Map<string, AppFile>();
  guide.blocks.slice(0, end).forEach((block, index) => {
    if (!isTsBlock(block) || block.mode !== 'module' || block.badCheckValue !== null || !block.title) return;
    const file = titlePath(block.title);
    if (file) files.set(file, {path: file, text: block.value, block, section: sectionOf(guide, index)});
  });
  return files;
}

/** `.env.local` as the latest block titled so shows it, with the reader's values pasted in. */
export function envFileAt(guide: Guide, end: number, values: ReaderValues): AppFile | null {
  let found: {block: Block; index: number} | null = null;
  guide.blocks.slice(0, end).forEach((block, index) => {
    if (block.title && /(^|\/)\.env(\.local)?$/.test(block.title.trim())) found = {block, index};
  });
  if (!found) return null;
  const {block, index} = found as {block: Block; index: number};
  const lines = block.value.split('\n').map((line) => {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) return line;
    const [, name, raw] = match as unknown as [string, string, string];
    const byName = ENV_BY_NAME.find((e) => e.name.test(name));
    const unquoted = raw.replace(/^(['"])(.*)\1$/, '$2');
    const placeholder = PLACEHOLDERS.find((p) => p.text === unquoted);
    const value = byName ? byName.value(values) : placeholder ? placeholder.value(values) : unquoted;
    return `${name}=${value}`;
  });
  return {path: '.env.local', text: `${lines.join('\n')}\n`, block, section: sectionOf(guide, index)};
}

/**
 * Replaces string literals equal to a placeholder with the reader's value,
 * through the TypeScript syntax tree (never inside other strings or comments).
 */
export function pasteValues(text: string, fileName: string, values: ReaderValues): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: Array<{start: number; end: number; text: string}> = [];
  const walk = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const placeholder = PLACEHOLDERS.find((p) => p.text === node.text);
      if (placeholder) edits.push({start: node.getStart(source), end: node.getEnd(), text: JSON.stringify(placeholder.value(values))});
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Literals that still look like a Console value the reader should have replaced. */
export function leftoverPlaceholders(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[\w.-]*logto\.app\/?|your-[\w-]+-id|localhost:3000/g) ?? [])];
}

/**
 * The URIs a section tells the reader to register (inline code starting with
 * `http://localhost:3000` in the section `#…-redirect-uris`), with the app's
 * real address. Registered as given, so a guide that names the wrong one fails.
 */
export function registeredUris(guide: Guide, root: string, appUrl: string): string[] {
  const heading = guide.headings.find((h) => /redirect-uris$/.test(h.id));
  if (!heading) throw new AssemblyError(`${guide.id}: no section whose id ends in "redirect-uris" tells the reader which URIs to register`);
  const tree = extractFacts(fs.readFileSync(path.join(root, heading.file), 'utf8')).tree;
  const children = tree.children;
  const start = children.findIndex((n) => n.type === 'heading' && n.position?.start.line === heading.line);
  const uris: string[] = [];
  for (const node of children.slice(start + 1) as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth <= heading.depth) break;
    visit(node, 'inlineCode', (code: InlineCode) => {
      if (code.value.startsWith('http://localhost:3000')) uris.push(appUrl + code.value.slice('http://localhost:3000'.length));
    });
  }
  if (!uris.length) throw new AssemblyError(`${heading.file}:${heading.line}: section #${heading.id} names no http://localhost:3000 URI to register`);
  return [...new Set(uris)];
}

/** The exported config object of an App Router guide (`export const logtoConfig: LogtoNextConfig`), as an import path. */
export function configModule(files: Map<string, AppFile>): {importPath: string; name: string} | null {
  for (const file of files.values()) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (decl.type && /LogtoNextConfig/.test(decl.type.getText(source)) && ts.isIdentifier(decl.name)) {
          // `@/*` maps to the project root, or to src/ when the guide's files live there.
          return {importPath: `@/${file.path.replace(/^src\//, '').replace(/\.tsx?$/, '')}`, name: decl.name.text};
        }
      }
    }
  }
  return null;
}

export type AssembledApp = {
  files: Map<string, AppFile>;
  /** Files the runner adds (layout, tsconfig, next.config, its own test routes). */
  support: Map<string, string>;
};

/** Install commands in the guide before `end` that add packages (for the report: which packages the app needs). */
export function installedPackages(guide: Guide, end: number): string[] {
  const names = new Set<string>();
  for (const block of guide.blocks.slice(0, end)) {
    if (!isShellBlock(block)) continue;
    for (const match of block.value.matchAll(/(?:npm\s+(?:install|i|add)|pnpm\s+add|yarn\s+add|bun\s+add)\s+([^\n]+)/g)) {
      for (const word of match[1]!.split(/\s+/)) if (word && !word.startsWith('-')) names.add(word.replace(/(?<=.)@[^/]*$/, ''));
    }
  }
  return [...names];
}

export type AssembleOptions = {
  guide: Guide;
  /** The section whose end is the reader's point in the guide. */
  until: string;
  values: ReaderValues;
  /** Files the runner adds for its own checks (never the reader's). */
  harness?: (files: Map<string, AppFile>) => Map<string, string>;
  nextMajor: number;
  /** The folder that holds both the app and the installed packages: Turbopack's root. */
  turbopackRoot: string;
};

export function assemble(options: AssembleOptions): AssembledApp {
  const {guide, values} = options;
  const end = sectionEnd(guide, options.until);
  const files = filesAt(guide, end);
  if (!files.size) throw new AssemblyError(`${guide.id}: no titled TypeScript block before the end of #${options.until}`);
  for (const file of files.values()) file.text = pasteValues(file.text, file.path, values);
  const env = envFileAt(guide, end, values);
  if (env) files.set(env.path, env);

  const support = new Map<string, string>();
  for (const [file, text] of defaultScaffolding(guide)) if (!files.has(file)) support.set(file, text);
  support.set('tsconfig.json', `${JSON.stringify(createNextAppTsconfig(guide.srcDir), null, 2)}\n`);
  support.set('package.json', `${JSON.stringify({name: 'guide-app', private: true, version: '0.0.0'}, null, 2)}\n`);
  // Types are check:code's job (against this same Next.js); the build only has to bundle.
  const nextConfig: Record<string, unknown> = {
    turbopack: {root: options.turbopackRoot},
    typescript: {ignoreBuildErrors: true},
  };
  if (options.nextMajor < 16) nextConfig.eslint = {ignoreDuringBuilds: true};
  support.set('next.config.js', `module.exports = ${JSON.stringify(nextConfig, null, 2)};\n`);
  for (const [file, text] of options.harness?.(files) ?? []) support.set(file, text);
  return {files, support};
}

export function writeApp(app: AssembledApp, dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
  for (const [file, text] of [...[...app.files.values()].map((f) => [f.path, f.text] as const), ...app.support]) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, text);
  }
}

/** `fragments/x.mdx:12 (#section)`: where a file of the app comes from, for messages. */
export function origin(file: AppFile | undefined): string {
  if (!file?.block) return 'the runner (not from the guide)';
  return `${file.block.file}:${file.block.fenceLine}${file.section ? ` (#${file.section.id})` : ''}`;
}

export {siteDir};
