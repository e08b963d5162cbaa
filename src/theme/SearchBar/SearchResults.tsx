/**
 * The result list of the search box, loaded on first use together with the
 * locale's Pagefind bundle. Follows the ARIA combobox pattern: focus stays in
 * the input, arrow keys move the active option, Enter opens it, Escape closes.
 */
import React, {useEffect, useState, type ReactNode, type RefObject} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {loadPagefind, toHits, type PagefindApi, type SearchHit} from './pagefind';
import styles from './styles.module.css';

type Props = {
  inputRef: RefObject<HTMLInputElement | null>;
  listId: string;
  query: string;
  open: boolean;
  onClose(): void;
  onNavigate(): void;
};

type Status = 'loading' | 'ready' | 'unavailable';

export default function SearchResults({inputRef, listId, query, open, onClose, onNavigate}: Props): ReactNode {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const {selectMessage} = usePluralForm();
  const [engine, setEngine] = useState<PagefindApi | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [searchedFor, setSearchedFor] = useState('');
  const [active, setActive] = useState(-1);
  const term = query.trim();

  useEffect(() => {
    loadPagefind(baseUrl).then(
      (api) => {
        setEngine(api);
        setStatus('ready');
      },
      () => setStatus('unavailable'),
    );
  }, [baseUrl]);

  useEffect(() => {
    if (!engine || term === '') {
      setHits([]);
      setSearchedFor('');
      return;
    }
    let current = true;
    void engine.debouncedSearch(term, {}, 150).then(async (search) => {
      if (!search || !current) return;
      const pages = await Promise.all(search.results.slice(0, 6).map((r) => r.data()));
      if (!current) return;
      setHits(toHits(pages));
      setSearchedFor(term);
      setActive(-1);
    });
    return () => {
      current = false;
    };
  }, [engine, term]);

  const visible = open && term !== '';
  const optionId = (i: number) => `${listId}-option-${i}`;

  // Keys are handled on the input, where focus stays while choosing a result.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onClose();
        return;
      }
      if (!visible || hits.length === 0) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + hits.length) % hits.length);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const hit = hits[Math.max(active, 0)]!;
        onNavigate();
        history.push(hit.url);
      }
    };
    input.addEventListener('keydown', onKeyDown);
    return () => input.removeEventListener('keydown', onKeyDown);
  }, [inputRef, visible, hits, active, history, onClose, onNavigate]);

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (visible && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  });

  let message: ReactNode = null;
  if (status === 'unavailable') {
    message = (
      <Translate id="site.search.unavailable">
        Search works on the production build: run npm run build, then npm run serve.
      </Translate>
    );
  } else if (status === 'loading' || searchedFor !== term) {
    message = <Translate id="site.search.loading">Searching…</Translate>;
  } else if (hits.length === 0) {
    message = (
      <Translate id="site.search.noResults" values={{query: <q>{term}</q>}}>
        {'No results for {query}'}
      </Translate>
    );
  }

  return (
    <>
      <div className={styles.panel} hidden={!visible}>
        <ul
          id={listId}
          role="listbox"
          // Which query the options answer: lets tests wait for this query's results, not the last one's.
          data-query={searchedFor}
          className={styles.list}
          aria-label={translate({id: 'site.search.resultsLabel', message: 'Search results'})}>
          {visible && message === null &&
            hits.map((hit, i) => (
              <li key={hit.url} id={optionId(i)} role="option" aria-selected={i === active} className={styles.option}>
                <Link
                  to={hit.url}
                  tabIndex={-1}
                  className={styles.hit}
                  // Keep focus in the input until the click lands, so the panel does not close first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={onNavigate}>
                  <span className={styles.hitTitle}>{hit.title}</span>
                  {hit.page && <span className={styles.hitPage}>{hit.page}</span>}
                  {/* Pagefind escapes the page text and only adds <mark> around matches. */}
                  <span className={styles.hitExcerpt} dangerouslySetInnerHTML={{__html: hit.excerpt}} />
                </Link>
              </li>
            ))}
        </ul>
        {visible && message !== null && <p className={styles.message}>{message}</p>}
      </div>
      <p className={styles.srOnly} aria-live="polite">
        {visible && message === null
          ? selectMessage(
              hits.length,
              translate({id: 'site.search.resultCount', message: 'One result|{count} results'}, {count: hits.length}),
            )
          : ''}
      </p>
    </>
  );
}
