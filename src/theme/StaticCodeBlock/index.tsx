/**
 * A code block whose highlighting was done at build time
 * (config/plugins/static-code). Every fenced block in the docs and fragments
 * becomes one. It reuses Docusaurus' code block layout, so title, copy button
 * and word-wrap button look and behave as they always did.
 */
import {useMemo, type ReactNode} from 'react';
import {CodeBlockContextProvider, type CodeBlockMetadata} from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import {StaticCodeHtml} from './context';
import {useLazyWordWrap} from './useLazyWordWrap';

type Props = {
  /** The fence's language, e.g. `tsx`. */
  language: string;
  /** The code as written, for the copy button. */
  code: string;
  /** Highlighted inner HTML of the `<code>` element. */
  html: string;
  title?: string;
};

export default function StaticCodeBlock({language, code, html, title}: Props): ReactNode {
  const {activate, ...wordWrap} = useLazyWordWrap();
  const metadata = useMemo<CodeBlockMetadata>(
    () => ({
      codeInput: code,
      code,
      className: `language-${language}`,
      language,
      title,
      lineNumbersStart: undefined,
      // Line classes are already in `html`.
      lineClassNames: {},
    }),
    [code, language, title],
  );
  return (
    <StaticCodeHtml.Provider value={html}>
      <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
        {/* The first time the reader reaches the block, its wrap button starts to track the block's width. */}
        <div onPointerEnter={activate} onTouchStart={activate} onFocus={activate}>
          <CodeBlockLayout />
        </div>
      </CodeBlockContextProvider>
    </StaticCodeHtml.Provider>
  );
}
