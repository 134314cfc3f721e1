/**
 * Stands in for `prism-react-renderer` in the site's bundles (see ./index.ts): the same
 * Highlight component, loaded on first use.
 */
import React, {Suspense, lazy} from 'react';
import type {HighlightProps} from 'prism-react-renderer';

const load = () => import('cmh-prism-react-renderer-real');
const RealHighlight = lazy(() => load().then((m) => ({default: m.Highlight})));

// On the server, rendered directly once loaded (at start-up): a lazy component that is not
// ready when React starts streaming is sent with an inline script, which the CSP blocks.
let serverHighlight: React.ComponentType<HighlightProps> | null = null;
if (typeof window === 'undefined') void load().then((m) => (serverHighlight = m.Highlight));

export function Highlight(props: HighlightProps): React.ReactNode {
  if (serverHighlight) {
    const Server = serverHighlight;
    return <Server {...props} />;
  }
  // Shown only in the browser, for the moment the chunk takes to load on a client-side visit
  // (server-rendered pages arrive highlighted): the code, unstyled.
  const fallback = (
    <pre>
      <code>{props.code}</code>
    </pre>
  );
  return (
    <Suspense fallback={fallback}>
      <RealHighlight {...props} />
    </Suspense>
  );
}

/**
 * What the theme's client module hands to `prism-include-languages`, which changes it only
 * to add `prism.additionalLanguages` (refused by ./index.ts).
 */
export const Prism = {languages: {}};
