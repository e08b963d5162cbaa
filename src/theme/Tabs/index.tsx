/**
 * Docusaurus' tabs without the remount after hydration. The stock component
 * keys its subtree on `useIsBrowser()`, so right after hydration React throws
 * away every tab panel and builds it again: on the App Router guide that was
 * five code blocks created, parsed and re-styled in one uninterruptible task,
 * the longest of the page load. The remount was a workaround for React 17
 * (facebook/docusaurus#5653). With React 19 the selected tab is hydration-safe
 * without it: it starts as the default on server and client alike, and
 * Docusaurus' own useTabsContextValue restores the reader's stored or
 * query-string choice in a layout effect after hydration, as a normal update.
 * Markup, classes, keyboard handling and styles are Docusaurus' own.
 */
import {type KeyboardEvent, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {
  sanitizeTabsChildren,
  TabsProvider,
  useScrollPositionBlocker,
  useTabs,
  useTabsContextValue,
} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/Tabs';
import styles from '@docusaurus/theme-classic/lib/theme/Tabs/styles.module.css';

function TabList({className}: {className?: string}): ReactNode {
  const {selectedValue, selectValue, tabValues, block} = useTabs();
  const tabRefs: (HTMLLIElement | null)[] = [];
  const {blockElementScrollPositionUntilNextRender} = useScrollPositionBlocker();

  const select = (event: KeyboardEvent<HTMLLIElement> | MouseEvent<HTMLLIElement>) => {
    const tab = event.currentTarget;
    const value = tabValues[tabRefs.indexOf(tab)]!.value;
    if (value !== selectedValue) {
      // Keeps the clicked tab where it is on screen when the panels above change height.
      blockElementScrollPositionUntilNextRender(tab);
      selectValue(value);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    const index = tabRefs.indexOf(event.currentTarget);
    if (event.key === 'Enter') select(event);
    else if (event.key === 'ArrowRight') (tabRefs[index + 1] ?? tabRefs[0])?.focus();
    else if (event.key === 'ArrowLeft') (tabRefs[index - 1] ?? tabRefs[tabRefs.length - 1])?.focus();
  };

  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', {'tabs--block': block}, className)}>
      {tabValues.map(({value, label, attributes}) => (
        <li
          role="tab"
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          key={value}
          ref={(element) => {
            tabRefs.push(element);
          }}
          onKeyDown={onKeyDown}
          onClick={select}
          {...attributes}
          className={clsx('tabs__item', styles.tabItem, attributes?.className as string | undefined, {
            'tabs__item--active': selectedValue === value,
          })}>
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      {/* `tabs-container` is the class name older CSS targets; Docusaurus keeps it too. */}
      <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabList)}>
        {/* As in Docusaurus, the className prop goes on the tab list, not the container. */}
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
