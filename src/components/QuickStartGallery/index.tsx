import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ThemedImage from '@theme/ThemedImage';
import {useCurrentSidebarCategory} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItem, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import styles from './styles.module.css';

/** What a quick-start declares in its `sidebar_custom_props` front matter. */
type QuickStartProps = {
  logoFilename: string;
  darkLogoFilename?: string;
  description: string;
};

function isQuickStart(
  item: PropSidebarItem,
): item is PropSidebarItemLink & {customProps: QuickStartProps} {
  return (
    item.type === 'link' &&
    typeof item.customProps?.logoFilename === 'string' &&
    typeof item.customProps?.description === 'string'
  );
}

function QuickStartCard({item}: {item: PropSidebarItemLink & {customProps: QuickStartProps}}) {
  const {logoFilename, darkLogoFilename, description} = item.customProps;
  const light = useBaseUrl(`/img/logos/${logoFilename}`);
  const dark = useBaseUrl(`/img/logos/${darkLogoFilename ?? logoFilename}`);
  return (
    <li className={styles.card}>
      <Link to={item.href} className={styles.link} data-card-link="">
        <ThemedImage
          className={styles.logo}
          sources={{light, dark}}
          alt=""
          width={40}
          height={40}
        />
        <span className={styles.title}>{item.label}</span>
        <span className={styles.description}>{description}</span>
      </Link>
    </li>
  );
}

/**
 * Cards for every guide in the current sidebar category, built from each
 * guide's own front matter so the gallery never drifts from the guides.
 */
export default function QuickStartGallery(): ReactNode {
  const category = useCurrentSidebarCategory();
  const quickStarts = category.items.filter(isQuickStart);
  return (
    <ul className={styles.gallery}>
      {quickStarts.map((item) => (
        <QuickStartCard key={item.href} item={item} />
      ))}
    </ul>
  );
}
