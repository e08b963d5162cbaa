import type {ThemeConfig} from '@docusaurus/preset-classic';

// Labels here are the English source; Spanish lives in i18n/es/docusaurus-theme-classic/navbar.json.
export const navbar: ThemeConfig['navbar'] = {
  title: 'Logto Next.js Docs',
  logo: {
    alt: 'Logto Next.js Docs',
    src: 'img/logo.svg',
    srcDark: 'img/logo-dark.svg',
    width: 28,
    height: 28,
  },
  items: [
    {to: '/quick-starts', label: 'Quick starts', position: 'left', activeBaseRegex: '^(/es)?/quick-starts'},
    {type: 'localeDropdown', position: 'right'},
  ],
};
