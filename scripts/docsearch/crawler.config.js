/**
 * Algolia DocSearch crawler configuration for this site (paste into the Algolia
 * Crawler editor). Only needed when the site is built with ALGOLIA_APP_ID,
 * ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME; otherwise the built-in offline
 * search is used and nothing is sent to Algolia.
 *
 * Records carry the page language (from Docusaurus' `docusaurus_locale` meta tag),
 * so that the contextual search of the English site returns English pages and the
 * French site French pages. Replace SITE_URL, APP_ID, API_KEY and INDEX_NAME.
 */
new Crawler({
  appId: 'APP_ID',
  apiKey: 'API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: ['https://SITE_URL/', 'https://SITE_URL/fr/'],
  sitemaps: ['https://SITE_URL/sitemap.xml', 'https://SITE_URL/fr/sitemap.xml'],
  ignoreCanonicalTo: true,
  discoveryPatterns: ['https://SITE_URL/**'],
  // Quiz trainer views (projector, print, answer key) are not reading material.
  exclusionPatterns: ['https://SITE_URL/**/quizzes/**', 'https://SITE_URL/**/search**'],
  actions: [
    {
      indexName: 'INDEX_NAME',
      pathsToMatch: ['https://SITE_URL/**'],
      recordExtractor: ({$, helpers}) => {
        const lvl0 =
          $('.menu__link.menu__link--sublist.menu__link--active, .navbar__item.navbar__link--active').last().text() || 'Documentation';
        return helpers.docsearch({
          recordProps: {
            lvl0: {selectors: '', defaultValue: lvl0},
            lvl1: ['header h1', 'article h1'],
            lvl2: 'article h2',
            lvl3: 'article h3',
            lvl4: 'article h4',
            lvl5: 'article h5, article td:first-child',
            lvl6: 'article h6',
            content: 'article p, article li, article td:last-child',
            language: {selectors: 'meta[name="docusaurus_locale"]@content', defaultValue: 'en'},
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: 'v3',
        });
      },
    },
  ],
  initialIndexSettings: {
    INDEX_NAME: {
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      minWordSizefor1Typo: 3,
      minWordSizefor2Typos: 7,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      // French and English: accents never matter.
      indexLanguages: ['en', 'fr'],
      queryLanguages: ['en', 'fr'],
    },
  },
});
