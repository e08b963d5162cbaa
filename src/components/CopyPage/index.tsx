import React, {useCallback, useId, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {markdownUrlFor} from '../../lib/markdown-url';
import type {CopyPageMenuProps} from './CopyPageMenu';
import styles from './styles.module.css';

type Focus = 'first' | 'last';
let menuModule: Promise<ComponentType<CopyPageMenuProps>> | undefined;

// The menu (clipboard, keyboard handling, its styles) is a chunk of its own,
// fetched when a reader first points at, focuses or opens the button: a page
// load downloads only this button.
function loadMenu(): Promise<ComponentType<CopyPageMenuProps>> {
  menuModule ??= import('./CopyPageMenu').then((m) => m.default);
  return menuModule;
}

/**
 * "Copy page": a menu button that copies the page's Markdown
 * (config/plugins/markdown-export) or opens it.
 */
export default function CopyPage(): ReactNode {
  const {metadata} = useDoc();
  const [Menu, setMenu] = useState<ComponentType<CopyPageMenuProps> | null>(null);
  const [open, setOpen] = useState<Focus | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const preload = useCallback(() => {
    loadMenu().then((m) => setMenu(() => m), () => {});
  }, []);
  const show = useCallback((focus: Focus) => {
    loadMenu().then((m) => {
      setMenu(() => m);
      setOpen(focus);
    });
  }, []);
  const close = useCallback((refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <div className={styles.copyPage}>
      <button
        ref={button}
        type="button"
        className={styles.trigger}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open !== null ? menuId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className={styles.icon}>
          <path d="M5 1.5h6.5A1.5 1.5 0 0 1 13 3v8.5M3 4.5h6.5A.5.5 0 0 1 10 5v9a.5.5 0 0 1-.5.5h-6.5a.5.5 0 0 1-.5-.5V5a.5.5 0 0 1 .5-.5Z" fill="none" stroke="currentColor" strokeWidth="1.3" />
        </svg>
        {translate({id: 'site.copyPage.button', message: 'Copy page', description: 'Button that opens the menu to copy or view the page as Markdown'})}
        <svg aria-hidden="true" viewBox="0 0 16 16" width="10" height="10" className={styles.icon}>
          <path d="m3 6 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {Menu && (
        <Menu id={menuId} open={open} markdownUrl={markdownUrlFor(metadata.permalink)} button={button} onClose={close} />
      )}
    </div>
  );
}
