/**
 * The navbar search box. Only this small component is part of the first
 * load: the result list and the locale's Pagefind index are fetched when the
 * reader focuses the box or types, never before.
 */
import React, {lazy, Suspense, useId, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

const SearchResults = lazy(() => import('./SearchResults'));

export default function SearchBar(): ReactNode {
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [started, setStarted] = useState(false);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const label = translate({id: 'site.search.label', message: 'Search the guides'});

  return (
    <div
      className={styles.searchBar}
      role="search"
      onBlur={(event) => {
        // Close when focus leaves the box and its results, not when it moves between them.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}>
      <input
        ref={inputRef}
        className={styles.input}
        type="search"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={open && query.trim() !== ''}
        placeholder={translate({id: 'site.search.placeholder', message: 'Search'})}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          setStarted(true);
          setOpen(true);
        }}
        onChange={(event) => {
          setStarted(true);
          setOpen(true);
          setQuery(event.target.value);
        }}
      />
      {started && (
        <Suspense fallback={null}>
          <SearchResults
            inputRef={inputRef}
            listId={listId}
            query={query}
            open={open}
            onClose={() => setOpen(false)}
            onNavigate={() => {
              setOpen(false);
              setQuery('');
              inputRef.current?.blur();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
