#!/usr/bin/env node
// Link checker for the built site, both locales, from the files in build/ (no server).
//
// Every HTML page is read; every URL it references (links, stylesheets, scripts, images, feeds,
// canonical and hreflang alternates, srcset) is resolved the way a static host serves the build
// (/a/b → build/a/b.html or build/a/b/index.html, files as they are).
// Fragments (#id) must name an element of the target page; downloads (links to non-HTML files)
// must exist under build/; url(...) in the built CSS and every sitemap <loc> must resolve.
// External links are counted, not fetched (the site must work without the network).
//
// Usage: node scripts/check-links.mjs [--verbose]      exit 1 on any broken link
import fs from 'node:fs';
import path from 'node:path';
import {BASE_URL, BUILD, fileForPath, htmlFiles, localeOf, pagePathOf, readPage, requireBuild, SITE_URL, walk} from './lib/site.mjs';

const verbose = process.argv.includes('--verbose');
const SKIP_SCHEMES = /^(mailto|tel|sms|javascript|data|blob|about):/i;
const ORIGIN = new URL(SITE_URL).origin;

/** @param {string} sitePath */
const absolute = (sitePath) => `${ORIGIN}${BASE_URL}${sitePath.replace(/^\//, '')}`;

/**
 * Resolves a URL found in a page or stylesheet to a build file.
 * @param {string} value the attribute value
 * @param {string} fromUrl absolute URL of the referencing document
 * @returns {{kind: 'skip'} | {kind: 'external', origin: string} | {kind: 'internal', file: string | null, sitePath: string, hash: string}}
 */
function resolve(value, fromUrl) {
  const trimmed = value.trim();
  if (!trimmed || SKIP_SCHEMES.test(trimmed)) return {kind: 'skip'};
  let url;
  try {
    url = new URL(trimmed, fromUrl);
  } catch {
    return {kind: 'internal', file: null, sitePath: trimmed, hash: ''};
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return {kind: 'skip'};
  if (url.origin !== ORIGIN) return {kind: 'external', origin: url.origin};
  const base = BASE_URL.replace(/\/$/, '');
  if (url.pathname !== base && !url.pathname.startsWith(BASE_URL)) return {kind: 'internal', file: null, sitePath: url.pathname, hash: url.hash};
  let sitePath = `/${url.pathname.slice(BASE_URL.length)}`;
  try {
    sitePath = decodeURIComponent(sitePath);
  } catch {
    // keep it encoded: it will not resolve and is reported
  }
  return {kind: 'internal', file: fileForPath(sitePath), sitePath, hash: url.hash};
}

requireBuild();
const started = Date.now();
const pages = htmlFiles();
/** @type {{from: string, href: string, reason: string}[]} */
const broken = [];
const counts = {pages: 0, anchors: 0, downloads: 0, assets: 0, feeds: 0, alternates: 0, total: 0, cssUrls: 0, sitemap: 0, external: 0};
/** @type {Map<string, number>} */
const externalOrigins = new Map();
const distinct = new Set();
/** Page graph for reachability: file → linked HTML files. @type {Map<string, Set<string>>} */
const graph = new Map();
const perLocale = {en: 0, fr: 0};

for (const file of pages) {
  const pagePath = pagePathOf(file);
  const fromUrl = absolute(pagePath);
  const from = path.relative(BUILD, file);
  perLocale[localeOf(file)]++;
  const edges = new Set();
  graph.set(file, edges);
  for (const ref of readPage(file).refs) {
    if (ref.tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(ref.rel ?? '')) continue;
    const r = resolve(ref.value, fromUrl);
    if (r.kind === 'skip') continue;
    counts.total++;
    if (r.kind === 'external') {
      counts.external++;
      externalOrigins.set(r.origin, (externalOrigins.get(r.origin) ?? 0) + 1);
      continue;
    }
    distinct.add(r.sitePath + r.hash);
    if (!r.file) {
      broken.push({from, href: ref.value, reason: `no file for ${r.sitePath}`});
      continue;
    }
    const isHtml = r.file.endsWith('.html');
    if (ref.tag === 'link' && /\balternate\b/.test(ref.rel ?? '')) isHtml ? counts.alternates++ : counts.feeds++;
    else if (ref.tag === 'link' && /\bcanonical\b/.test(ref.rel ?? '')) counts.alternates++;
    else if (ref.tag === 'a' && isHtml) counts.pages++;
    else if (ref.tag === 'a') counts.downloads++;
    else counts.assets++;
    if (ref.tag === 'a' && isHtml) edges.add(r.file);
    if (r.hash && r.hash !== '#' && isHtml) {
      let id = r.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // compare as written
      }
      counts.anchors++;
      if (id !== 'top' && !readPage(r.file).ids.has(id)) {
        broken.push({from, href: ref.value, reason: `no element with id="${id}" in ${path.relative(BUILD, r.file)}`});
      }
    }
  }
}

