/**
 * Docusaurus' code block buttons (word wrap, copy), rendered on the server
 * instead of inside BrowserOnly. BrowserOnly adds them in a second, blocking
 * render right after hydration: on a guide with 25 code blocks that was one
 * of the longest tasks of the page load. Rendered with the page, they are
 * hydrated like everything else, in the interruptible hydration pass. Until
 * then they are in the HTML but inert, and hidden until hover or focus as always.
 */
import {type ReactNode} from 'react';
import clsx from 'clsx';
import CopyButton from '@theme/CodeBlock/Buttons/CopyButton';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
// Docusaurus' own stylesheet for this component, so the classes (and the CSS) are the ones it ships.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/styles.module.css';

export default function CodeBlockButtons({className}: {className?: string}): ReactNode {
  return (
    <div className={clsx(className, styles.buttonGroup)}>
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
