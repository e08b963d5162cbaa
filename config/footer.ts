import type {ThemeConfig} from '@docusaurus/preset-classic';

export const footer: ThemeConfig['footer'] = {
  style: 'dark',
  links: [
    {
      title: 'Guides',
      items: [
        {label: 'All quick starts', to: '/quick-starts'},
        {label: 'Next.js (App Router)', to: '/quick-starts/next-app-router'},
        {label: 'Next.js (Pages Router)', to: '/quick-starts/next'},
      ],
    },
    {
      title: 'Logto',
      items: [
        {label: 'Logto documentation', href: 'https://docs.logto.io'},
        {label: 'Logto SDK for JavaScript', href: 'https://github.com/logto-io/js'},
      ],
    },
    {
      title: 'Contribute',
      // The page is created by config/plugins/translation-status.ts, in every locale.
      items: [{label: 'Translation status', to: '/translation-status'}],
    },
  ],
  copyright: `Community documentation. Code samples are MIT licensed. Built with Docusaurus.`,
};
