/**
 * Chooses the site search at build time. By default: the local, offline search
 * (@easyops-cn/docusaurus-search-local), whose index is built with the site and
 * served by it, so searching sends nothing to anyone. When an operator sets all of
 * ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME, Algolia DocSearch
 * is used instead (contextual search per locale). Setting only some of them is a
 * configuration mistake and fails the build.
 */
import type {PluginConfig} from '@docusaurus/types';

export type SearchEnv = Partial<Record<'ALGOLIA_APP_ID' | 'ALGOLIA_SEARCH_API_KEY' | 'ALGOLIA_INDEX_NAME', string>>;

export type AlgoliaConfig = {appId: string; apiKey: string; indexName: string; contextualSearch: true; searchPagePath: string};

export type SearchSetup =
  | {mode: 'algolia'; algolia: AlgoliaConfig; themes: PluginConfig[]}
  | {mode: 'local'; algolia?: undefined; themes: PluginConfig[]};

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

export function selectSearch(env: SearchEnv): SearchSetup {
  const set = ALGOLIA_VARS.filter((v) => env[v]?.trim());
  if (set.length === 0) return {mode: 'local', themes: [LOCAL_SEARCH]};
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
