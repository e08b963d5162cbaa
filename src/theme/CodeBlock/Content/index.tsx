/**
 * Replaces Docusaurus' code block content, which highlights with Prism in the
 * browser. A fenced block arrives already highlighted (StaticCodeBlock gives
 * its HTML through context) and is inserted as is: React hydrates the `<code>`
 * element, not its thousands of token spans. Anything else that reaches a
 * code block (a `<pre>` written as JSX, a CodeBlock in a React page) is shown
 * as plain text: Prism is not in the browser bundle at all.
 */
import {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {useStaticCodeHtml} from '../../StaticCodeBlock/context';
// Docusaurus' own stylesheet for this component, so the classes (and the CSS) are the ones it ships.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';

export default function CodeBlockContent({className}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const html = useStaticCodeHtml();
  // The block's height before the browser lays it out (src/css/custom.css, "Code blocks off screen").
  const lines = {'--code-lines': metadata.code.split('\n').length} as CSSProperties;
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      style={lines}
      // Scrollable regions must be reachable by keyboard.
      tabIndex={0}
      className={clsx(className, 'prism-code', metadata.className, styles.codeBlock, 'thin-scrollbar')}>
      {html === null ? (
        <code className={styles.codeBlockLines}>{metadata.code}</code>
      ) : (
        <code className={styles.codeBlockLines} dangerouslySetInnerHTML={{__html: html}} />
      )}
    </pre>
  );
}
