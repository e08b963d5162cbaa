import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// One small, explicit sidebar: the gallery page is the category's own page and the
// guides are its items. Category labels are translated in
// i18n/<locale>/docusaurus-plugin-content-docs/current.json.
const sidebars: SidebarsConfig = {
  quickStarts: [
    {
      type: 'category',
      label: 'Quick starts',
      collapsible: false,
      link: {type: 'doc', id: 'quick-starts/index'},
      items: ['quick-starts/next-app-router', 'quick-starts/next'],
    },
  ],
};

export default sidebars;
