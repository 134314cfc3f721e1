/**
 * Page code is fetched when a reader shows the intent to follow a link, not whenever a link
 * scrolls into view.
 *
 * Docusaurus' Link prefetches the code of every internal link that enters the viewport: on a
 * module page the sidebar alone makes that 12 to 15 pages, about 200 KB, downloaded on every
 * visit whether or not the reader goes there, and looking them up and adding their <link>
 * tags keeps a cheap phone's main thread busy while the page becomes interactive. For field
 * teams paying for each megabyte, that is the wrong trade. Link still preloads a page's code
 * when the pointer rests on it or a finger touches it (`preload`), so following a link stays
 * quick; a reader who wants everything ahead of time makes the site available offline.
 *
 * Docusaurus has no option for this (Link calls `window.docusaurus.prefetch`, which only
 * backs off on 2G or Save-Data), so this client module replaces that one function. The
 * client entry sets `window.docusaurus` after client modules have run, in the same task:
 * the swap waits for the next microtask.
 */
type DocusaurusGlobal = {prefetch: (routePath: string) => false | Promise<void[]>; preload: (routePath: string) => false | Promise<void[]>};

export function intentOnly(docusaurus: DocusaurusGlobal): DocusaurusGlobal {
  return Object.freeze({...docusaurus, prefetch: () => false as const});
}

if (typeof window !== 'undefined') {
  queueMicrotask(() => {
    const current = (window as unknown as {docusaurus?: DocusaurusGlobal}).docusaurus;
    if (current) (window as unknown as {docusaurus: DocusaurusGlobal}).docusaurus = intentOnly(current);
  });
}
