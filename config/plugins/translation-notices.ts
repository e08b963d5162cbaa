/**
 * Remark plugin: in a translated page or fragment, puts a
 * `<TranslationNotice fragment="fragments/…" anchor="…" />` right before each
 * fragment it renders (`<Installation />` for
 * `import Installation from '@fragments/next/_installation.mdx'`).
 *
 * The marker says only *which* fragment and *which section* (the id of the
 * heading above it, so the notice can link to the same section of the English
 * page). Whether the fragment is translated, outdated or up to date is looked up
 * when the page renders, from the status the translation-status plugin computes
 * on every build. Baking the state in here would go stale: with
 * future.faster, compiled MDX is kept in a persistent cache that knows nothing
 * about the status record or about Spanish fragments being added or removed.
 *
 * It runs on docs and fragments alike, but only acts on files under
 * i18n/<locale>/, so the English site never gets a marker.
 */
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {sourcePathFor, fragmentsDir} from '../locales';
import {FRAGMENTS_ALIAS} from './fragments-alias';
import {extractFacts, type MdxFacts} from '../../scripts/lib/mdx';
import {siteDir as defaultSiteDir, toPosix} from '../../scripts/lib/content';

/** The component name the markers use; provided to MDX by src/theme/MDXComponents.tsx. */
export const NOTICE_COMPONENT = 'TranslationNotice';

type JsxFlowElement = {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{type: 'mdxJsxAttribute'; name: string; value: string}>;
  children: RootContent[];
  position?: {start: {line: number}};
};

function marker(fragment: string, anchor: string | null): JsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: NOTICE_COMPONENT,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'fragment', value: fragment},
      ...(anchor ? [{type: 'mdxJsxAttribute' as const, name: 'anchor', value: anchor}] : []),
    ],
    children: [],
  };
}

export default function remarkTranslationNotices(options: {siteDir?: string} = {}) {
  const siteDir = options.siteDir ?? defaultSiteDir;
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    if (!sourcePathFor(toPosix(path.relative(siteDir, file.path)))) return;

    // The shared facts parser gives imports and explicit heading ids with lines
    // in the same text the tree came from, so lines can be compared directly.
    let facts: MdxFacts;
    try {
      facts = extractFacts(String(file.value));
    } catch {
      return; // The MDX compiler reports syntax errors itself, with better context.
    }
    const fragmentByName = new Map<string, string>();
    for (const statement of facts.imports) {
      if (!statement.source.startsWith(`${FRAGMENTS_ALIAS}/`)) continue;
      const englishPath = `${fragmentsDir}/${statement.source.slice(FRAGMENTS_ALIAS.length + 1)}`;
      for (const name of statement.names) fragmentByName.set(name, englishPath);
    }
    if (fragmentByName.size === 0) return;
    // Only explicit ids: they are the same in both languages, a generated one would be the Spanish slug.
    const anchors = facts.headings.filter((h) => h.id !== null);

    const insertions: Array<{parent: {children: RootContent[]}; index: number; node: JsxFlowElement}> = [];
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      const element = node as unknown as JsxFlowElement;
      const fragment = element.name ? fragmentByName.get(element.name) : undefined;
      if (!fragment || index === undefined || !parent) return;
      const line = element.position?.start.line ?? 0;
      const anchor = anchors.filter((h) => h.position.line < line).at(-1)?.id ?? null;
      insertions.push({parent: parent as {children: RootContent[]}, index, node: marker(fragment, anchor)});
    });
    // Last first, so earlier indices in the same parent stay valid.
    for (const {parent, index, node} of insertions.reverse()) {
      parent.children.splice(index, 0, node as unknown as RootContent);
    }
  };
}
