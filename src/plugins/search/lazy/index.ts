/**
 * Loads the local search box only when a reader reaches for it.
 *
 * @easyops-cn/docusaurus-search-local imports lunr, lunr-languages, mark.js and its
 * autocomplete code from its SearchBar, so every page would download and run about 22 KB
 * (gzip) of search code before anyone searches. This theme puts a look-alike box in the
 * navbar and swaps in the real SearchBar (a separate chunk) when the reader hovers, touches
 * or focuses it, presses Ctrl/⌘+K, or lands from a search result (highlighted terms).
 * Used with the local search only: Algolia's DocSearch already loads itself lazily, and the
 * USB edition has its own search.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function lazySearchBarPlugin(): Plugin<void> {
  return {
    name: 'cmh-lazy-search-bar',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
  };
}
