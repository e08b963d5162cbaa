/**
 * npm run i18n:status [-- --locale es] [--json] [--no-diff] [--fail-on outdated,missing] [--base <ref>]
 *
 * Prints every page and fragment per translated locale as up to date,
 * outdated, in progress or missing, with the English changes behind each
 * outdated file. --fail-on makes it a CI gate: exit 1, naming the files.
 * When GITHUB_STEP_SUMMARY names a file (GitHub Actions), it also appends a
 * Markdown job summary there, with what changed since the merge base.
 */
import {parseArgs} from 'node:util';
import {translationLocales} from '../../config/locales';
import {englishChanges, type EnglishChanges} from './changes';
import {statusAtBase} from './base-status';
import {CliError, checkLocale, main, runCommand, type CliOptions} from './cli';
import {appendJobSummary, formatJobSummary} from './job-summary';
import {formatReport, STATE_LABELS, type LocaleReport} from './report';
import {computeLocaleStatus, siteUiStrings, STATES, type TranslationState} from './status';

const USAGE = `Usage: npm run i18n:status -- [--locale <locale>] [--json] [--no-diff] [--fail-on <state>[,<state>]] [--base <ref>]

  --locale <locale>   Only this locale (repeatable). Default: every translated locale (${translationLocales.join(', ')}).
  --json              Print the same data as JSON.
  --no-diff           Leave out what changed in English.
  --fail-on <states>  Exit 1 when any file is in one of these states: ${STATES.filter((s) => s !== 'up-to-date').join(', ')}.
  --base <ref>        For the job summary: compare with the merge base of this ref (default: origin/$GITHUB_BASE_REF,
                      or origin/main, then main). The summary is written when GITHUB_STEP_SUMMARY names a file.
`;

function parseFailOn(values: string[]): Set<TranslationState> {
  const states = new Set<TranslationState>();
  for (const value of values.flatMap((v) => v.split(','))) {
    const state = value.trim() as TranslationState;
    if (!STATES.includes(state) || state === 'up-to-date') {
      throw new CliError(
        `--fail-on does not know "${value}". Use one or more of: outdated, missing, in-progress (comma-separated).`,
      );
    }
    states.add(state);
  }
  return states;
}

/** `env` is the process's only when run as a command: a test's run never writes to a real job summary. */
export function run(argv: string[], options: CliOptions, env: NodeJS.ProcessEnv = {}): number {
  return runCommand('i18n:status', options, () => {
    let args;
    try {
      args = parseArgs({
        args: argv,
        options: {
          locale: {type: 'string', multiple: true},
          json: {type: 'boolean', default: false},
          'no-diff': {type: 'boolean', default: false},
          'fail-on': {type: 'string', multiple: true},
          base: {type: 'string'},
          help: {type: 'boolean', short: 'h', default: false},
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\n${USAGE}`);
    }
    if (args.help) {
      options.io.stdout(USAGE);
      return 0;
    }

    const locales = (args.locale ?? [...translationLocales]).map(checkLocale);
    const failOn = parseFailOn(args['fail-on'] ?? []);

    const uiStrings = siteUiStrings(options.root, (message) => options.io.stderr(`i18n:status: ${message}\n`));
    const reports: LocaleReport[] = locales.map((locale) => {
      const status = computeLocaleStatus(options.root, locale, {uiStrings});
      const changes: Record<string, EnglishChanges> = {};
      if (!args['no-diff']) {
        for (const file of status.files) {
          const change = englishChanges(options.root, file);
          if (change) changes[file.translatedPath] = change;
        }
      }
      return {...status, changes};
    });

    options.io.stdout(args.json ? `${JSON.stringify({locales: reports}, null, 2)}\n` : formatReport(reports));
    if (env.GITHUB_STEP_SUMMARY) {
      appendJobSummary(env.GITHUB_STEP_SUMMARY, formatJobSummary(reports, statusAtBase(options.root, locales, args.base, env)));
    }

    const failures = reports.flatMap((report) => report.files.filter((file) => failOn.has(file.state)));
    if (failures.length === 0) return 0;
    const lines = [`--fail-on ${[...failOn].join(',')}: ${failures.length} file(s) need work:`];
    for (const file of failures) {
      lines.push(`  [${file.locale}] ${STATE_LABELS[file.state]}: ${file.englishPath} -> ${file.translatedPath}`);
    }
    lines.push(
      'Translate or update them, then run `npm run i18n:mark -- <file> --locale <locale>`; ' +
        'start missing ones with `npm run i18n:new -- <English file> --locale <locale>`.',
    );
    options.io.stderr(`i18n:status: ${lines.join('\n')}\n`);
    return 1;
  });
}

if (require.main === module) main((argv, options) => run(argv, options, process.env));