// url(...) in the built stylesheets (fonts, images), relative to each stylesheet.
for (const css of walk(BUILD).filter((f) => f.endsWith('.css'))) {
  const text = fs.readFileSync(css, 'utf8');
  const cssUrl = absolute(`/${path.relative(BUILD, css).split(path.sep).join('/')}`);
  for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const r = resolve(m[2], cssUrl);
    if (r.kind === 'skip' || (r.kind === 'internal' && r.sitePath.startsWith('#'))) continue;
    counts.total++;
    if (r.kind === 'external') {
      counts.external++;
      externalOrigins.set(r.origin, (externalOrigins.get(r.origin) ?? 0) + 1);
      continue;
    }
    counts.cssUrls++;
    if (!r.file) broken.push({from: path.relative(BUILD, css), href: m[2], reason: `no file for ${r.sitePath}`});
  }
}

// Every sitemap entry of each locale is a page of the build.
for (const sitemap of walk(BUILD).filter((f) => path.basename(f) === 'sitemap.xml')) {
  const xml = fs.readFileSync(sitemap, 'utf8');
  for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    counts.sitemap++;
    counts.total++;
    const r = resolve(m[1], SITE_URL);
    if (r.kind !== 'internal' || !r.file?.endsWith('.html')) broken.push({from: path.relative(BUILD, sitemap), href: m[1], reason: 'sitemap entry is not a page of this build'});
  }
}

// Reachability from each locale's home page, following <a href> only (informative).
const homes = [fileForPath('/'), fileForPath('/fr/')].filter((f) => f !== null);
const seen = new Set(homes);
const queue = [...homes];
while (queue.length) {
  for (const next of graph.get(/** @type {string} */ (queue.pop())) ?? []) {
    if (!seen.has(next)) {
      seen.add(next);
      queue.push(next);
    }
  }
}
const unreachable = pages.filter((f) => !seen.has(f) && !/(^|\/)404\.html$/.test(f));

const n = (x) => x.toLocaleString('en');
console.log(`Links: ${n(pages.length)} pages read (en ${perLocale.en}, fr ${perLocale.fr}), ${n(counts.total)} references checked, ${n(distinct.size)} distinct internal targets`);
console.log(`  links to pages ${n(counts.pages)} (anchors verified ${n(counts.anchors)}), downloads ${n(counts.downloads)}, assets ${n(counts.assets)}, feeds ${n(counts.feeds)}, canonical/hreflang ${n(counts.alternates)}, CSS url() ${n(counts.cssUrls)}, sitemap entries ${n(counts.sitemap)}`);
console.log(`  external links (counted, not fetched): ${n(counts.external)} to ${externalOrigins.size} origins${verbose ? `: ${[...externalOrigins.keys()].join(', ')}` : ''}`);
console.log(`  pages reachable by links from / and /fr/: ${n(seen.size)} of ${n(pages.length)}${unreachable.length ? ` (not linked from any page: ${unreachable.slice(0, 8).map((f) => pagePathOf(f)).join(', ')}${unreachable.length > 8 ? ', …' : ''})` : ''}`);
console.log(`  broken: ${broken.length}   (${Date.now() - started} ms)`);
if (broken.length) {
  const shown = verbose ? broken : broken.slice(0, 50);
  for (const b of shown) console.log(`  ✗ ${b.from}: ${b.href} — ${b.reason}`);
  if (shown.length < broken.length) console.log(`  … and ${broken.length - shown.length} more (--verbose lists all)`);
  process.exit(1);
}
