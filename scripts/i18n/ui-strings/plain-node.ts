/**
 * The command that runs a TypeScript module's `main(args)` in a plain Node
 * child process, without tsx.
 *
 * tsx hooks every `require` of the process, not only TypeScript ones: in the
 * UI-strings extractor, which loads about a thousand modules of Docusaurus,
 * the hooks cost about a second of CPU. The extractor needs nothing but its
 * own types stripped (Docusaurus loads the site's TypeScript configuration
 * with its own loader), so this transpiles that one file with the esbuild tsx
 * already uses and evaluates it as if Node had loaded it from its own path:
 * its `require`s resolve exactly as before.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Evaluates the transpiled module (argv: its code file, its path, its args) and awaits its `main`. */
const BOOTSTRAP = `
const {createRequire} = require('node:module');
const vm = require('node:vm');
const path = require('node:path');
const [codeFile, file, ...args] = process.argv.slice(1);
const code = require('node:fs').readFileSync(codeFile, 'utf8');
const mod = {exports: {}, filename: file};
vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], {filename: file})(
  mod.exports, createRequire(file), mod, file, path.dirname(file));
Promise.resolve(mod.exports.main(args)).catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\\n');
  process.exit(1);
});
`;

type TransformOptions = {loader: 'ts'; format: 'cjs'; platform: 'node'; target: string; sourcefile: string};
type Esbuild = {
  transformSync(code: string, options: TransformOptions): {code: string};
  transform(code: string, options: TransformOptions): Promise<{code: string}>;
};

function esbuild(): Esbuild {
  // tsx's own dependency, already loaded in a process that runs under tsx.
  const tsx = path.dirname(require.resolve('tsx/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved from tsx's folder on purpose
  return require(require.resolve('esbuild', {paths: [tsx]})) as Esbuild;
}

function transformOptions(tsFile: string): TransformOptions {
  return {loader: 'ts', format: 'cjs', platform: 'node', target: `node${process.versions.node.split('.')[0]}`, sourcefile: tsFile};
}

function command(tsFile: string, code: string, args: string[], workDir: string): [string, string[]] {
  const codeFile = path.join(workDir, `${path.basename(tsFile, '.ts')}.cjs`);
  fs.writeFileSync(codeFile, code);
  return [process.execPath, ['--eval', BOOTSTRAP, codeFile, tsFile, ...args]];
}

/**
 * [command, args] running `main(args)` of `tsFile` in plain Node; the
 * transpiled code is written to `workDir`, which the caller removes.
 */
export function plainNodeCommand(tsFile: string, args: string[], workDir: string): [string, string[]] {
  const {code} = esbuild().transformSync(fs.readFileSync(tsFile, 'utf8'), transformOptions(tsFile));
  return command(tsFile, code, args, workDir);
}

/**
 * The same without blocking the thread: esbuild's first transform waits for
 * its own process to start (a few hundred milliseconds of wall time).
 */
export async function plainNodeCommandAsync(tsFile: string, args: string[], workDir: string): Promise<[string, string[]]> {
  const {code} = await esbuild().transform(fs.readFileSync(tsFile, 'utf8'), transformOptions(tsFile));
  return command(tsFile, code, args, workDir);
}
