/**
 * Makes `import X from '@fragments/…'` resolve to the fragment of the locale
 * being built, falling back to English when no translation exists yet, and
 * compiles fragments with the same MDX pipeline as docs (so their headings join
 * the page's table of contents).
 *
 * Docusaurus builds one locale per bundler compilation, so an alias with an
 * ordered list of folders is all the fallback needs: the bundler tries each
 * folder in turn. Fragments live outside the docs folders, which is why this
 * plugin also registers the MDX loader for them.
 */
import path from 'node:path';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {fragmentSearchPath, locales, localizedFragmentsDir, fragmentsDir} from '../locales';
import {FRAGMENTS_ALIAS} from './fragments-alias';
import remarkTranslationNotices from './translation-notices';
import {remarkStaticCode} from './static-code';

export default async function fragmentsPlugin(context: LoadContext): Promise<Plugin> {
  const {siteDir, siteConfig, i18n} = context;
  const abs = (dir: string) => path.join(siteDir, dir) + path.sep;
  const allFragmentDirs = [
    abs(fragmentsDir),
    ...locales.map((locale) => abs(localizedFragmentsDir(locale))),
  ];

  const mdxRule = await createMDXLoaderRule({
    include: allFragmentDirs,
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      // Every fragment is a partial: no front matter, no route of its own.
      isMDXPartial: () => true,
      markdownConfig: siteConfig.markdown,
      // Translated fragments can render other fragments too; mark them like pages do.
      beforeDefaultRemarkPlugins: [[remarkTranslationNotices, {siteDir}], [remarkStaticCode, {siteDir}]],
    },
  });

  return {
    name: 'fragments',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [FRAGMENTS_ALIAS]: fragmentSearchPath(i18n.currentLocale).map((dir) =>
              path.join(siteDir, dir),
            ),
          },
        },
        module: {rules: [mdxRule]},
      };
    },
    getPathsToWatch() {
      return allFragmentDirs.map((dir) => `${dir}**/*.{md,mdx}`);
    },
  };
}
