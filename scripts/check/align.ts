/**
 * Aligns an English sequence with its translation (code blocks, imports,
 * tokens) and returns only the regions that differ, so each difference is
 * reported once, at its own place, instead of shifting everything after it.
 */
import {diffArrays} from 'diff';

export type Hunk<T> = {
  /** English items of the region (empty when the translation added items). */
  en: T[];
  /** Translated items of the region (empty when the translation dropped items). */
  tr: T[];
  /** Index in the English sequence where the region starts. */
  enStart: number;
  /** Index in the translated sequence where the region starts (where to insert, when `tr` is empty). */
  trStart: number;
};

export function diffHunks<T>(en: T[], tr: T[], key: (item: T) => string): Hunk<T>[] {
  const enKeys = en.map(key);
  const trKeys = tr.map(key);
  const hunks: Hunk<T>[] = [];
  let enIndex = 0;
  let trIndex = 0;
  let open: Hunk<T> | null = null;
  for (const change of diffArrays(enKeys, trKeys)) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = null;
      enIndex += count;
      trIndex += count;
      continue;
    }
    open ??= {en: [], tr: [], enStart: enIndex, trStart: trIndex};
    if (change.removed) {
      open.en.push(...en.slice(enIndex, enIndex + count));
      enIndex += count;
    } else {
      open.tr.push(...tr.slice(trIndex, trIndex + count));
      trIndex += count;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
