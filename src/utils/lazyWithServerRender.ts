/**
 * `React.lazy` for the browser, with the component rendered directly on the server.
 *
 * In the browser the component's code is its own chunk, loaded on first render. On the server a
 * lazy component that is not ready when React starts streaming is sent as a fallback plus an
 * inline script that swaps it in, which the Content-Security-Policy blocks; so the server bundle
 * loads the component at start-up (long before Docusaurus renders the first page) and callers
 * render `onServer()` as it is, without a Suspense boundary, when it returns one.
 */
import {lazy, type ComponentType, type LazyExoticComponent} from 'react';

export type LazyWithServerRender<P> = {
  /** For the browser: render inside <Suspense>. */
  Lazy: LazyExoticComponent<ComponentType<P>>;
  /** The loaded component on the server; null in the browser. */
  onServer: () => ComponentType<P> | null;
};

export function lazyWithServerRender<P extends object>(load: () => Promise<ComponentType<P>>): LazyWithServerRender<P> {
  let server: ComponentType<P> | null = null;
  if (typeof window === 'undefined') void load().then((component) => (server = component));
  return {Lazy: lazy(() => load().then((component) => ({default: component}))), onServer: () => server};
}
