/**
 * Stands in for `prism-react-renderer` in the site's bundles (see ./index.ts): the same
 * Highlight component, loaded on first use.
 */
import React, {Suspense} from 'react';
import type {HighlightProps} from 'prism-react-renderer';
import {lazyWithServerRender} from '../../utils/lazyWithServerRender';

const RealHighlight = lazyWithServerRender<HighlightProps>(() => import('cmh-prism-react-renderer-real').then((m) => m.Highlight));

export function Highlight(props: HighlightProps): React.ReactNode {
  const Server = RealHighlight.onServer();
  if (Server) return <Server {...props} />;
  // Shown only in the browser, for the moment the chunk takes to load on a client-side visit
  // (server-rendered pages arrive highlighted): the code, unstyled.
  const fallback = (
    <pre>
      <code>{props.code}</code>
    </pre>
  );
  return (
    <Suspense fallback={fallback}>
      <RealHighlight.Lazy {...props} />
    </Suspense>
  );
}

/**
 * What the theme's client module hands to `prism-include-languages`, which changes it only
 * to add `prism.additionalLanguages` (refused by ./index.ts).
 */
export const Prism = {languages: {}};
