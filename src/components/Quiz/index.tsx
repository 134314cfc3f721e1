/**
 * A quiz on a page, as an island: the server renders it whole (readable at once, in the
 * HTML), and its interactive code loads and takes over only when the reader scrolls near it.
 *
 * A module's quiz sits at the end of a long page. Loading and hydrating it with the rest of
 * the page would make every visitor's phone pay for it before the page responds, even those
 * who only read. So on the page the reader arrives on, the island first keeps the server's
 * HTML as it is (React does not hydrate inside an element rendered with
 * dangerouslySetInnerHTML), then renders the real quiz in its place when it comes within
 * about two screens of the viewport, or a few seconds after the page has loaded, whichever
 * comes first (so that a reader whose screen reader does not scroll the page still finds it
 * ready). The server HTML has the quiz's controls disabled (see QuizForm), so nothing can be
 * answered before the code that records it is there.
 *
 * Written by hand: Docusaurus has no partial hydration, and the libraries that did this
 * (react-lazy-hydration) predate React 18. A dehydrated Suspense boundary would not do: React
 * throws its server HTML away as soon as any context above it changes, which Docusaurus'
 * providers do right after hydration.
 */
import React, {Suspense, useEffect, useId, useRef, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import {lazyWithServerRender} from '../../utils/lazyWithServerRender';
import type {QuizProps} from './QuizForm';
import styles from './styles.module.css';

export type {QuizProps};

const QuizForm = lazyWithServerRender<QuizProps>(() => import('./QuizForm').then((m) => m.default));

// Set once the page the reader arrived on has hydrated. Islands rendered after that (the reader
// moved on within the app) have no server HTML to keep, and the page may still show the previous
// page's islands (same tree, same ids) while the next one renders: they load at once.
let arrivalHydrated = false;

/** The island's server-rendered HTML, when this render is the hydration of the arrival page. */
function serverHtmlOf(islandId: string): string | null {
  if (typeof window === 'undefined' || arrivalHydrated) return null;
  return document.querySelector(`[data-quiz-island="${CSS.escape(islandId)}"]`)?.innerHTML ?? null;
}

/** Calls `onNear` once the element comes within `margin` of the viewport; returns a cleanup. */
function observeNear(element: Element, onNear: () => void, margin = '150% 0px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      onNear();
    },
    {rootMargin: margin},
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** How long after the page's load event an island not yet scrolled near loads anyway. */
const LOAD_ANYWAY_AFTER_MS = 5000;

/** Calls `callback` once the page has loaded, `delay` has passed and the browser is idle. */
function afterLoadAndIdle(callback: () => void, delay: number): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  const start = () => {
    timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(callback);
      else callback();
    }, delay);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, {once: true});
  return () => {
    window.removeEventListener('load', start);
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

export default function Quiz(props: QuizProps): React.ReactNode {
  const islandId = useId();
  const [serverHtml] = useState(() => serverHtmlOf(islandId));
  const [near, setNear] = useState(serverHtml === null);
  const island = useRef<HTMLDivElement>(null);

  // Hydration renders every island of the page before any effect runs.
  useEffect(() => {
    arrivalHydrated = true;
  }, []);

  useEffect(() => {
    if (near || !island.current) return undefined;
    const load = () => setNear(true);
    const stopObserving = observeNear(island.current, load);
    const stopWaiting = afterLoadAndIdle(load, LOAD_ANYWAY_AFTER_MS);
    return () => {
      stopObserving();
      stopWaiting();
    };
  }, [near]);

  const ServerForm = QuizForm.onServer();
  if (ServerForm) {
    // No Suspense boundary on the server: React outlines a large boundary's content behind an
    // inline script even when nothing suspends, and the CSP blocks that script.
    return (
      <div className={styles.island} data-quiz-island={islandId}>
        <ServerForm {...props} />
      </div>
    );
  }
  if (!near && serverHtml !== null) {
    return <div ref={island} className={styles.island} data-quiz-island={islandId} dangerouslySetInnerHTML={{__html: serverHtml}} />;
  }
  const fallback =
    serverHtml !== null ? (
      <div dangerouslySetInnerHTML={{__html: serverHtml}} />
    ) : (
      <p aria-busy="true">{translate({id: 'quiz.loading', message: 'Loading the quiz…', description: 'Shown while the quiz code loads after moving to another page'})}</p>
    );
  return (
    <div ref={island} className={styles.island} data-quiz-island={islandId}>
      <Suspense fallback={fallback}>
        <QuizForm.Lazy {...props} />
      </Suspense>
    </div>
  );
}
