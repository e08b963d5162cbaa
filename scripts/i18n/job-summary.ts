/**
 * The translation status as a GitHub Actions job summary: Markdown appended
 * to the file named by GITHUB_STEP_SUMMARY, shown on the workflow run's page.
 * Per locale: the counts by kind and state, the percentage, what the pull
 * request changed (files whose state differs from the merge base, new files)
 * and every file in a folded list.
 *
 * Rows come from the kinds present in the status data and columns from
 * STATES, so a new kind of translated file shows up without changes here.
 */
import fs from 'node:fs';
import {localeConfigs} from '../../config/locales';
import {shortId} from './blob';
import type {BaseStatus} from './base-status';
import {STATE_LABELS} from './report';
import {STATES, type FileStatus, type LocaleStatus, type TranslationState} from './status';

/** Plural labels of the kinds this code knows; any other kind is shown by its own name. */
const KIND_LABELS: Record<string, string> = {page: 'Pages', fragment: 'Fragments'};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A table cell: `|` would end it, even inside a code span. */
const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => `\`${text}\``;

function localeName(locale: string): string {
  const config = (localeConfigs as Record<string, {label: string}>)[locale];
  return config ? `${locale} (${config.label})` : locale;
}

function table(header: string[], align: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

function countsTable(status: LocaleStatus): string[] {
  const kinds = [...new Set(status.files.map((f) => f.kind as string))];
  const row = (label: string, files: FileStatus[], strong = false) => {
    const wrap = (text: string) => (strong ? `**${text}**` : text);
    return [wrap(label), ...STATES.map((s) => wrap(String(files.filter((f) => f.state === s).length))), wrap(String(files.length))];
  };
  return table(
    ['Kind', ...STATES.map((s) => capitalized(STATE_LABELS[s])), 'Total'],
    [':--', ...STATES.map(() => '--:'), '--:'],
    [...kinds.map((kind) => row(KIND_LABELS[kind] ?? kind, status.files.filter((f) => f.kind === kind))), row('All', status.files, true)],
  );
}

export type StateChange = {
  englishPath: string;
  translatedPath: string;
  /** Null: the English file did not exist at the merge base. */
  before: TranslationState | null;
  /** Null: the English file no longer exists. */
  now: TranslationState | null;
};

/** Files whose state differs between the merge base and now, in the order of STATES (now), then removed files. */
export function stateChanges(before: LocaleStatus, now: LocaleStatus): StateChange[] {
  const was = new Map(before.files.map((f) => [f.translatedPath, f]));
  const is = new Map(now.files.map((f) => [f.translatedPath, f]));
  const changes: StateChange[] = [];
  for (const file of now.files) {
    const old = was.get(file.translatedPath);
    if (old?.state !== file.state) {
      changes.push({englishPath: file.englishPath, translatedPath: file.translatedPath, before: old?.state ?? null, now: file.state});
    }
  }
  for (const file of before.files) {
    if (!is.has(file.translatedPath)) {
      changes.push({englishPath: file.englishPath, translatedPath: file.translatedPath, before: file.state, now: null});
    }
  }
  const rank = (state: TranslationState | null) => (state === null ? STATES.length : STATES.indexOf(state));
  return changes.sort((a, b) => rank(a.now) - rank(b.now) || a.englishPath.localeCompare(b.englishPath));
}

function changesSection(now: LocaleStatus, base: BaseStatus): string[] {
  if (!base.available) return [`What this pull request changed is not shown: ${base.reason}`];
  const before = base.locales.find((l) => l.locale === now.locale);
  if (!before) return [];
  const changes = stateChanges(before, now);
  const lines = [
    `**What this pull request changed**, compared with ${code(base.base.ref)} at ${code(shortId(base.base.mergeBase))} ` +
      `(where ${now.locale} was ${before.percent}% up to date):`,
    '',
  ];
  if (changes.length === 0) return [...lines, 'No file changed state.'];
  const label = (state: TranslationState | null, missing: string) => (state ? STATE_LABELS[state] : missing);
  return [
    ...lines,
    ...table(
      ['English file', 'Translation', 'Before', 'Now'],
      [':--', ':--', ':--', ':--'],
      changes.map((c) => [code(c.englishPath), code(c.translatedPath), label(c.before, 'new English file'), `**${label(c.now, 'English file removed')}**`]),
    ),
  ];
}

/** UI strings (code.json, theme and plugin files): counted per string, not per file, so a line of their own. */
function uiStringsSection(status: LocaleStatus): string[] {
  const ui = status.uiStrings;
  if (!ui) return [];
  const lines = [`UI strings: ${ui.translated} of ${ui.total} translated (${ui.percent}%).`];
  const files = Object.entries(ui.untranslated);
  if (files.length > 0) {
    lines.push(
      '',
      '<details>',
      `<summary>Untranslated UI strings (${ui.total - ui.translated})</summary>`,
      '',
      ...files.map(([file, ids]) => `- ${code(file)}: ${ids.map(code).join(', ')}`),
      '',
      '</details>',
    );
  }
  if (ui.unreadable.length > 0) lines.push('', `Unreadable (missing or invalid JSON): ${ui.unreadable.map(code).join(', ')}.`);
  return ['', ...lines];
}

function everyFile(status: LocaleStatus): string[] {
  return [
    '<details>',
    `<summary>Every file (${status.files.length})</summary>`,
    '',
    ...table(
      ['State', 'Kind', 'English file', 'Translation'],
      [':--', ':--', ':--', ':--'],
      status.files.map((f) => [STATE_LABELS[f.state], f.kind, code(f.englishPath), code(f.translatedPath)]),
    ),
    '',
    '</details>',
  ];
}

export function formatJobSummary(locales: LocaleStatus[], base: BaseStatus): string {
  const sections = locales.map((status) => {
    const upToDate = status.files.filter((f) => f.state === 'up-to-date').length;
    return [
      `### ${localeName(status.locale)}: ${status.percent}% up to date`,
      '',
      `${upToDate} of ${status.files.length} files up to date.`,
      '',
      ...countsTable(status),
      ...uiStringsSection(status),
      '',
      ...changesSection(status, base),
      '',
      ...everyFile(status),
    ].join('\n');
  });
  return `## Translation status\n\n${sections.join('\n\n')}\n`;
}

/** GitHub collects a step's summary from what the step appends to the file; earlier content stays. */
export function appendJobSummary(file: string, markdown: string): void {
  fs.appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
