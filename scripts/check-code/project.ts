/**
 * Turns a guide's TypeScript blocks into virtual Next.js projects ("variants"),
 * one per distinct set of file versions the blocks need.
 *
 * The same-title rule (the reader's project): a block is checked in the project
 * the reader has after typing it. The block occupies the file its title names;
 * every other file holds its latest version above the block in reading order,
 * or, for a file the guide only introduces further down, its first version.
 * Blocks that need the same project share one program, so a guide with no
 * redefined files is one program.
 */
import path from 'node:path';
import ts from 'typescript';
import {blockId, isTsBlock, type Block} from './blocks';
import type {Guide} from './guides';
import {ROUTES_FILE} from './next-types';

export type VirtualFile = {
  /** Path relative to the project root, POSIX. */
  path: string;
  text: string;
  /** The block this file was made from; null for the project's scaffolding. */
  block: Block | null;
  /** Generated line (0-based) → line inside the block (0-based). Missing means identity. */
  lineMap?: number[];
};

export type Variant = {
  /** Identity of the file versions in it (block ids), for grouping and logs. */
  key: string;
  /** Block files, by project path (scaffolding is added when the program is built). */
  files: Map<string, VirtualFile>;
  /** Blocks whose diagnostics are read from this variant. */
  owned: Block[];
};

export type BlockProblem = {block: Block; line: number; column: number; code: string; message: string};

export type GuidePlan = {
  variants: Variant[];
  /** Blocks type-checked (each in exactly one variant). */
  checked: Block[];
  /** `check=false` blocks. */
  skipped: Block[];
  /** Blocks that cannot be checked as written (e.g. a title that is not a TypeScript file name). */
  problems: BlockProblem[];
};

const TS_FILE = /\.(tsx|ts|mts|cts)$/;

