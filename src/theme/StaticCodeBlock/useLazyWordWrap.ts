/**
 * Docusaurus' code word-wrap state (the WordWrap its buttons read), without
 * the per-block work at page load. The stock hook measures every block and
 * installs a resize listener and a mutation observer for each as the page
 * hydrates, 25 times on a long guide, all before the reader has touched a
 * single block. The wrap button is hidden until a block is hovered or focused
 * anyway, so here a block starts measuring when the reader first reaches it
 * (pointer, touch or keyboard focus; see `activate`).
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {useCodeWordWrap} from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useCodeWordWrap>;

export type LazyWordWrap = WordWrap & {
  /** Starts tracking whether the block scrolls sideways (the wrap button shows only then). */
  activate(): void;
};

export function useLazyWordWrap(): LazyWordWrap {
  const codeBlockRef = useRef<HTMLPreElement | null>(null);
  const [active, setActive] = useState(false);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  const measure = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || pre.querySelector('code')!.hasAttribute('style'));
  }, []);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long tokens (URLs, base64) must wrap too, or the scrollbar stays.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  useEffect(() => {
    if (!active) return undefined;
    measure();
    window.addEventListener('resize', measure, {passive: true});
    return () => window.removeEventListener('resize', measure);
  }, [active, isEnabled, measure]);

  const activate = useCallback(() => setActive(true), []);
  return {codeBlockRef, isEnabled, isCodeScrollable, toggle, activate};
}
