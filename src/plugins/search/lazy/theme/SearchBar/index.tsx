/**
 * The navbar search box, loaded on demand (see ../../index.ts for why).
 *
 * Until the reader reaches for it, a plain input that looks like the real one. The real
 * SearchBar then replaces it and takes over what was typed and the focus. Written by hand:
 * the search plugin has no lazy mode.
 */
import React, {Suspense, lazy, useCallback, useEffect, useLayoutEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {guardFocus, isSearchShortcut} from './focus';
import {searchTypedTextWhenReady, typeInto} from './typedQuery';
import styles from './styles.module.css';

// The search plugin's own SearchBar, by its path: inside a theme plugin, `@theme-original`
// would be this file and `@theme-init` the classic theme's empty placeholder.
const RealSearchBar = lazy(() => import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar'));

// The navbar renders the search bar without props; any given are passed on.
type Props = Record<string, unknown>;

/** Came from a search result: the real bar highlights the searched terms in the page. */
const hasHighlightParam = (search: string): boolean => new URLSearchParams(search).has('_highlight');

export default function LazySearchBar(props: Props): React.ReactNode {
  const [wanted, setWanted] = useState(false);
  const [handedOver, setHandedOver] = useState(false);
  const placeholder = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const load = useCallback(() => setWanted(true), []);
  const handOver = useCallback(() => setHandedOver(true), []);
  const {search} = useLocation();

  useEffect(() => {
    if (hasHighlightParam(search)) load();
  }, [search, load]);

  useEffect(() => {
    if (handedOver) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      placeholder.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [handedOver]);

  // The placeholder stays until the real box is mounted beside it; the hand-over then removes
  // it before the browser paints, so the reader never sees two boxes nor loses the focus.
  return (
    <div ref={container} className={styles.slot}>
      {!handedOver && <PlaceholderBox inputRef={placeholder} onWant={load} />}
      {wanted && (
        <Suspense fallback={null}>
          <Handover container={container} placeholder={placeholder} onDone={handOver}>
            <RealSearchBar {...props} />
          </Handover>
        </Suspense>
      )}
    </div>
  );
}

type PlaceholderProps = {inputRef: React.RefObject<HTMLInputElement | null>; onWant: () => void};

function PlaceholderBox({inputRef, onWant}: PlaceholderProps): React.ReactNode {
  const label = translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
  return (
    <div className={clsx('navbar__search', styles.box)} data-search-placeholder>
      <svg aria-hidden="true" className={styles.icon} focusable="false" viewBox="0 0 16 16">
        <circle cx="6.5" cy="6.5" r="4.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="m10 10 4.8 4.8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        className={clsx('navbar__search-input', styles.input)}
        placeholder={label}
        aria-label={label}
        onFocus={onWant}
        onPointerEnter={onWant}
        onTouchStart={onWant}
      />
    </div>
  );
}

type HandoverProps = {
  container: React.RefObject<HTMLDivElement | null>;
  placeholder: React.RefObject<HTMLInputElement | null>;
  onDone: () => void;
  children: React.ReactNode;
};

/**
 * Runs once the real SearchBar is in the page, beside the placeholder. Its layout effect runs
 * before the SearchBar's own mount effect, which loads the index if its input has the focus:
 * so the focus is moved first. The text typed so far is put in afterwards: the SearchBar
 * empties its input on a timer set at mount (it syncs it with highlighted words), which must
 * have run first.
 */
function Handover({container, placeholder, onDone, children}: HandoverProps): React.ReactNode {
  const typed = useRef('');
  const real = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    const old = placeholder.current;
    const input = [...(container.current?.querySelectorAll<HTMLInputElement>('input.navbar__search-input') ?? [])].find((el) => el !== old);
    if (input) {
      real.current = input;
      typed.current = old?.value ?? '';
      if (old && document.activeElement === old) input.focus();
      guardFocus(input);
      searchTypedTextWhenReady(input);
    }
    onDone();
  }, [container, placeholder, onDone]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (real.current && typed.current && !real.current.value) typeInto(real.current, typed.current);
    });
    return () => window.clearTimeout(timer);
  }, []);
  return children;
}
