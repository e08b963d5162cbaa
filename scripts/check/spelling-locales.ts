/**
 * Which dictionary checks which locale's text, derived from the `spelling`
 * field of each locale in config/locales.ts (the one place it is declared).
 */
import {defaultLocale, localeConfigs, type LocaleSpelling} from '../../config/locales';

/** Locale → its spelling facts (null: no dictionary exists for the language). */
export type SpellingLocales = Record<string, LocaleSpelling | undefined>;

export const siteSpellingLocales: SpellingLocales = Object.fromEntries(
  Object.entries(localeConfigs).map(([locale, config]) => [locale, config.spelling]),
);

/** The default locale's cspell language: what Latin-script words are checked in when nothing better exists. */
export function englishLanguage(locales: SpellingLocales): string {
  return locales[defaultLocale]?.language ?? 'en';
}

/**
 * The cspell language (`fr,en`) of a locale's pages, fragments and UI strings.
 * A translation keeps English technical terms ("server actions") and, until
 * translated, English UI messages (`write-translations` copies them from
 * English), so its dictionary is always paired with English. A locale with no
 * dictionary is checked in English alone: cspell skips Chinese and Japanese
 * script, so only its Latin-script words (names, untranslated text) are read.
 */
export function spellingLanguage(locales: SpellingLocales, locale: string): string {
  const english = englishLanguage(locales);
  const own = locales[locale];
  if (locale === defaultLocale) return english;
  return own ? [...new Set([...own.language.split(','), ...english.split(',')])].join(',') : english;
}

/** Locales whose text is checked without a dictionary of their own. */
export function localesWithoutDictionary(locales: SpellingLocales): string[] {
  return Object.entries(locales)
    .filter(([locale, spelling]) => locale !== defaultLocale && !spelling)
    .map(([locale]) => locale);
}
