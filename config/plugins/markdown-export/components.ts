/**
 * Markdown for the site's own components that carry content. A component
 * with no entry here (and no Markdown form in plain-markdown.ts) stops the
 * build with its file and line, so a new one is never dropped unnoticed.
 */
import type {RootContent} from 'mdast';
import type {DocMetadata, LoadedVersion} from '@docusaurus/plugin-content-docs';

type SidebarItem = LoadedVersion['sidebars'][string][number];
type Category = Extract<SidebarItem, {type: 'category'}>;

function categories(items: SidebarItem[]): Category[] {
  return items.flatMap((item) => (item.type === 'category' ? [item, ...categories(item.items)] : []));
}

/**
 * `<QuickStartGallery />` shows a card for each guide of the sidebar category
 * whose page it is on (title and `sidebar_custom_props.description`); in
 * Markdown that is a list of links with the same words.
 */
export function quickStartGallery(
  page: DocMetadata,
  versions: LoadedVersion[],
  docById: Map<string, DocMetadata>,
  urlOf: (doc: DocMetadata) => string,
): RootContent[] {
  const all = versions.flatMap((v) => Object.values(v.sidebars).flatMap(categories));
  const category =
    all.find((c) => c.link?.type === 'doc' && c.link.id === page.id) ??
    all.find((c) => c.items.some((i) => i.type === 'doc' && i.id === page.id));
  const guides = (category?.items ?? []).flatMap((item) => {
    if (item.type !== 'doc') return [];
    const doc = docById.get(item.id);
    const props = doc?.frontMatter.sidebar_custom_props as {description?: unknown} | undefined;
    if (!doc || typeof props?.description !== 'string') return [];
    return [{label: item.label ?? doc.frontMatter.sidebar_label ?? doc.title, description: props.description, url: urlOf(doc)}];
  });
  if (guides.length === 0) return [];
  return [
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: guides.map((g) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'link', url: g.url, children: [{type: 'text', value: g.label}]},
              {type: 'text', value: `: ${g.description}`},
            ],
          },
        ],
      })),
    },
  ];
}
