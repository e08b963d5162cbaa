/**
 * Docusaurus' docs sidebar for the mobile menu, handing the filler a props
 * object with a single key. NavbarSecondaryMenuFiller memoizes its props with
 * useShallowMemoObject, which sorts their keys with `localeCompare`; the first
 * `localeCompare` on a page builds ICU's collator, 10–30 ms on this machine,
 * and this component is mounted by the uninterruptible render that follows
 * hydration on phones. With one key the sort never compares, so no collator
 * is built during page load. React.memo keeps the object stable between
 * renders, as the shallow memo did. tests/e2e/page-load-work.test.ts guards it.
 */
import {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

function DocSidebarMobileSecondaryMenu({menu: {sidebar, path}}: {menu: Props}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  const closeOnNavigation = (item: PropSidebarItem) => {
    // A category without a page of its own only expands; the menu stays open.
    if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
  };
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems items={sidebar} activePath={path} onItemClick={closeOnNavigation} level={1} />
    </ul>
  );
}

function DocSidebarMobile(props: Props): ReactNode {
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu: props}} />;
}

export default memo(DocSidebarMobile);
