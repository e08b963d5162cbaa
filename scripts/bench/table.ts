/** Plain-text and Markdown tables for benchmark figures, plus the unit formatters they use. */

export type Align = 'left' | 'right';

export type Column = {header: string; align?: Align};

/** Seconds with one decimal: 1234 ms → "1.2 s". */
export function formatSeconds(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Milliseconds with no decimals: 12.4 → "12 ms". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return `${Math.round(ms)} ms`;
}

/** Binary units, one decimal from KB up: 1536 → "1.5 KB", 3221225472 → "3.0 GB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** A ratio such as "0.42×"; "–" when either side is missing or zero. */
export function formatRatio(ours: number | null | undefined, theirs: number | null | undefined): string {
  if (!ours || !theirs || !Number.isFinite(ours) || !Number.isFinite(theirs)) return '–';
  return `${(ours / theirs).toFixed(2)}×`;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - text.length));
  return align === 'right' ? fill + text : text + fill;
}

/** A Markdown table whose columns are padded so it also reads well in a terminal. */
export function renderTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(3, c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? 'left')).join(' | ')} |`;
  const rule = `| ${widths
    .map((w, i) => (columns[i]!.align === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
    .join(' | ')} |`;
  return [line(columns.map((c) => c.header)), rule, ...rows.map((r) => line(columns.map((_, i) => r[i] ?? '')))].join('\n');
}
