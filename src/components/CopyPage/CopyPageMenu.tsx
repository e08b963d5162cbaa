import React, {useEffect, useRef, useState, type ReactNode, type RefObject, type KeyboardEvent} from 'react';
import {translate} from '@docusaurus/Translate';

// Docusaurus merges every CSS module into the one stylesheet each page loads
// first; these rules travel in this chunk instead, so they arrive with the menu.
const css = `
.copy-page-menu {
  position: absolute;
  top: calc(100% + 0.35rem);
  right: 0;
  z-index: var(--ifm-z-index-dropdown);
  width: max-content;
  max-width: min(20rem, calc(100vw - 2rem));
  margin: 0;
  padding: 0.3rem;
  list-style: none;
  border: 1px solid var(--ifm-color-emphasis-300);
  border-radius: var(--ifm-global-radius);
  background: var(--ifm-background-surface-color);
  box-shadow: var(--ifm-global-shadow-md);
}

.copy-page-menu[hidden] {
  display: none;
}

.copy-page-menu__item {
  display: flex;
  flex-direction: column;
  gap: 0.1rem;
  width: 100%;
  padding: 0.45rem 0.65rem;
  border: 0;
  border-radius: calc(var(--ifm-global-radius) - 0.1rem);
  background: none;
  color: var(--ifm-font-color-base);
  font: inherit;
  text-align: left;
  text-decoration: none;
  cursor: pointer;
}

.copy-page-menu__item:hover,
.copy-page-menu__item:focus {
  background: var(--ifm-menu-color-background-hover);
  color: var(--ifm-font-color-base);
  text-decoration: none;
}

.copy-page-menu__item:focus-visible {
  outline: 2px solid var(--ifm-color-primary);
  outline-offset: -2px;
}

.copy-page-menu__title {
  font-size: 0.875rem;
  font-weight: var(--ifm-font-weight-semibold);
}

.copy-page-menu__description {
  font-size: 0.8125rem;
  color: var(--ifm-color-emphasis-700);
}

.copy-page-status {
  position: absolute;
  top: calc(100% + 0.35rem);
  right: 0;
  padding: 0.2rem 0.5rem;
  border-radius: var(--ifm-global-radius);
  background: var(--ifm-color-emphasis-800);
  color: var(--ifm-color-emphasis-0);
  font-size: 0.8125rem;
  white-space: nowrap;
}

/* Kept in the page, empty, so screen readers already know the region when a message arrives. */
.copy-page-status--empty {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
}
`;

export type CopyPageMenuProps = {
  id: string;
  /** Which item gets focus when the menu opens; null while it is closed. */
  open: 'first' | 'last' | null;
  markdownUrl: string;
  button: RefObject<HTMLButtonElement | null>;
  /** Closes the menu, giving focus back to the button when `refocus`. */
  onClose(refocus: boolean): void;
};

type Status = 'copied' | 'failed' | null;

async function fetchMarkdown(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Safari only lets a page write to the clipboard during the click itself, so
 * the clipboard item is created at once with the download still pending.
 */
async function copyMarkdown(url: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = fetchMarkdown(url).then((text) => new Blob([text], {type: 'text/plain'}));
    await navigator.clipboard.write([new ClipboardItem({'text/plain': blob})]);
  } else {
    await navigator.clipboard.writeText(await fetchMarkdown(url));
  }
}

/** The menu of the "Copy page" button, following the WAI-ARIA menu button pattern. */
export default function CopyPageMenu({id, open, markdownUrl, button, onClose}: CopyPageMenuProps): ReactNode {
  const menu = useRef<HTMLUListElement>(null);
  const [status, setStatus] = useState<Status>(null);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return undefined;
    const all = items();
    (open === 'first' ? all[0] : all.at(-1))?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, onClose, button]);

  useEffect(() => {
    if (!status) return undefined;
    const timer = window.setTimeout(() => setStatus(null), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const moveTo = (i: number) => {
      event.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return moveTo(index + 1);
      case 'ArrowUp':
        return moveTo(index - 1);
      case 'Home':
        return moveTo(0);
      case 'End':
        return moveTo(all.length - 1);
      case 'Escape':
        event.preventDefault();
        return onClose(true);
      case 'Tab':
        return onClose(false);
      case ' ':
        // Space activates a menu item, links included.
        event.preventDefault();
        return (document.activeElement as HTMLElement | null)?.click();
      default:
        return undefined;
    }
  };

  const copy = () => {
    onClose(true);
    copyMarkdown(markdownUrl).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };

  return (
    <>
      <style href="copy-page-menu" precedence="default">
        {css}
      </style>
      <ul id={id} role="menu" ref={menu} hidden={!open} className="copy-page-menu" onKeyDown={onKeyDown}
        aria-label={translate({id: 'site.copyPage.menu.label', message: 'Copy page', description: 'Accessible name of the Copy page menu'})}>
        <li role="none">
          <button type="button" role="menuitem" tabIndex={-1} className="copy-page-menu__item" onClick={copy}>
            <span className="copy-page-menu__title">
              {translate({id: 'site.copyPage.copy.title', message: 'Copy as Markdown', description: 'Copy page menu: copy the page as Markdown'})}
            </span>
            <span className="copy-page-menu__description">
              {translate({id: 'site.copyPage.copy.description', message: 'The whole page as plain text, for an AI assistant', description: 'Copy page menu: what copying gives'})}
            </span>
          </button>
        </li>
        <li role="none">
          <a role="menuitem" tabIndex={-1} className="copy-page-menu__item" href={markdownUrl} onClick={() => onClose(false)}>
            <span className="copy-page-menu__title">
              {translate({id: 'site.copyPage.view.title', message: 'View as Markdown', description: 'Copy page menu: open the Markdown file'})}
            </span>
            <span className="copy-page-menu__description">
              {translate({id: 'site.copyPage.view.description', message: 'Open this page as a Markdown file', description: 'Copy page menu: what viewing opens'})}
            </span>
          </a>
        </li>
      </ul>
      <span role="status" className={status ? 'copy-page-status' : 'copy-page-status--empty'}>
        {status === 'copied' &&
          translate({id: 'site.copyPage.status.copied', message: 'Page copied as Markdown', description: 'Shown after the page was copied'})}
        {status === 'failed' &&
          translate({id: 'site.copyPage.status.failed', message: 'The page could not be copied', description: 'Shown when copying the page failed'})}
      </span>
    </>
  );
}
