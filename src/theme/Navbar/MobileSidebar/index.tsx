/**
 * Docusaurus' mobile menu, mounted in the background. On a phone the menu is
 * not in the server HTML; Docusaurus mounts it (navbar items, locale and
 * colour-mode controls, the docs sidebar) as soon as hydration has measured
 * the window, inside the one render after hydration that React cannot
 * interrupt. useDeferredValue moves that mount to an interruptible background
 * render, so a tap or key press during page load is handled first. Opening
 * the menu before that render has finished mounts it at once.
 */
import {useDeferredValue, type ReactNode} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

export default function NavbarMobileSidebar(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const shouldRenderSoon = useDeferredValue(mobileSidebar.shouldRender);
  if (!mobileSidebar.shown && !shouldRenderSoon) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
