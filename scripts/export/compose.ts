/** Builds the single HTML document that Chromium prints as one PDF. */

export type Chapter = {id: string; title: string; html: string};

export type Book = {
  locale: string;
  css: string;
  hub: string;
  title: string;
  subtitle: string;
  contentsLabel: string;
  edition: string;
  sourcesNote: string;
  /** Site URL with locale prefix, printed on the cover. */
  siteUrl: string;
  chapters: Chapter[];
  /** Locale-prefixed site path → chapter id, for links that stay inside the PDF. */
  pathToChapter: Map<string, string>;
  trainer: boolean;
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Rewrites a site link: to a chapter of this book it becomes an internal PDF link
 * (`#ch3` or `#ch3--heading`); to any other page of the site it becomes an absolute
 * URL of the online site.
 */
export function rewriteHref(href: string, pathToChapter: Map<string, string>, siteOrigin: string): string {
  if (!href.startsWith('/')) return href;
  const [pathname = '', hash] = href.split('#');
  const clean = pathname.replace(/\/$/, '') || '/';
  const chapter = pathToChapter.get(clean);
  if (chapter) return hash ? `#${chapter}--${hash}` : `#${chapter}`;
  return `${siteOrigin}${href}`;
}

export function rewriteLinks(html: string, pathToChapter: Map<string, string>, siteOrigin: string): string {
  return html.replace(/href="([^"]*)"/g, (_, href: string) => `href="${escapeHtml(rewriteHref(href.replace(/&amp;/g, '&'), pathToChapter, siteOrigin))}"`);
}

const BOOK_CSS = `
  @page { size: A4; }
  html, body { background: #fff; }
  body { font-size: 11pt; }
  .cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
  .cover .hub { text-transform: uppercase; letter-spacing: 0.1em; color: #144a5c; font-weight: 700; }
  .cover h1 { font-size: 26pt; margin: 1rem 0; }
  .cover .subtitle { font-size: 16pt; }
  .cover .meta { margin-top: 3rem; font-size: 10pt; color: #333; }
  .toc { break-after: page; }
  .toc ol { font-size: 11pt; line-height: 1.9; }
  .toc a { color: inherit; text-decoration: none; }
  .chapter { break-before: page; }
  .chapter > h1 { font-size: 20pt; border-bottom: 2px solid #1d6a83; padding-bottom: 0.3rem; }
  .markdown a[href^="http"]::after { content: none; }
  table { font-size: 9.5pt; }
  button { display: none !important; }
`;

/** The whole book as one HTML document: cover, table of contents, one chapter per page of the site. */
export function composeBook(book: Book): string {
  const siteOrigin = new URL(book.siteUrl).origin;
  const toc = book.chapters.map((c) => `<li><a href="#${c.id}">${escapeHtml(c.title)}</a></li>`).join('\n');
  const chapters = book.chapters
    .map((c) => `<section class="chapter" id="${c.id}"><h1>${escapeHtml(c.title)}</h1>${rewriteLinks(c.html, book.pathToChapter, siteOrigin)}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${book.locale}" data-theme="light" data-trainer-view="${book.trainer ? 'on' : 'off'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(book.subtitle ? `${book.title} — ${book.subtitle}` : book.title)}</title>
<link rel="stylesheet" href="${book.css}">
<style>${BOOK_CSS}</style>
</head>
<body>
<section class="cover">
  <p class="hub">${escapeHtml(book.hub)}</p>
  <h1>${escapeHtml(book.title)}</h1>
  ${book.subtitle ? `<p class="subtitle">${escapeHtml(book.subtitle)}</p>` : ''}
  <p class="meta">${escapeHtml(book.edition)}<br>${escapeHtml(book.siteUrl)}<br>${escapeHtml(book.sourcesNote)}</p>
</section>
<nav class="toc"><h2>${escapeHtml(book.contentsLabel)}</h2><ol>${toc}</ol></nav>
<main>${chapters}</main>
</body>
</html>`;
}
