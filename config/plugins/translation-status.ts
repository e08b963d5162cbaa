/**
 * Computes translation status at build time, with the same library code as
 * `npm run i18n:status`, and
 *  - publishes the /translation-status page (/es/translation-status, …), and
 *  - sets global data the notices read: which pages and fragments of the
 *    locale being built are missing, outdated or in progress.
 *
 * It runs again on every build and on every watched change in `start`, which
 * is why the notices take their state from here and not from compiled MDX.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {normalizeUrl} from '@docusaurus/utils';
import {defaultLocale, docsDir, fragmentsDir, translationLocales} from '../locales';
import {computeStatus, type LocaleStatus} from '../../scripts/i18n/status';
import {manifestPath} from '../../scripts/i18n/record';
import type {TranslationStatusGlobalData, TranslationStatusPageData} from './translation-status-data';

export const TRANSLATION_STATUS_ROUTE = 'translation-status';

function globalDataFor(statuses: LocaleStatus[], locale: string): TranslationStatusGlobalData {
  const states: TranslationStatusGlobalData['states'] = {};
  for (const file of statuses.find((s) => s.locale === locale)?.files ?? []) {
    if (file.state === 'up-to-date') continue;
    states[file.englishPath] = file.state;
    states[file.translatedPath] = file.state;
  }
  return {states};
}

export default function translationStatusPlugin(context: LoadContext): Plugin {
  const {siteDir, baseUrl, i18n} = context;
  return {
    name: 'translation-status',

    loadContent(): LocaleStatus[] {
      return computeStatus(siteDir, translationLocales);
    },

    async allContentLoaded({allContent, actions}) {
      const statuses = allContent['translation-status']?.default as LocaleStatus[];
      // Page titles and URLs in the locale being built, so the table can link to each page.
      const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)
        ?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const docBySource = new Map(docs.map((doc) => [doc.source.replace(/^@site\//, ''), doc]));

      const pageData: TranslationStatusPageData = {
        locales: statuses.map((status) => ({
          locale: status.locale,
          label: i18n.localeConfigs[status.locale]?.label ?? status.locale,
          percent: status.percent,
          counts: status.counts,
          total: status.files.length,
          files: status.files.map((file) => {
            const doc =
              docBySource.get(i18n.currentLocale === defaultLocale ? file.englishPath : file.translatedPath) ??
              docBySource.get(file.englishPath);
            return {
              kind: file.kind,
              englishPath: file.englishPath,
              translatedPath: file.translatedPath,
              state: file.state,
              ...(file.kind === 'page' && doc ? {title: doc.title, permalink: doc.permalink} : {}),
            };
          }),
          uiStrings: status.uiStrings && {
            total: status.uiStrings.total,
            translated: status.uiStrings.translated,
            percent: status.uiStrings.percent,
            untranslated: Object.entries(status.uiStrings.untranslated).flatMap(([file, ids]) => ids.map((id) => ({file, id}))),
          },
        })),
      };

      actions.setGlobalData(globalDataFor(statuses, i18n.currentLocale));
      const dataPath = await actions.createData('translation-status.json', JSON.stringify(pageData));
      actions.addRoute({
        path: normalizeUrl([baseUrl, TRANSLATION_STATUS_ROUTE]),
        component: '@site/src/components/TranslationStatusPage',
        modules: {status: dataPath},
        exact: true,
      });
    },

    getPathsToWatch() {
      return [
        path.join(siteDir, docsDir, '**/*.{md,mdx}'),
        path.join(siteDir, fragmentsDir, '**/*.{md,mdx}'),
        ...translationLocales.flatMap((locale) => [
          path.join(siteDir, 'i18n', locale, '**/*.{md,mdx}'),
          path.join(siteDir, manifestPath(locale)),
          path.join(siteDir, 'i18n', locale, '**/*.json'),
        ]),
      ];
    },
  };
}
