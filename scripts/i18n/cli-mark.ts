/**
 * npm run i18n:mark -- <file> [<file> …] --locale es
 * npm run i18n:mark -- --all --locale es
 * npm run i18n:mark -- --prune --locale es
 *
 * After reviewing a translation against its English file, records it as
 * translated from the English text as it is now.
 */
import {CliError, parseCommandLine, checkLocale, main, resolveFileArgument, runCommand, type CliOptions} from './cli';
import {describeMark, markAll, markTranslations, pruneRecords, type MarkResult} from './mark';
import {manifestPath} from './record';

const USAGE = `Usage: npm run i18n:mark -- <file> [<file> …] [--locale <locale>]
       npm run i18n:mark -- --all --locale <locale>
       npm run i18n:mark -- --prune --locale <locale>

  <file>             The English file (docs/…, fragments/…; needs --locale) or its translation (i18n/<locale>/…).
  --all              Mark every existing translation of the locale that is not up to date
                     (in-progress copies from i18n:new are left alone: mark those by name).
  --prune            Only remove the records of translations that no longer exist (renamed or deleted);
                     nothing is marked.
`;

function warnUncommitted(results: MarkResult[], options: CliOptions): void {
  const uncommitted = results.filter((r) => r.uncommitted);
  if (uncommitted.length === 0) return;
  options.io.stderr(
    'Note: the English text of these files is not committed yet. Commit it along with the record, ' +
      'otherwise other clones cannot show what changes in it later:\n' +
      uncommitted.map((r) => `  ${r.target.englishPath}\n`).join(''),
  );
}

export function run(argv: string[], options: CliOptions): number {
  return runCommand('i18n:mark', options, () => {
    const parsed = parseCommandLine(
      argv,
      {
        locale: {type: 'string'},
        all: {type: 'boolean', default: false},
        prune: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
      },
      USAGE,
    );
    const {values, positionals} = parsed;
    if (values.help) {
      options.io.stdout(USAGE);
      return 0;
    }

    if (values.prune) {
      if (values.all || positionals.length > 0) throw new CliError(`--prune takes no file names and no --all.\n\n${USAGE}`);
      if (!values.locale) throw new CliError(`--prune needs --locale to say which record to clean.\n\n${USAGE}`);
      const locale = checkLocale(values.locale);
      const removed = pruneRecords(options.root, locale);
      options.io.stdout(
        removed.length === 0
          ? `Nothing to prune: every record in ${manifestPath(locale)} names an existing translation.\n`
          : `Removed ${removed.length} record(s) of files that no longer exist from ${manifestPath(locale)}:\n${removed.map((key) => `  ${key}\n`).join('')}`,
      );
      return 0;
    }

    if (values.all) {
      if (positionals.length > 0) throw new CliError(`Give either --all or file names, not both.\n\n${USAGE}`);
      if (!values.locale) throw new CliError(`--all needs --locale to say which translations to mark.\n\n${USAGE}`);
      const locale = checkLocale(values.locale);
      const {marked, skippedInProgress} = markAll(options.root, locale);
      options.io.stdout(
        marked.length === 0
          ? `Nothing to mark: every existing ${locale} translation is already up to date.\n`
          : `Marked ${marked.length} ${locale} translation(s) as up to date:\n${marked.map((r) => `  ${describeMark(r)}\n`).join('')}`,
      );
      if (skippedInProgress.length > 0) {
        options.io.stdout(
          `Left as in progress (made by i18n:new; mark each by name once it is translated):\n${skippedInProgress.map((p) => `  ${p}\n`).join('')}`,
        );
      }
      warnUncommitted(marked, options);
      return 0;
    }

    if (positionals.length === 0) throw new CliError(`Which translation? Give a file, or --all.\n\n${USAGE}`);
    const targets = positionals.map((arg) => resolveFileArgument(arg, values.locale, options));
    const results = markTranslations(options.root, targets);
    options.io.stdout(results.map((r) => `${describeMark(r)}\n`).join(''));
    warnUncommitted(results, options);
    return 0;
  });
}

if (require.main === module) main(run);
