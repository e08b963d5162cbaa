import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {fasterOptions} from './config/build-mode';
import {currentLocale, i18n, siteTexts} from './config/locales';
import {navbar} from './config/navbar';
import {footer} from './config/footer';
import {darkCodeTheme, lightCodeTheme} from './config/prism-themes';
import fragmentsPlugin from './config/plugins/fragments';
import pagefindPlugin from './config/plugins/pagefind';
import staticCodePlugin, {remarkStaticCode} from './config/plugins/static-code';
import translationStatusPlugin from './config/plugins/translation-status';
import remarkTranslationNotices from './config/plugins/translation-notices';
import splitBuildPlugin from './config/plugins/split-build';
import routeScriptsPlugin from './config/plugins/route-scripts';
import markdownExportPlugin from './config/plugins/markdown-export';
import {paintFirstTemplate} from './config/ssr-template';

// Title and tagline of the locale being built (config/locales.ts).
const {title, tagline} = siteTexts[currentLocale()];

const config: Config = {
  title,
  tagline,
  favicon: 'img/favicon.svg',
  url: 'https://next-docs.example.org',
  baseUrl: '/',
  trailingSlash: false,

  // Every Docusaurus Faster option; split builds differ in one (config/build-mode.ts).
  future: {v4: true, faster: fasterOptions()},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  i18n,

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // remark-gfm is already part of Docusaurus' MDX pipeline; adding it here would run it twice.
          // Marks where a translated page renders a fragment, for the "not translated yet" notices.
          // Code blocks are highlighted here, at build time, not in the reader's browser.
          beforeDefaultRemarkPlugins: [remarkTranslationNotices, remarkStaticCode],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // Scripts load after the first paint (config/ssr-template.ts).
  ssrTemplate: paintFirstTemplate(),

  // Link prefetching waits for idle time instead of competing with hydration.
  clientModules: [require.resolve('./src/client/idle-prefetch.ts')],

  plugins: [fragmentsPlugin, translationStatusPlugin, staticCodePlugin, pagefindPlugin, splitBuildPlugin, routeScriptsPlugin, markdownExportPlugin],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar,
    footer,
    docs: {sidebar: {hideable: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 4},
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // Highlighting happens at build time (config/plugins/static-code), which
      // has its own language list; nothing is loaded in the browser.
      additionalLanguages: [],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
