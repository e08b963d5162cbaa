/**
 * The shapes the translation-status plugin hands to the browser. Types only,
 * so React code in src/ can import them without pulling in Node modules.
 */

/** Same states as scripts/i18n/status.ts; repeated as a type because that module uses Node APIs. */
export type TranslationState = 'up-to-date' | 'outdated' | 'in-progress' | 'missing';

/** Global data of the plugin, for the locale being built: what the notices need. */
export type TranslationStatusGlobalData = {
  /**
   * State of every page and fragment that is not up to date in this locale,
   * keyed by both its English path (docs/…, fragments/…) and its translated
   * path (i18n/<locale>/…): a page served from English is known by the first,
   * a translated one by the second. Empty on the English site.
   */
  states: Record<string, Exclude<TranslationState, 'up-to-date'>>;
};

/** Data module of the /translation-status page: every translated locale. */
export type TranslationStatusPageData = {
  locales: Array<{
    locale: string;
    label: string;
    percent: number;
    counts: Record<TranslationState, number>;
    total: number;
    files: Array<{
      kind: 'page' | 'fragment';
      englishPath: string;
      translatedPath: string;
      state: TranslationState;
      /** Title and URL of the page in the locale being built, for pages only. */
      title?: string;
      permalink?: string;
    }>;
    /** The interface text (code.json, navbar, footer, sidebar labels); null when it could not be computed. */
    uiStrings: {
      total: number;
      translated: number;
      percent: number;
      /** Strings readers still see in English: file under i18n/<locale>/ and id. */
      untranslated: Array<{file: string; id: string}>;
    } | null;
  }>;
};
