/**
 * The USB edition's search box (see src/plugins/usb). On first use it adds a
 * <script> tag for `search-index.js`, a MiniSearch index built with the site that
 * assigns a global: no fetch, so it works from file://. Accent-insensitive (see
 * searchText.ts); a combobox with a list of results, usable with the keyboard.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState} from 'react';
import MiniSearch from 'minisearch';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {INDEX_OPTIONS, QUERY_OPTIONS, SEARCH_GLOBAL, SEARCH_INDEX_FILE, type SearchDocument, type SearchIndexScript, type StoredFields} from '../../searchText';
import styles from './styles.module.css';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type Result = StoredFields & {id: number};

const MAX_RESULTS = 8;
let loaded: Promise<MiniSearch<SearchDocument>> | undefined;

/** Loads the index once per page load, with a script tag. */
function loadIndex(src: string): Promise<MiniSearch<SearchDocument>> {
  loaded ??= new Promise<MiniSearch<SearchDocument>>((resolve, reject) => {
    const fromGlobal = () => {
      const payload = (window as unknown as Record<string, SearchIndexScript | undefined>)[SEARCH_GLOBAL];
      if (!payload) return false;
      resolve(MiniSearch.loadJS<SearchDocument>(payload.index as never, INDEX_OPTIONS));
      return true;
    };
    if (fromGlobal()) return;
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => {
      if (!fromGlobal()) reject(new Error(`${src} did not define the search index`));
    };
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  }).catch((e: unknown) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}

export default function SearchBar() {
  const src = useBaseUrl(`/${SEARCH_INDEX_FILE}`);
  const history = useHistory();
  const listId = useId();
  const [status, setStatus] = useState<Status>('idle');
  const [index, setIndex] = useState<MiniSearch<SearchDocument>>();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const {selectMessage} = usePluralForm();

  const start = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    loadIndex(src).then(
      (mini) => {
        setIndex(mini);
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }, [src, status]);

  const results: Result[] = useMemo(() => {
    if (!index || !query.trim()) return [];
    return index.search(query, QUERY_OPTIONS).slice(0, MAX_RESULTS) as unknown as Result[];
  }, [index, query]);

  useEffect(() => setActive(0), [query]);

  const go = (r: Result | undefined) => {
    if (!r) return;
    setOpen(false);
    setQuery('');
    input.current?.blur();
    history.push(r.path);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(results[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.trim() !== '';
  const optionId = (i: number) => `${listId}-option-${i}`;
  let message = '';
  if (showList && status === 'loading') message = translate({id: 'usbSearch.loading', message: 'Loading the search index…', description: 'USB edition search: while the index loads'});
  else if (showList && status === 'error')
    message = translate({id: 'usbSearch.error', message: 'The search index could not be loaded. Is the file search-index.js still next to index.html?', description: 'USB edition search: index missing'});
  else if (showList && status === 'ready' && results.length === 0)
    message = translate({id: 'usbSearch.noResults', message: 'No page matches “{query}”.', description: 'USB edition search: nothing found'}, {query: query.trim()});

  return (
    <div className={styles.search} role="search">
      <input
        ref={input}
        type="search"
        className="navbar__search-input"
        placeholder={translate({id: 'usbSearch.placeholder', message: 'Search', description: 'USB edition search box placeholder'})}
        aria-label={translate({id: 'usbSearch.label', message: 'Search this site', description: 'USB edition search box label'})}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList && results.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          start();
          setOpen(true);
        }}
        onChange={(e) => {
          start();
          setQuery(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className={styles.results} hidden={!showList || results.length === 0}
        aria-label={translate({id: 'usbSearch.results', message: 'Search results', description: 'USB edition search: list of results'})}>
        {results.map((r, i) => (
          <li
            key={r.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={styles.result}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => go(r)}>
            <span className={styles.title}>{r.title}</span>
            {r.context && <span className={styles.context}>{r.context}</span>}
            {r.excerpt && <span className={styles.excerpt}>{r.excerpt}</span>}
          </li>
        ))}
      </ul>
      <p className={message ? styles.message : 'sr-only'} role="status" aria-live="polite">
        {message ||
          (showList && status === 'ready'
            ? selectMessage(
                results.length,
                translate({id: 'usbSearch.count', message: 'One result|{count} results', description: 'USB edition search: number of results, for screen readers (pluralized)'}, {count: String(results.length)}),
              )
            : '')}
      </p>
    </div>
  );
}
