/**
 * Type-checks variants with the TypeScript compiler API. Each variant is one
 * ts.Program over in-memory files; every program shares one compiler host
 * whose cache holds the parsed declaration files (lib.*.d.ts, next, react,
 * @logto/next…), so only the first program pays for parsing them. Programs are
 * also built from the previous one, letting TypeScript reuse its structure.
 *
 * The virtual project root sits inside the site folder (never written to
 * disk), so its imports resolve through the site's node_modules like a real
 * project's would; for another Next.js it sits in that version's runtime
 * folder (next-runtime.ts), whose node_modules holds that `next`.
 */
import path from 'node:path';
import ts from 'typescript';
import {siteDir, toPosix} from '../lib/content';
import type {Block} from './blocks';
import type {Guide} from './guides';
import {generateNextTypes, validatedFileAt, VALIDATOR_FILE} from './next-types';
import {compilerOptionsFor, defaultScaffolding, nextEnv, type Variant, type VirtualFile} from './project';

export type TsFailure = {
  block: Block;
  /** Line in the content file (fence line + line within the block). */
  line: number;
  column: number;
  code: string;
  message: string;
};

export type VariantResult = {failures: TsFailure[]; internal: string[]};

/**
 * The file system under node_modules does not change during a run; module
 * resolution asks it the same questions for every program, so answers are kept.
 */
const diskFs = (() => {
  const memo = <T>(fn: (p: string) => T) => {
    const cache = new Map<string, T>();
    return (p: string): T => {
      if (!cache.has(p)) cache.set(p, fn(p));
      return cache.get(p)!;
    };
  };
  return {
    fileExists: memo((p) => ts.sys.fileExists(p)),
    directoryExists: memo((p) => ts.sys.directoryExists(p)),
    realpath: memo((p) => ts.sys.realpath?.(p) ?? p),
    readFile: memo((p) => ts.sys.readFile(p)),
    getDirectories: memo((p) => ts.sys.getDirectories(p)),
  };
})();

export class TypeChecker {
  /**
   * Parsed files that are not virtual (libs, node_modules), shared by every
   * program of the process (all options that affect parsing are the same for
   * every variant), so repeated checks (tests, both locales) parse them once.
   */
  private static readonly diskCache = new Map<string, ts.SourceFile | undefined>();
  /**
   * Module and type-reference resolutions made from files on disk (node_modules)
   * do not depend on the variant: one cache per set of options, for the process.
   */
  private static readonly resolutionCaches = new Map<
    string,
    {modules: ts.ModuleResolutionCache; types: ts.TypeReferenceDirectiveResolutionCache}
  >();
  private readonly diskCache = TypeChecker.diskCache;
  /** Parsed virtual files, by path and text: unchanged blocks are not re-parsed between variants. */
  private readonly virtualCache = new Map<string, ts.SourceFile>();
  private oldProgram: ts.Program | undefined;
  programs = 0;

  /**
   * @param projectsDir folder the virtual project pretends to live in; its
   * ancestors' node_modules are used. Every variant uses the same root, so
   * TypeScript can reuse the previous program's structure.
   */
  constructor(
    private readonly projectsDir = path.join(siteDir, '.check-code'),
    /** The Next.js package whose route typegen is used; the project's `next` when absent. */
    private readonly nextDir?: string,
  ) {}

  private resolutionCache(options: ts.CompilerOptions) {
    const key = JSON.stringify(options.paths ?? {});
    let caches = TypeChecker.resolutionCaches.get(key);
    if (!caches) {
      const modules = ts.createModuleResolutionCache(siteDir, (f) => f, options);
      const types = ts.createTypeReferenceDirectiveResolutionCache(siteDir, (f) => f, options, modules.getPackageJsonInfoCache());
      caches = {modules, types};
      TypeChecker.resolutionCaches.set(key, caches);
    }
    return caches;
  }

