#!/usr/bin/env node
// Privacy: the built site loads nothing from another origin. Every built HTML page (both
// locales) is read; any script, stylesheet, image, font, media, frame, icon, manifest, preload or
// preconnect that points at an http(s) origin other than the site's own (SITE_URL) is reported,
// as is any url(http…) in the built CSS, in inline styles, and in web app manifests. Links in page
// text (<a href> to sources such as WHO) are allowed: nothing is fetched until a reader follows one.
//
// Usage: node scripts/check-third-party.mjs      exit 1 on any third-party resource
import fs from 'node:fs';
import path from 'node:path';
import {BUILD, htmlFiles, readPage, requireBuild, SITE_URL, walk} from './lib/site.mjs';

const OWN = new URL(SITE_URL).origin;

/** Link relations that make the browser fetch or connect to something. */
const FETCHING_RELS = /\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender)\b/;

/**
 * The third-party origin a URL loads from, or null (relative, same origin, data:, blob:…).
 * @param {string} value
 */
export function thirdPartyOrigin(value) {
  const v = value.trim();
  if (!/^(https?:)?\/\//i.test(v)) return null;
  const origin = new URL(v.startsWith('//') ? `https:${v}` : v).origin;
  return origin === OWN ? null : origin;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild();
  /** @type {string[]} */
  const found = [];
  let resources = 0;
  let textLinks = 0;
  const pages = htmlFiles();
  for (const file of pages) {
    const rel = path.relative(BUILD, file);
    for (const ref of readPage(file).refs) {
      if (ref.tag === 'a' || ref.tag === 'area' || ref.tag === 'form') {
        if (thirdPartyOrigin(ref.value)) textLinks++;
        continue;
      }
      if (ref.tag === 'link' && !FETCHING_RELS.test(ref.rel ?? '')) continue; // canonical, alternate: not fetched
      resources++;
      const origin = thirdPartyOrigin(ref.value);
      if (origin) found.push(`${rel}: <${ref.tag} ${ref.attr}="${ref.value}">`);
    }
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) {
      if (thirdPartyOrigin(m[1])) found.push(`${rel}: inline style url(${m[1]})`);
    }
  }
  let stylesheets = 0;
  let manifests = 0;
  for (const file of walk(BUILD)) {
    const rel = path.relative(BUILD, file);
    if (file.endsWith('.css')) {
      stylesheets++;
      const css = fs.readFileSync(file, 'utf8');
      for (const m of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) {
        if (thirdPartyOrigin(m[1])) found.push(`${rel}: ${m[0]}`);
      }
    } else if (/(manifest\.json|\.webmanifest)$/.test(file)) {
      manifests++;
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const icon of [...(manifest.icons ?? []), ...(manifest.screenshots ?? [])]) {
        if (icon.src && thirdPartyOrigin(icon.src)) found.push(`${rel}: icon ${icon.src}`);
      }
    }
  }
  console.log(
    `Third-party scan: ${pages.length} pages, ${resources} resource references, ${stylesheets} stylesheets, ${manifests} manifests — ` +
      `${found.length} loaded from another origin (links in text to other sites, not loaded: ${textLinks})`,
  );
  for (const f of found.slice(0, 50)) console.log(`  ✗ ${f}`);
  process.exit(found.length ? 1 : 0);
}
