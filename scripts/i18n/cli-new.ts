/**
 * npm run i18n:new -- <English file> --locale es
 *
 * Creates the translation file as a copy of the English one, at the place the
 * build looks for it, and records it as in progress.
 */
import {CliError, parseCommandLine, main, resolveFileArgument, runCommand, type CliOptions} from './cli';
import {startTranslation} from './new';
import {translationFileFor} from './status';

const USAGE = `Usage: npm run i18n:new -- <English file> --locale <locale>

  <English file>     A page under docs/ or a fragment under fragments/.
`;

export function run(argv: string[], options: CliOptions): number {
  return runCommand('i18n:new', options, () => {
    const parsed = parseCommandLine(
      argv,
      {
        locale: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false},
      },
      USAGE,
    );
    const {values, positionals} = parsed;
    if (values.help) {
      options.io.stdout(USAGE);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new CliError(`Give exactly one English file.\n\n${USAGE}`);
    }
    const target = resolveFileArgument(positionals[0]!, values.locale, options);
    const {untranslatedFragments} = startTranslation(options.root, target);
    const isPage = translationFileFor(options.root, target.englishPath, target.locale)?.kind === 'page';

    const lines = [
      `Created ${target.translatedPath}`,
      `  a copy of ${target.englishPath}, recorded as "in progress" in i18n/${target.locale}/translation-status.json.`,
      '',
      'Now:',
      isPage
        ? '  1. Replace the English prose with your translation, including title, sidebar_label and the descriptions in the front matter.'
        : '  1. Replace the English prose with your translation.',
      ...(isPage ? ['     Keep slug, positions and logo file names.'] : []),
      '     Keep import lines and heading ids (\\{#...}) exactly as they are; in code, translate only comments',
      '     and text the sample app shows on screen. CONTRIBUTING.md, "Translating a page", has the details.',
      `  2. Check it: npm run i18n:status -- --locale ${target.locale}`,
      `  3. Mark it translated: npm run i18n:mark -- ${target.translatedPath}`,
      '  Until step 3, the site shows this file with a "translation in progress" notice.',
    ];
    if (untranslatedFragments.length > 0) {
      lines.push(
        '',
        `It uses fragments that have no ${target.locale} translation yet (shown in English, with a notice):`,
        ...untranslatedFragments.map((p) => `  npm run i18n:new -- ${p} --locale ${target.locale}`),
      );
    }
    options.io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}

if (require.main === module) main(run);
