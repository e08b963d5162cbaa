import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import remarkTranslationNotices from '../../config/plugins/translation-notices';
import {GUIDE_EN, GUIDE_ES, PATHS, makeSite, removeSite} from './test-site';

type Jsx = {type: string; name?: string; attributes?: Array<{name: string; value: string}>};

/** Runs the plugin the way Docusaurus does (before its own plugins) and lists the top-level JSX. */
function jsxAfterPlugin(root: string, file: string, text: string): string[] {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkTranslationNotices, {siteDir: root});
  const vfile = new VFile({path: path.join(root, file), value: text});
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  return (tree.children as Jsx[])
    .filter((node) => node.type === 'mdxJsxFlowElement')
    .map((node) => [node.name, ...(node.attributes ?? []).map((a) => `${a.name}=${a.value}`)].join(' '));
}

describe('remark plugin for translation notices', () => {
  const root = makeSite({git: false});
  after(() => removeSite(root));

  test('in a translated page, puts a marker naming the fragment and section before each fragment', () => {
    assert.deepEqual(jsxAfterPlugin(root, PATHS.guideEs, GUIDE_ES), [
      'TranslationNotice fragment=fragments/_intro.mdx anchor=intro',
      'Intro',
      'TranslationNotice fragment=fragments/_setup.mdx anchor=setup',
      'Setup',
    ]);
  });

  test('leaves English pages alone, so the English site never gets a notice', () => {
    assert.deepEqual(jsxAfterPlugin(root, PATHS.guideEn, GUIDE_EN), ['Intro', 'Setup']);
  });

  test('a fragment above any heading gets a marker without anchor (links to the top of the page)', () => {
    const text = "import Intro from '@fragments/_intro.mdx';\n\n<Intro />\n\n## Later \\{#later}\n";
    assert.deepEqual(jsxAfterPlugin(root, PATHS.guideEs, text), [
      'TranslationNotice fragment=fragments/_intro.mdx',
      'Intro',
    ]);
  });
});
