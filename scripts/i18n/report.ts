/**
 * Turns computed status into what `npm run i18n:status` prints: a table per
 * locale, then the English changes behind each outdated file. Kept apart from
 * the CLI so the text can be tested without running a process.
 */
import {localeConfigs} from '../../config/locales';
import {shortId} from './blob';
import type {EnglishChanges} from './changes';
import type {FileStatus, LocaleStatus, TranslationState} from './status';

export const STATE_LABELS: Record<TranslationState, string> = {
  'up-to-date': 'up to date',
  outdated: 'outdated',
  'in-progress': 'in progress',
  missing: 'missing',
};

export type LocaleReport = LocaleStatus & {
  /** English changes per translated path, for files whose English moved on (absent with --no-diff). */
  changes: Record<string, EnglishChanges>;
};

function label(locale: string): string {
  const config = (localeConfigs as Record<string, {label: string}>)[locale];
  return config ? `${locale} (${config.label})` : locale;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - text.length));
}

function row(file: FileStatus): string {
  const note =
    file.state === 'in-progress' && file.englishChanged
      ? '  (English changed since the copy was made)'
      : file.state === 'outdated' && file.recordedBlob === null
        ? '  (no record of the English version it was translated from)'
        : '';
  return `  ${pad(STATE_LABELS[file.state], 13)}${pad(file.kind, 10)}${file.englishPath}${note}`;
}

export function formatLocaleReport(report: LocaleReport): string {
  const {counts} = report;
  const total = report.files.length;
  const lines = [
    `Translation status for ${label(report.locale)}: ${counts['up-to-date']} of ${total} files up to date (${report.percent}%)`,
    `  ${counts['up-to-date']} up to date, ${counts.outdated} outdated, ${counts['in-progress']} in progress, ${counts.missing} missing`,
    ...(report.uiStrings
      ? [`  UI strings: ${report.uiStrings.translated} of ${report.uiStrings.total} translated (${report.uiStrings.percent}%)`]
      : []),
    '',
    `  ${pad('STATUS', 13)}${pad('KIND', 10)}ENGLISH FILE`,
    ...report.files.map(row),
  ];

  if (report.staleRecords.length > 0) {
    lines.push(
      '',
      `  Note: ${report.staleRecords.length} record(s) in i18n/${report.locale}/translation-status.json point to files that no longer exist:`,
      ...report.staleRecords.map((key) => `    ${key}`),
      `  Once the files are moved or deleted, remove them with: npm run i18n:mark -- --prune --locale ${report.locale}`,
    );
  }

  const ui = report.uiStrings;
  if (ui && ui.total > ui.translated) {
    lines.push('', `UI strings still in English (${ui.total - ui.translated}), by file under i18n/${report.locale}/:`);
    for (const [file, ids] of Object.entries(ui.untranslated)) {
      const unreadable = ui.unreadable.includes(`i18n/${report.locale}/${file}`);
      lines.push(`  ${file}${unreadable ? ' (missing or not valid JSON: run npm run check)' : ''}`, ...ids.map((id) => `    ${id}`));
    }
    lines.push(
      `  Translate their "message" in those files. A name that is rightly the same in every language (Logto, GitHub) goes in config/ui-strings.ts.`,
    );
  }

  const changed = report.files.filter((f) => report.changes[f.translatedPath]);
  if (changed.length > 0) {
    lines.push('', `What changed in English since these ${report.locale} files were translated:`);
    for (const file of changed) {
      const change = report.changes[file.translatedPath]!;
      const since = file.recordedBlob ? ` (translated from ${shortId(file.recordedBlob)})` : '';
      lines.push('', `${file.englishPath} -> ${file.translatedPath}${since}`);
      lines.push(change.available ? change.patch.trimEnd() : `  ${change.reason}`);
    }
  }

  const hints: string[] = [];
  if (counts.missing > 0) {
    hints.push(`  Start a missing translation:      npm run i18n:new -- <English file> --locale ${report.locale}`);
  }
  if (counts.outdated + counts['in-progress'] > 0) {
    hints.push(`  Mark a translation as up to date: npm run i18n:mark -- <file> --locale ${report.locale}`);
  }
  if (hints.length > 0) lines.push('', 'Next steps:', ...hints);
  return `${lines.join('\n')}\n`;
}

export function formatReport(reports: LocaleReport[]): string {
  return reports.map(formatLocaleReport).join('\n');
}
