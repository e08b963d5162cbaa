/**
 * What a translated UI message must keep from its English message: the
 * `{placeholders}` Docusaurus fills in, and for plural messages
 * (`One result|{count} results`, read by usePluralForm) a number of forms
 * that fits the locale.
 */

/** The placeholders of a message, as Docusaurus' interpolate() finds them (`{\w+}`). */
export function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();
}

/** Placeholders English has and the translation lacks, and the other way round (every plural form together). */
export function placeholderDifferences(english: string, translated: string): {missing: string[]; extra: string[]} {
  const en = placeholdersOf(english);
  const tr = placeholdersOf(translated);
  return {missing: en.filter((p) => !tr.includes(p)), extra: tr.filter((p) => !en.includes(p))};
}

/** A message with several `|`-separated forms, chosen by count. */
export function isPluralMessage(message: string): boolean {
  return message.includes('|');
}

/** The order usePluralForm gives a locale's categories (theme-common's usePluralForm.js). */
const ORDERED_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Whole numbers a reader meets in a count ("3 results"); above this, Spanish or French 'many' (millions) starts. */
const LARGEST_COUNT = 1000;

export type PluralForms = {
  /** Every category of the locale, in usePluralForm's order: more forms than this are an error in Docusaurus. */
  categories: string[];
  /** Categories that whole counts from 0 to 1000 fall into: each needs its own form. */
  needed: string[];
};

export function pluralFormsOf(locale: string): PluralForms {
  const rules = new Intl.PluralRules(locale);
  const all = rules.resolvedOptions().pluralCategories as string[];
  const used = new Set<string>();
  for (let n = 0; n <= LARGEST_COUNT; n++) used.add(rules.select(n));
  return {
    categories: ORDERED_CATEGORIES.filter((c) => all.includes(c)),
    needed: ORDERED_CATEGORIES.filter((c) => used.has(c)),
  };
}

/**
 * Null when `translated` has a number of forms usePluralForm can use well in
 * `locale`, else what is wrong. Fewer forms than needed make some counts show
 * the wrong form (usePluralForm then reuses the last one); more than the
 * locale has are never shown and Docusaurus logs an error.
 */
export function pluralProblem(translated: string, locale: string): string | null {
  const count = translated.split('|').length;
  const {categories, needed} = pluralFormsOf(locale);
  const names = (list: string[]) => list.join(', ');
  if (count < needed.length) {
    return `has ${count} plural form${count === 1 ? '' : 's'}; ${locale} needs ${needed.length} (${names(needed)}), separated by |`;
  }
  if (count > categories.length) {
    return `has ${count} plural forms; ${locale} has only ${categories.length} (${names(categories)})`;
  }
  return null;
}
