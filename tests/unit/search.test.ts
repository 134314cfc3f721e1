import {describe, expect, it} from 'vitest';
import {LAZY_SEARCH_BAR, LOCAL_SEARCH, selectSearch} from '../../src/plugins/search';

describe('selectSearch', () => {
  it('uses the local offline search when Algolia is not configured', () => {
    expect(selectSearch({})).toEqual({mode: 'local', themes: [LOCAL_SEARCH, LAZY_SEARCH_BAR]});
    expect(selectSearch({ALGOLIA_APP_ID: ' '})).toMatchObject({mode: 'local'});
  });

  it('uses Algolia DocSearch with contextual search when all three variables are set', () => {
    const setup = selectSearch({ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_API_KEY: 'key', ALGOLIA_INDEX_NAME: 'cmh'});
    expect(setup).toEqual({
      mode: 'algolia',
      themes: [],
      algolia: {appId: 'APP', apiKey: 'key', indexName: 'cmh', contextualSearch: true, searchPagePath: 'search'},
    });
  });

  it('refuses a half configuration, naming what is missing', () => {
    expect(() => selectSearch({ALGOLIA_APP_ID: 'APP'})).toThrow(/set ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME too/);
  });
});
