import type {ThemeConfig} from '@docusaurus/preset-classic';

// Labels here are the English source; Spanish lives in i18n/es/docusaurus-theme-classic/navbar.json.
export const navbar: ThemeConfig['navbar'] = {
  title: 'Logto Next.js Docs',
  // No `alt`: the title sits right beside the logo, so Docusaurus gives the
  // image an empty alt and screen readers do not read the name twice.
  logo: {
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
