/**
 * Text processing shared by the USB edition's search index (built in Node at build
 * time, src/plugins/usb/searchIndex.ts) and its search box (run in the browser,
 * src/plugins/usb/theme/SearchBar). Both sides must process words identically, so
 * the options live here and nowhere else.
 *
 * Matching is accent- and case-insensitive: "retablissement", "Rétablissement" and
 * "RÉTABLISSEMENT" are the same word. Words are split on spaces and punctuation
 * (MiniSearch's default tokenizer), so "pair-aidance" is "pair" + "aidance" and the
 * French elisions "l'évaluation" / "d’un" lose their article.
 */
import type {Options, SearchOptions} from 'minisearch';

/** A page of the site as indexed: one document per docs page or blog post. */
export type SearchDocument = {
  id: number;
  title: string;
  /** Headings of the page (h2–h6), space-separated. */
  headings: string;
  /** The readable text of the page. */
  text: string;
  /** Locale-free site path, e.g. `/framework/theory/definitions`. */
  path: string;
  /** Where the page sits: its sidebar categories, or "Blog". */
  context: string;
  /** One or two sentences shown under the result. */
  excerpt: string;
};

export type StoredFields = Pick<SearchDocument, 'title' | 'path' | 'context' | 'excerpt'>;

/** What `search-index.js` assigns to `window[SEARCH_GLOBAL]`. */
export type SearchIndexScript = {
  locale: string;
  /** `JSON.parse(JSON.stringify(miniSearch))`, for `MiniSearch.loadJS`. */
  index: unknown;
};

export const SEARCH_GLOBAL = '__CMH_SEARCH_INDEX__';
export const SEARCH_INDEX_FILE = 'search-index.js';

/**
 * Lower case without diacritics: NFD splits "é" into "e" + a combining accent,
 * which is then removed; the ligatures œ and æ, which NFD leaves whole, are spelt out.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Words too common to help, in both languages (already normalised). */
export const STOP_WORDS = new Set([
  // English
  'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'with',
  // French
  'au', 'aux', 'avec', 'ce', 'ces', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et', 'il', 'ils', 'la', 'le', 'les', 'leur', 'leurs', 'ne', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'se', 'ses', 'son', 'sont', 'sur', 'un', 'une',
]);

/** One word as indexed and as searched: normalised, or dropped (one letter, stop word). */
export function processTerm(term: string): string | null {
  const t = normalizeForSearch(term);
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

/** Index options: identical at build time and when the browser loads the index. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: ['title', 'headings', 'text'],
  storeFields: ['title', 'path', 'context', 'excerpt'],
  processTerm,
};

/**
 * Query options: every word must match (as in the online search); the last word
 * may be the start of a word (search as you type); words of five letters or more
 * tolerate one typo (the online search's fuzzy distance). Titles weigh most.
 */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  boost: {title: 4, headings: 2},
};
