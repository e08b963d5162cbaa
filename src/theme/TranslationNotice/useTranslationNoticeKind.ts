import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {TranslationStatusGlobalData} from '@site/config/plugins/translation-status-data';

export type NoticeKind = 'untranslated' | 'in-progress' | 'outdated';

/**
 * Which notice, if any, a page or fragment needs in the locale being viewed.
 * `sitePath` is the file the build used (docs/…, fragments/… or i18n/<locale>/…).
 * The states come from the translation-status plugin, computed at build time.
 */
export function useTranslationNoticeKind(sitePath: string): NoticeKind | null {
  const {i18n} = useDocusaurusContext();
  const data = usePluginData('translation-status') as TranslationStatusGlobalData | undefined;
  // The English site is the source: it never has anything to say about translations.
  if (i18n.currentLocale === i18n.defaultLocale) return null;
  switch (data?.states[sitePath]) {
    case 'missing':
      return 'untranslated';
    case 'in-progress':
      return 'in-progress';
    case 'outdated':
      return 'outdated';
    default:
      return null;
  }
}
