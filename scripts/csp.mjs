#!/usr/bin/env node
// Content-Security-Policy from the built site (`npm run csp`, after `npm run build`).
//
// The policy allows the site's own origin only. Docusaurus inlines a colour-mode script in every
// page (it must run before first paint); its SHA-256 hash is computed here from the built HTML and
// added to script-src, instead of 'unsafe-inline'. docusaurus.config.ts keeps that script the same
// for every SITE_URL/BASE_URL (fixed storage namespace, no base-URL banner), so the committed hash
// holds for any deployment. Styles allow 'unsafe-inline' because KaTeX and React's server rendering put
// style="" attributes in the HTML (CSS only: scripts stay locked to 'self' and the hashes).
//
//   node scripts/csp.mjs            write the policy into static/_headers, build/_headers (and
//                                   build/fr/_headers) and scripts/deploy/nginx.conf
//   node scripts/csp.mjs --check    exit 1 if build/_headers does not allow every inline script
//                                   of the build (then run `npm run csp` and commit)
//   node scripts/csp.mjs --meta     also put the policy in a <meta http-equiv> in every built page,
//                                   for hosts that cannot send headers (GitHub Pages); frame-ancestors
//                                   is left out there, since browsers ignore it in a meta tag
//
// Environment, read at the same time as the build's:
//   ALGOLIA_APP_ID           adds Algolia DocSearch's origins for that application to connect-src
//   CSP_CONNECT_SRC          extra origins for connect-src, space-separated
//   CSP_IMG_SRC              extra origins for img-src, space-separated
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {BUILD, htmlFiles, readPage, requireBuild, ROOT} from './lib/site.mjs';

const HEADERS_FILES = [path.join(ROOT, 'static/_headers')];
const NGINX = path.join(ROOT, 'scripts/deploy/nginx.conf');

/**
 * CSP source expression of an inline script.
 * @param {string} text the script's text exactly as in the HTML
 */
export const scriptHash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** @param {string | undefined} value */
const origins = (value) => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * Origins Algolia DocSearch queries for an application id (search and its fallback hosts).
 * @param {string} appId
 */
export function algoliaOrigins(appId) {
  const id = appId.toLowerCase();
  return [`https://${id}-dsn.algolia.net`, `https://${id}.algolia.net`, ...[1, 2, 3].map((n) => `https://${id}-${n}.algolianet.com`)];
}

/**
 * The policy, as an ordered list of directives.
 * @param {{hashes: string[], env?: Record<string, string | undefined>, meta?: boolean}} options
 * @returns {string}
 */
export function buildPolicy({hashes, env = process.env, meta = false}) {
  const connect = ["'self'", ...(env.ALGOLIA_APP_ID ? algoliaOrigins(env.ALGOLIA_APP_ID) : []), ...origins(env.CSP_CONNECT_SRC)];
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...hashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', ...origins(env.CSP_IMG_SRC)]],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ...(meta ? [] : /** @type {[string, string[]][]} */ ([['frame-ancestors', ["'none'"]]])),
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

/** Every distinct inline script of the build, with the pages that have it. */
function inlineScripts() {
  /** @type {Map<string, number>} */
  const scripts = new Map();
  const handlers = [];
  for (const file of htmlFiles()) {
    const page = readPage(file);
    for (const s of page.inlineScripts) scripts.set(s, (scripts.get(s) ?? 0) + 1);
    for (const h of page.inlineHandlers) handlers.push(`${path.relative(BUILD, file)}: ${h}`);
  }
  return {scripts, handlers};
}

/**
 * Replaces the CSP of a _headers file or an nginx config.
 * @param {string} text
 * @param {string} policy
 */
export function replacePolicy(text, policy) {
  return text
    .replace(/^(\s*)Content-Security-Policy:.*$/gm, `$1Content-Security-Policy: ${policy}`)
    .replace(/^(\s*)add_header Content-Security-Policy ".*?"( always)?;$/gm, `$1add_header Content-Security-Policy "${policy}"$2;`);
}

/** The policy currently in a _headers file, or null. @param {string} file */
function policyIn(file) {
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').match(/^\s*Content-Security-Policy:\s*(.*)$/m)?.[1]?.trim() ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild();
  const args = process.argv.slice(2);
  const {scripts, handlers} = inlineScripts();
  const hashes = [...scripts.keys()].map(scriptHash);
  const policy = buildPolicy({hashes});
  const pages = htmlFiles().length;
  console.log(
    `CSP: ${pages} pages, ${scripts.size} distinct inline scripts (${[...scripts.values()].join(' + ')} occurrences) → ${hashes.length} hashes in script-src` +
      `${process.env.ALGOLIA_APP_ID ? `, Algolia origins for ${process.env.ALGOLIA_APP_ID}` : ''}`,
  );
  if (handlers.length) {
    console.log(`  ✗ inline event handlers need 'unsafe-hashes'; move them into scripts: ${handlers.slice(0, 5).join(', ')}`);
    process.exit(1);
  }

  if (args.includes('--check')) {
    const current = policyIn(path.join(BUILD, '_headers'));
    const missing = current === null ? hashes : hashes.filter((h) => !current.includes(h));
    if (missing.length) {
      console.log(`  ✗ build/_headers does not allow ${missing.length} inline script(s) of this build: run \`npm run csp\` (and commit static/_headers and scripts/deploy/nginx.conf).`);
      process.exit(1);
    }
    console.log('  build/_headers allows every inline script of the build');
    process.exit(0);
  }

  for (const file of [...HEADERS_FILES, NGINX]) {
    const before = fs.readFileSync(file, 'utf8');
    const after = replacePolicy(before, policy);
    if (after !== before) fs.writeFileSync(file, after);
    console.log(`  ${after !== before ? 'updated' : 'unchanged'} ${path.relative(ROOT, file)}`);
  }
  // The build's copies of static/_headers (Docusaurus copies static/ into each locale's folder).
  const headers = fs.readFileSync(/** @type {string} */ (HEADERS_FILES[0]), 'utf8');
  for (const dir of [BUILD, path.join(BUILD, 'fr')].filter((d) => fs.existsSync(d))) {
    fs.writeFileSync(path.join(dir, '_headers'), headers);
    console.log(`  wrote ${path.relative(ROOT, path.join(dir, '_headers'))}`);
  }

  if (args.includes('--meta')) {
    const metaPolicy = buildPolicy({hashes, meta: true});
    const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">`;
    let changed = 0;
    for (const file of htmlFiles()) {
      const html = fs.readFileSync(file, 'utf8');
      const without = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
      // Right after <head> (and its charset meta, which must come first), before any script.
      const withMeta = without.replace(/(<head[^>]*>\s*(?:<meta charset=[^>]*>)?)/i, `$1${tag}`);
      if (withMeta !== html) {
        fs.writeFileSync(file, withMeta);
        changed++;
      }
    }
    console.log(`  <meta http-equiv="Content-Security-Policy"> in ${changed} pages`);
  }
  console.log(`  policy: ${policy}`);
}
