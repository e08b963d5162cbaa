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

export type Alignment<T> = {
  /** An English item and the translated item in its place (`same`: their keys are equal). */
  pairs: Array<{en: T; tr: T; same: boolean}>;
  /** English items with no counterpart, and the translated item each belongs before (undefined: at the end). */
  missing: Array<{en: T; before: T | undefined}>;
  /** Translated items English does not have. */
  extra: T[];
};

/**
 * Pairs every translated item with the English item in its place. Items with
 * equal keys pair up; inside a region that differs, items are paired again by
 * `within` (a coarser key, such as a component's name) when given, and the
 * rest in order, so a changed item is reported as changed, not as one missing
 * and one extra.
 */
export function alignPairs<T>(en: T[], tr: T[], key: (item: T) => string, within?: (item: T) => string): Alignment<T> {
  const result: Alignment<T> = {pairs: [], missing: [], extra: []};
  let enIndex = 0;
  let trIndex = 0;
  const equalUntil = (enEnd: number) => {
    while (enIndex < enEnd) result.pairs.push({en: en[enIndex++]!, tr: tr[trIndex++]!, same: true});
  };
  for (const hunk of diffHunks(en, tr, key)) {
    equalUntil(hunk.enStart);
    const next = tr[hunk.trStart + hunk.tr.length];
    if (within) {
      const inner = alignPairs(hunk.en, hunk.tr, within);
      result.pairs.push(...inner.pairs.map((p) => ({...p, same: false})));
      result.missing.push(...inner.missing.map((m) => ({en: m.en, before: m.before ?? next})));
      result.extra.push(...inner.extra);
    } else {
      const paired = Math.min(hunk.en.length, hunk.tr.length);
      for (let i = 0; i < paired; i++) result.pairs.push({en: hunk.en[i]!, tr: hunk.tr[i]!, same: false});
      for (const missing of hunk.en.slice(paired)) result.missing.push({en: missing, before: next});
      result.extra.push(...hunk.tr.slice(paired));
    }
    enIndex = hunk.enStart + hunk.en.length;
    trIndex = hunk.trStart + hunk.tr.length;
  }
  equalUntil(en.length);
  return result;
}