  private host(options: ts.CompilerOptions, files: Map<string, string>): ts.CompilerHost {
    const base = ts.createCompilerHost(options, true);
    const dirs = new Set<string>();
    for (const file of files.keys()) {
      for (let dir = path.dirname(file); !dirs.has(dir) && dir !== path.dirname(dir); dir = path.dirname(dir)) dirs.add(dir);
    }
    const caches = this.resolutionCache(options);
    const resolutionHost = {
      fileExists: (f: string) => files.has(f) || diskFs.fileExists(f),
      readFile: (f: string) => files.get(f) ?? diskFs.readFile(f),
      directoryExists: (d: string) => dirs.has(d) || diskFs.directoryExists(d),
      realpath: (f: string) => (files.has(f) ? f : diskFs.realpath(f)),
      getCurrentDirectory: () => siteDir,
      getDirectories: (d: string) => diskFs.getDirectories(d),
    } satisfies ts.ModuleResolutionHost;
    return {
      ...base,
      ...resolutionHost,
      // As tsc does: JSDoc is parsed only where it can carry type errors, not in declaration files.
      jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
      getSourceFile: (fileName, languageVersion, onError) => {
        const text = files.get(fileName);
        if (text !== undefined) {
          const key = `${fileName}\0${text}`;
          let sf = this.virtualCache.get(key);
          if (!sf) {
            sf = ts.createSourceFile(fileName, text, languageVersion, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
            this.virtualCache.set(key, sf);
          }
          return sf;
        }
        const cacheKey = `${fileName}\0${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}`;
        if (!this.diskCache.has(cacheKey)) this.diskCache.set(cacheKey, base.getSourceFile(fileName, languageVersion, onError));
        return this.diskCache.get(cacheKey);
      },
      // Imports from virtual files are resolved afresh (the files beside them change between
      // variants); imports from files on disk go through the shared caches.
      resolveModuleNameLiterals: (literals, containingFile, redirected, opts, containingSourceFile) =>
        literals.map((literal) =>
          ts.resolveModuleName(
            literal.text,
            containingFile,
            opts,
            resolutionHost,
            files.has(containingFile) ? undefined : caches.modules,
            redirected,
            ts.getModeForUsageLocation(containingSourceFile, literal, opts),
          ),
        ),
      resolveTypeReferenceDirectiveReferences: (references, containingFile, redirected, opts, containingSourceFile) =>
        references.map((ref) =>
          ts.resolveTypeReferenceDirective(
            typeof ref === 'string' ? ref : ref.fileName.toLowerCase(),
            containingFile,
            opts,
            resolutionHost,
            redirected,
            files.has(containingFile) ? undefined : caches.types,
            ts.getModeForFileReference(ref, containingSourceFile?.impliedNodeFormat),
          ),
        ),
    };
  }

  /** Checks one variant of a guide; diagnostics of the variant's owned blocks are returned. */
  async check(guide: Guide, variant: Variant): Promise<VariantResult> {
    const root = path.join(this.projectsDir, 'project');
    const abs = (p: string) => toPosix(path.join(root, p));
    const options = compilerOptionsFor(root, guide.srcDir);

    const projectFiles = new Map<string, VirtualFile>(variant.files);
    for (const [file, text] of defaultScaffolding(guide)) if (!projectFiles.has(file)) projectFiles.set(file, {path: file, text, block: null});
    const relPaths = [...projectFiles.keys()];
    const prefix = guide.srcDir ? 'src/' : '';
    const hasAppDir = relPaths.some((p) => p.startsWith(`${prefix}app/`));
    const hasPagesDir = relPaths.some((p) => p.startsWith(`${prefix}pages/`));
    const nextTypes = await generateNextTypes(root, relPaths, guide.srcDir, guide.router, this.nextDir);
    for (const [file, text] of nextTypes) projectFiles.set(file, {path: file, text, block: null});
    projectFiles.set('next-env.d.ts', {path: 'next-env.d.ts', text: nextEnv(hasAppDir, hasPagesDir, nextTypes.size > 0), block: null});

    const texts = new Map<string, string>();
    const byAbs = new Map<string, VirtualFile>();
    for (const file of projectFiles.values()) {
      texts.set(abs(file.path), file.text);
      byAbs.set(abs(file.path), file);
    }
    const program = ts.createProgram({
      rootNames: [...texts.keys()],
      options,
      host: this.host(options, texts),
      oldProgram: this.oldProgram,
    });
    this.oldProgram = program;
    this.programs++;

    const result: VariantResult = {failures: [], internal: []};
    for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
      result.internal.push(`${guide.id}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    const owned = new Set(variant.owned);
    for (const [fileName, file] of byAbs) {
      const sf = program.getSourceFile(fileName);
      if (!sf) continue;
      const isOwnedBlock = file.block !== null && owned.has(file.block);
      // Scaffolding is checked too: a failure there means the block it imports or validates is wrong.
      if (file.block !== null && !isOwnedBlock) continue;
      const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
      for (const d of diagnostics) {
        if (isOwnedBlock) {
          result.failures.push(this.locate(d, sf, file, root));
        } else if (file.path === VALIDATOR_FILE) {
          const failure = this.fromValidator(d, sf, program, root, byAbs, owned);
          if (failure) result.failures.push(failure);
        } else if (file.block === null) {
          // The scaffolding only fails through a block's definitions, which are reported in their own variant.
          const where = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : {line: 0, character: 0};
          const message = `${file.path}:${where.line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
          if (!result.internal.includes(message)) result.internal.push(`${guide.id}: generated ${message}`);
        }
      }
    }
    return result;
  }

  /** Maps a diagnostic in a block's virtual file to the content file's line and column. */
  private locate(d: ts.Diagnostic, sf: ts.SourceFile, file: VirtualFile, root: string): TsFailure {
    const block = file.block!;
    const where = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : {line: 0, character: 0};
    const blockLine = file.lineMap ? (file.lineMap[where.line] ?? 0) : where.line;
    return {
      block,
      line: block.fenceLine + 1 + blockLine,
      column: where.character + 1 + block.indent,
      code: `TS${d.code}`,
      // Paths inside the virtual project mean nothing to a reader; show them as the guide's file names.
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n').split(`${toPosix(root)}/`).join(''),
    };
  }

  /**
   * A failing check in Next's validator is about one page, layout or route
   * file: report it at that block's default export (or first export).
   */
  private fromValidator(
    d: ts.Diagnostic,
    sf: ts.SourceFile,
    program: ts.Program,
    root: string,
    byAbs: Map<string, VirtualFile>,
    owned: Set<Block>,
  ): TsFailure | null {
    const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line : 0;
    const validated = validatedFileAt(sf.text, line);
    const target = validated ? byAbs.get(toPosix(path.join(root, validated))) : undefined;
    if (!target?.block || !owned.has(target.block)) return null;
    const targetSf = program.getSourceFile(toPosix(path.join(root, target.path)))!;
    const exported = targetSf.statements.filter(
      (s) => ts.isExportAssignment(s) || (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)),
    );
    const isDefault = (s: ts.Statement) =>
      ts.isExportAssignment(s) || (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword));
    const anchor = exported.find(isDefault) ?? exported[0];
    const failure = this.locate({...d, start: anchor ? anchor.getStart(targetSf) : 0}, targetSf, target, root);
    failure.message = `Next.js route check: ${failure.message}`;
    return failure;
  }
}
