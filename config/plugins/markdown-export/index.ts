/**
 * Publishes every doc page as Markdown next to its HTML (`/x` → `/x.md`,
 * `/es/x` → `/es/x.md`), plus `llms.txt` and `llms-full.txt` for each locale.
 *
 * The Markdown is composed from the MDX sources, not scraped from the HTML:
 * fragments are inlined as the locale being built resolves them (fallback to
 * English included), so the code blocks keep their language and title and the
 * tabs keep their labels (docs-dev/markdown-export-choice.md has the
 * comparison with the published plugins). It runs after the build, once per
 * locale, from the docs plugin's loaded (and translated) content.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin, Props} from '@docusaurus/types';
import type {Root, RootContent} from 'mdast';
import type {DocMetadata, LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import {defaultLocale, sourcePathFor} from '../../locales';
import {pageMarkdown} from './page';
import {urlResolver} from './links';
import {llmsFullTxt, llmsTxt, type LlmsEntry, type LlmsSection} from './llms-txt';
import {quickStartGallery} from './components';
import {markdownUrlFor} from '../../../src/lib/markdown-url';

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** Where a doc's Markdown is published, relative to the locale's baseUrl (`quick-starts/next.md`). */
export function markdownPathFor(permalink: string, baseUrl: string): string {
  const url = markdownUrlFor(permalink);
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url.replace(/^\/+/, '');
}

function siteRelative(source: string): string {
  return source.replace(/^@site\//, '');
}

/** The English path of a doc file, so a link to the English or the translated file finds the same doc. */
function englishPathOf(file: string): string {
  return sourcePathFor(file)?.englishPath.split(path.sep).join('/') ?? file;
}

function docIdsOf(items: SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' || item.type === 'ref') return [item.id];
    if (item.type === 'category') return [...(item.link?.type === 'doc' ? [item.link.id] : []), ...docIdsOf(item.items)];
    return [];
  });
}

export default function markdownExportPlugin(context: LoadContext): Plugin {
  return {
    name: 'markdown-export',
    async postBuild(props: Props) {
      const docsPlugin = props.plugins.find(
        (p) => p.name === 'docusaurus-plugin-content-docs' && (p.options as {id?: string}).id === 'default',
      );
      if (!docsPlugin) throw new Error('markdown-export: the docs plugin is not loaded; nothing to export');
      const content = docsPlugin.content as LoadedContent;
      const {outDir, baseUrl, siteConfig, codeTranslations} = props;
      const locale = props.i18n.currentLocale;
      const origin = siteConfig.url.replace(/\/+$/, '');
      const docs = content.loadedVersions.flatMap((v) => v.docs).filter((d) => !d.draft);
      const docById = new Map(docs.map((d) => [d.id, d]));
      const permalinkByFile = new Map(docs.map((d) => [englishPathOf(siteRelative(d.source)), d.permalink]));
      const markdownUrl = (doc: DocMetadata) => `${origin}${baseUrl}${markdownPathFor(doc.permalink, baseUrl)}`;

      const admonitionTitle = (type: string) => {
        const name = codeTranslations[`theme.admonition.${type}`] ?? type;
        return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
      };

      // Same words as the notices on the HTML page (src/theme/TranslationNotice), from the same ids.
      const notice = (scope: 'page' | 'section', englishBody: string): RootContent[] => [
        {
          type: 'blockquote',
          children: [
            {type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: codeTranslations['translationNotice.title.untranslated'] ?? 'Not translated yet'}]}]},
            {type: 'paragraph', children: [{type: 'text', value: codeTranslations[`translationNotice.body.untranslated.${scope}`] ?? englishBody}]},
          ],
        },
      ];
      const translated = locale !== defaultLocale;

      const pages = new Map<string, string>();
      const parsed = new Map<string, Root>();
      for (const doc of docs) {
        const pageUrl = `${origin}${doc.permalink}`;
        const file = siteRelative(doc.source);
        const resolveUrl = urlResolver({
          siteUrl: origin,
          baseUrl,
          pageUrl,
          permalinkOfFile: (f) => permalinkByFile.get(englishPathOf(f)) ?? null,
        });
        const markdown = pageMarkdown({
          siteDir: context.siteDir,
          locale,
          parsed,
          file,
          title: doc.title,
          ...(translated && {
            untranslatedNotice: () =>
              notice('section', 'This section has not been translated into this language yet, so it is shown in English.'),
            ...(!sourcePathFor(file) && {
              pageNotice: notice('page', 'This page has not been translated into this language yet, so you are reading the English original.'),
            }),
          }),
          resolveUrl,
          admonitionTitle,
          components: {
            '@site/src/components/QuickStartGallery': () =>
              quickStartGallery(doc, content.loadedVersions, docById, (d) => `${origin}${d.permalink}`),
          },
        });
        const target = path.join(outDir, markdownPathFor(doc.permalink, baseUrl));
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.writeFileSync(target, markdown);
        pages.set(doc.id, markdown);
      }

      // Sections follow the sidebars, in their order and with their (translated) category labels.
      const listed = new Set<string>();
      const sections: LlmsSection[] = [];
      const entryOf = (id: string): LlmsEntry[] => {
        const doc = docById.get(id);
        if (!doc || doc.unlisted || listed.has(id)) return [];
        listed.add(id);
        return [{title: doc.title, url: markdownUrl(doc), description: doc.description || undefined}];
      };
      const otherPages: LlmsEntry[] = [];
      for (const version of content.loadedVersions) {
        for (const items of Object.values(version.sidebars)) {
          for (const item of items) {
            if (item.type === 'category') {
              sections.push({title: item.label, entries: docIdsOf([item]).flatMap(entryOf)});
            } else {
              otherPages.push(...docIdsOf([item]).flatMap(entryOf));
            }
          }
        }
      }
      otherPages.push(...docs.flatMap((d) => entryOf(d.id)));
      // Pages outside every sidebar category belong to the site as a whole, so their
      // section is named after the site, already translated per locale.
      if (otherPages.length > 0) sections.push({title: siteConfig.title, entries: otherPages});

      const head = {siteTitle: siteConfig.title, summary: siteConfig.tagline || undefined};
      fs.writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt(head, sections));
      const inOrder = sections.flatMap((s) => s.entries).map((e) => docs.find((d) => markdownUrl(d) === e.url)!.id);
      fs.writeFileSync(path.join(outDir, 'llms-full.txt'), llmsFullTxt(head, inOrder.map((id) => pages.get(id)!)));
    },
  };
}