/** The project path a title names, without `./`; null when it is not a TypeScript file. */
export function titlePath(title: string): string | null {
  const clean = path.posix.normalize(title.trim().replace(/^\.\//, ''));
  if (clean.startsWith('..') || path.posix.isAbsolute(clean)) return null;
  return TS_FILE.test(clean) ? clean : null;
}

function slug(file: string): string {
  return file.replace(/\.mdx?$/, '').replace(/[^A-Za-z0-9]+/g, '_');
}

/**
 * Where a block that defines no file is placed: a snippet with a title sits in
 * its title's folder (so `./logto` still resolves); an untitled block gets a
 * folder of its own and must import the guide's files through `@/…`.
 */
function standalonePath(block: Block): string {
  const ext = block.title && titlePath(block.title) ? path.posix.extname(titlePath(block.title)!).slice(1) : block.lang === 'tsx' ? 'tsx' : 'ts';
  const name = `__${slug(block.file)}_L${block.fenceLine}.${ext}`;
  const dir = block.title && titlePath(block.title) ? path.posix.dirname(titlePath(block.title)!) : '__untitled__';
  return dir === '.' ? name : `${dir}/${name}`;
}

/**
 * A `check=snippet` block as a module: its leading imports stay at the top,
 * the rest becomes the body of an async function (so `await` and `return`
 * are allowed). Lines are moved, never edited, so columns stay true.
 */
export function snippetModule(value: string, fileName: string): {text: string; lineMap: number[]} {
  const source = ts.createSourceFile(fileName, value, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  let importsEnd = 0; // first block line after the leading imports (0-based)
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isImportEqualsDeclaration(statement)) break;
    importsEnd = source.getLineAndCharacterOfPosition(statement.getEnd()).line + 1;
  }
  const lines = value.split('\n');
  const head = lines.slice(0, importsEnd);
  const body = lines.slice(importsEnd);
  const text = [...head, 'export async function __snippet__() {', ...body, '}'].join('\n');
  const lineMap = [
    ...head.map((_, i) => i),
    importsEnd,
    ...body.map((_, i) => importsEnd + i),
    Math.max(lines.length - 1, 0),
  ];
  return {text, lineMap};
}

function fileFor(block: Block, projectPath: string): VirtualFile {
  if (block.mode === 'snippet') return {path: projectPath, block, ...snippetModule(block.value, projectPath)};
  return {path: projectPath, text: block.value, block};
}

export function planGuide(guide: Guide): GuidePlan {
  const plan: GuidePlan = {variants: [], checked: [], skipped: [], problems: []};
  const tsBlocks = guide.blocks.filter(isTsBlock);

  // Blocks that define a file: whole-file blocks whose title is a TypeScript path.
  const definitions: Array<{block: Block; file: string}> = [];
  for (const block of tsBlocks) {
    if (block.mode === 'skip') {
      plan.skipped.push(block);
      continue;
    }
    if (block.badCheckValue !== null) {
      plan.problems.push({
        block,
        line: block.fenceLine,
        column: 1 + block.indent,
        code: 'check-meta',
        message: `Unknown check=${block.badCheckValue} in the code fence; use check=false (partial, skipped) or check=snippet (checked inside a function body).`,
      });
    }
    if (block.title && !titlePath(block.title)) {
      plan.problems.push({
        block,
        line: block.fenceLine,
        column: 1 + block.indent,
        code: 'title',
        message: `A ${block.lang} block titled "${block.title}": the title must be a TypeScript file path inside the project (…\.ts/.tsx), or the block marked check=false.`,
      });
      continue;
    }
    plan.checked.push(block);
    if (block.mode === 'module' && block.title) definitions.push({block, file: titlePath(block.title)!});
  }

  // The reader's project before any block: each file at its first version.
  const current = new Map<string, Block>();
  for (const {block, file} of definitions) if (!current.has(file)) current.set(file, block);

  const byKey = new Map<string, Variant>();
  const variantFor = (extra?: VirtualFile): Variant => {
    const key = [...current.entries()].map(([file, block]) => `${file}=${blockId(block)}`).sort().join(';');
    let variant = byKey.get(key);
    if (!variant) {
      variant = {
        key,
        files: new Map([...current.entries()].map(([file, block]) => [file, fileFor(block, file)])),
        owned: [],
      };
      byKey.set(key, variant);
      plan.variants.push(variant);
    }
    if (extra) variant.files.set(extra.path, extra);
    return variant;
  };

  for (const block of plan.checked) {
    const file = block.mode === 'module' && block.title ? titlePath(block.title)! : null;
    if (file) {
      current.set(file, block);
      variantFor().owned.push(block);
    } else {
      variantFor(fileFor(block, standalonePath(block))).owned.push(block);
    }
  }
  return plan;
}

/** The tsconfig.json `create-next-app` (Next 15) writes, `@/*` following the chosen layout. */
export function createNextAppTsconfig(srcDir: boolean) {
  return {
    compilerOptions: {
      target: 'ES2017',
      lib: ['dom', 'dom.iterable', 'esnext'],
      allowJs: true,
      skipLibCheck: true,
      strict: true,
      noEmit: true,
      esModuleInterop: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      resolveJsonModule: true,
      isolatedModules: true,
      jsx: 'preserve',
      incremental: true,
      plugins: [{name: 'next'}],
      paths: {'@/*': [srcDir ? './src/*' : './*']},
    },
    include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
    exclude: ['node_modules'],
  };
}

/**
 * Compiler options for a virtual project: create-next-app's tsconfig, plus
 * what a checker without a real project folder needs:
 * - `types`: the @types a fresh create-next-app project has, instead of every
 *   @types package this docs site happens to install;
 * - `moduleDetection: force`: each sample is a module (as it is to the bundler),
 *   so two import-less samples never share a global scope;
 * - no `incremental` (no build info file to write).
 */
export function compilerOptionsFor(projectRoot: string, srcDir: boolean): ts.CompilerOptions {
  const {options, errors} = ts.convertCompilerOptionsFromJson(createNextAppTsconfig(srcDir).compilerOptions, projectRoot);
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n'));
  return {
    ...options,
    incremental: undefined,
    types: ['node', 'react', 'react-dom'],
    moduleDetection: ts.ModuleDetectionKind.Force,
  };
}

/** next-env.d.ts as `next build` writes it for this layout. */
export function nextEnv(hasAppDir: boolean, hasPagesDir: boolean, withRouteTypes: boolean): string {
  const lines = ['/// <reference types="next" />', '/// <reference types="next/image-types/global" />'];
  if (hasAppDir && hasPagesDir) lines.push('/// <reference types="next/navigation-types/compat/navigation" />');
  if (withRouteTypes) lines.push(`/// <reference path="./${ROUTES_FILE}" />`);
  lines.push('', '// NOTE: This file should not be edited');
  return `${lines.join('\n')}\n`;
}

/** The root layout / custom App a guide's project has when no block defines one. */
export function defaultScaffolding(guide: Guide): Map<string, string> {
  const prefix = guide.srcDir ? 'src/' : '';
  const out = new Map<string, string>();
  if (guide.router === 'app') {
    out.set(
      `${prefix}app/layout.tsx`,
      [
        'export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {',
        '  return (',
        '    <html lang="en">',
        '      <body>{children}</body>',
        '    </html>',
        '  );',
        '}',
        '',
      ].join('\n'),
    );
  } else {
    out.set(
      `${prefix}pages/_app.tsx`,
      [
        "import type { AppProps } from 'next/app';",
        '',
        'export default function App({ Component, pageProps }: AppProps) {',
        '  return <Component {...pageProps} />;',
        '}',
        '',
      ].join('\n'),
    );
  }
  return out;
}
