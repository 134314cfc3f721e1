/**
 * Chooses the site search at build time. In the USB edition (CMH_EDITION=usb), the
 * edition's own search (src/plugins/usb): an index emitted as a script, which loads
 * from file://, where neither the local search plugin (it cannot build with the hash
 * router) nor Algolia (it needs the network) works. Otherwise, by default: the local, offline search
 * (@easyops-cn/docusaurus-search-local), whose index is built with the site and
 * served by it, so searching sends nothing to anyone. When an operator sets all of
 * ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME, Algolia DocSearch
 * is used instead (contextual search per locale). Setting only some of them is a
 * configuration mistake and fails the build.
 */
import path from 'node:path';
import type {PluginConfig} from '@docusaurus/types';
import {selectEdition} from '../usb/edition';

export type SearchEnv = Partial<Record<'ALGOLIA_APP_ID' | 'ALGOLIA_SEARCH_API_KEY' | 'ALGOLIA_INDEX_NAME' | 'CMH_EDITION', string>>;

export type AlgoliaConfig = {appId: string; apiKey: string; indexName: string; contextualSearch: true; searchPagePath: string};

export type SearchSetup =
  | {mode: 'algolia'; algolia: AlgoliaConfig; themes: PluginConfig[]}
  | {mode: 'local'; algolia?: undefined; themes: PluginConfig[]}
  | {mode: 'usb'; algolia?: undefined; themes: PluginConfig[]};

const ALGOLIA_VARS = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

export const LOCAL_SEARCH: PluginConfig = [
  '@easyops-cn/docusaurus-search-local',
  {
    language: ['en', 'fr'],
    hashed: true,
    indexBlog: true,
    indexPages: false,
    docsRouteBasePath: '/',
    highlightSearchTermsOnTargetPage: true,
    explicitSearchResultPath: true,
    searchBarShortcutHint: false,
    // Edit distance 1 also makes accents optional: "retablissement" finds "rétablissement".
    fuzzyMatchingDistance: 1,
    // Interactive widgets are not reading matter: keep quiz items and progress counters out of results.
    ignoreCssSelectors: ['section[data-quiz]', '[data-testid="module-list"] > p', '[data-testid="prepost"]', '[data-testid="curriculum-progress"]'],
  },
];

/**
 * The USB edition's theme plugin: search box and index (see src/plugins/usb). Given as
 * a file path, so that Docusaurus loads it (and its dependencies) only in that edition.
 */
export const USB_SEARCH: PluginConfig = path.join(__dirname, '../usb/index.ts');

/** Loads LOCAL_SEARCH's search box on demand (see src/plugins/search/lazy); must come after it. */
export const LAZY_SEARCH_BAR: PluginConfig = path.join(__dirname, 'lazy/index.ts');

export function selectSearch(env: SearchEnv): SearchSetup {
  if (selectEdition(env) === 'usb') return {mode: 'usb', themes: [USB_SEARCH]};
  const set = ALGOLIA_VARS.filter((v) => env[v]?.trim());
  if (set.length === 0) return {mode: 'local', themes: [LOCAL_SEARCH, LAZY_SEARCH_BAR]};
  if (set.length < ALGOLIA_VARS.length) {
    const missing = ALGOLIA_VARS.filter((v) => !set.includes(v));
    throw new Error(`Algolia search is half configured: set ${missing.join(', ')} too, or unset ${set.join(', ')} to use the local search.`);
  }
  return {
    mode: 'algolia',
    themes: [],
    algolia: {
      appId: env.ALGOLIA_APP_ID!.trim(),
      apiKey: env.ALGOLIA_SEARCH_API_KEY!.trim(),
      indexName: env.ALGOLIA_INDEX_NAME!.trim(),
      contextualSearch: true,
      searchPagePath: 'search',
    },
  };
}
