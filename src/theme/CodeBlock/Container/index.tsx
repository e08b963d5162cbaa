/**
 * Docusaurus' code block frame without the inline Prism colour variables: it
 * set them from the theme of the current colour mode, so the server's HTML
 * (always light) and the browser's render disagreed in dark mode, and every
 * code block was re-rendered after hydration to fix that. The variables now
 * come from the stylesheet config/plugins/static-code writes, per colour mode.
 */
import {type ComponentProps, type ElementType, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
// Docusaurus' own stylesheet for this component, so the classes (and the CSS) are the ones it ships.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Container/styles.module.css';

export default function CodeBlockContainer<T extends ElementType>({
  as: As,
  ...props
}: {as: T} & ComponentProps<T>): ReactNode {
  return <As {...props} className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
