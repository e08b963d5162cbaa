/**
 * What the three i18n commands share: how they report errors, which locale
 * they work on, and how a file given on the command line (English or
 * translated, relative or absolute) becomes an (English file, locale) pair.
 */
import path from 'node:path';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {defaultLocale, sourcePathFor, translationLocales, translationPathFor} from '../../config/locales';
import {siteDir, toPosix} from '../lib/content';
import {ManifestError} from './record';

/** A problem the user can fix; printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative file arguments are resolved from. */
  cwd: string;
};

export type CliOptions = {root: string; io: Io};

export function defaultCliOptions(): CliOptions {
  return {
    root: siteDir,
    io: {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
      cwd: process.env.INIT_CWD ?? process.cwd(),
    },
  };
}

/**
 * Runs a command's body, turning known errors into a message and an exit
 * code. Anything else is a bug in the tool, so it keeps its stack trace.
 */
export function runCommand(name: string, options: CliOptions, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof CliError || error instanceof ManifestError) {
      options.io.stderr(`${name}: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 2;
    }
    throw error;
  }
}

/** Entry-point helper: run when executed directly, stay quiet when imported by tests. */
export function main(run: (argv: string[], options: CliOptions) => number): void {
  process.exitCode = run(process.argv.slice(2), defaultCliOptions());
}

export function checkLocale(locale: string): string {
  if (translationLocales.includes(locale as never)) return locale;
  const known = translationLocales.join(', ');
  if (locale === defaultLocale) {
    throw new CliError(`"${locale}" is the source language, nothing is translated into it. Use one of: ${known}.`);
  }
  throw new CliError(
    `Unknown locale "${locale}". The site translates into: ${known} (see config/locales.ts; ` +
      'CONTRIBUTING.md, "Adding a new locale", explains how to add one).',
  );
}

export type FileTarget = {englishPath: string; translatedPath: string; locale: string};

/**
 * Accepts either side of a translation: `docs/…` / `fragments/…` (then --locale
 * says which translation) or `i18n/<locale>/…` (which already names its locale).
 */
export function resolveFileArgument(arg: string, locale: string | undefined, options: CliOptions): FileTarget {
  const relative = toPosix(path.relative(options.root, path.resolve(options.io.cwd, arg)));
  if (relative.startsWith('..')) {
    throw new CliError(`${arg} is outside the site folder (${options.root}).`);
  }
  const fromTranslation = sourcePathFor(relative);
  if (fromTranslation) {
    if (locale && locale !== fromTranslation.locale) {
      throw new CliError(
        `${relative} is a translation into "${fromTranslation.locale}" but --locale says "${locale}". ` +
          'Drop --locale or pass the English file instead.',
      );
    }
    const resolvedLocale = checkLocale(fromTranslation.locale);
    return {englishPath: toPosix(fromTranslation.englishPath), translatedPath: relative, locale: resolvedLocale};
  }
  if (translationPathFor(relative, defaultLocale) !== null) {
    if (!locale) {
      throw new CliError(
        `Which translation of ${relative}? Add --locale (one of: ${translationLocales.join(', ')}).`,
      );
    }
    const resolvedLocale = checkLocale(locale);
    return {
      englishPath: relative,
      translatedPath: toPosix(translationPathFor(relative, resolvedLocale)!),
      locale: resolvedLocale,
    };
  }
  throw new CliError(
    `${relative} is not a page or a fragment. Pass an English file under docs/ or fragments/, ` +
      'or its translation under i18n/<locale>/.',
  );
}

/**
 * Parses a command line the way every i18n command does (strict, positionals
 * allowed); a bad option becomes a CliError followed by the command's usage.
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({args: argv, options, strict: true, allowPositionals: true});
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
}
