// Helpers shared by the checks that read the built site (build/) as files: no server needed.
// Site paths resolve as static hosts serve a Docusaurus build without trailing slashes: the page
// /a/b is build/a/b.html (trailingSlash: false) or build/a/b/index.html (trailingSlash unset, the
// current config); the French site is build/fr/.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Parser} from 'htmlparser2';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD = path.resolve(process.env.BUILD_DIR ?? path.join(ROOT, 'build'));
export const LOCALES = /** @type {const} */ (['en', 'fr']);

/** Where the site is deployed, as docusaurus.config.ts reads it. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const BASE_URL = (() => {
  const b = process.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
})();

/**
 * Every file under a folder, as absolute paths, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function walk(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out.sort();
}

/**
 * Every HTML page of the build.
 * @param {string} [build]
 */
export function htmlFiles(build = BUILD) {
  return walk(build).filter((f) => f.endsWith('.html'));
}

/**
 * The locale a built file belongs to.
 * @param {string} file absolute path under the build folder
 * @param {string} [build]
 * @returns {'en' | 'fr'}
 */
export function localeOf(file, build = BUILD) {
  const rel = path.relative(build, file).split(path.sep);
  return rel[0] === 'fr' ? 'fr' : 'en';
}

/**
 * The site path (without base URL) a built HTML file is served at, as Docusaurus links to it:
 * build/index.html → /, build/fr/index.html → /fr/ (locale home), build/a/b.html → /a/b,
 * build/a/b/index.html → /a/b.
 * @param {string} file
 * @param {string} [build]
 */
export function pagePathOf(file, build = BUILD) {
  const rel = path.relative(build, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (/^[a-z]{2}\/index\.html$/.test(rel)) return `/${rel.slice(0, -'index.html'.length)}`;
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'/index.html'.length)}`;
  return `/${rel.replace(/\.html$/, '')}`;
}

/**
 * The build file that serves a site path (no base URL, no query, no hash), or null.
 * Follows what `docusaurus serve` and static hosts do (a file, then .html, then a folder index).
 * @param {string} sitePath decoded path starting with /
 * @param {string} [build]
 * @returns {string | null}
 */
export function fileForPath(sitePath, build = BUILD) {
  const clean = sitePath.replace(/\/+/g, '/');
  const base = path.join(build, ...clean.split('/').filter(Boolean));
  if (!path.resolve(base).startsWith(path.resolve(build))) return null;
  const candidates = clean.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Attributes that load or link something, per element. */
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/**
 * @typedef {{tag: string, attr: string, value: string, rel?: string, attrs: Record<string, string>}} UrlRef
 * @typedef {{ids: Set<string>, refs: UrlRef[], inlineScripts: string[], inlineStyles: string[], inlineHandlers: string[], metas: Record<string, string>[]}} ParsedPage
 */

/**
 * Parses an HTML string: element ids (and <a name>), every URL it references, inline scripts and styles.
 * @param {string} html
 * @returns {ParsedPage}
 */
export function parseHtml(html) {
  /** @type {ParsedPage} */
  const page = {ids: new Set(), refs: [], inlineScripts: [], inlineStyles: [], inlineHandlers: [], metas: []};
  /** @type {{tag: string, text: string, attrs: Record<string, string>} | null} */
  let raw = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) page.ids.add(attrs.id);
        if (name === 'a' && attrs.name) page.ids.add(attrs.name);
        if (name === 'meta') page.metas.push(attrs);
        for (const attr of Object.keys(attrs)) if (/^on[a-z]+$/.test(attr)) page.inlineHandlers.push(`<${name} ${attr}>`);
        const names = URL_ATTRIBUTES[/** @type {keyof typeof URL_ATTRIBUTES} */ (name)];
        for (const attr of names ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          if (attr === 'srcset') {
            for (const part of value.split(',')) {
              const url = part.trim().split(/\s+/)[0];
              if (url) page.refs.push({tag: name, attr, value: url, rel: attrs.rel, attrs});
            }
          } else page.refs.push({tag: name, attr, value, rel: attrs.rel, attrs});
        }
        if ((name === 'script' && !attrs.src) || name === 'style') raw = {tag: name, text: '', attrs};
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag(name) {
        if (raw && raw.tag === name) {
          const type = raw.attrs.type;
          if (name === 'style') page.inlineStyles.push(raw.text);
          else if (!type || /javascript|module/.test(type)) page.inlineScripts.push(raw.text);
          raw = null;
        }
      },
    },
    {decodeEntities: true, lowerCaseAttributeNames: true},
  );
  parser.write(html);
  parser.end();
  return page;
}

/** Cache of parsed pages by file. @type {Map<string, ParsedPage>} */
const parsed = new Map();

/**
 * Parsed content of a built HTML file (cached).
 * @param {string} file
 */
export function readPage(file) {
  let page = parsed.get(file);
  if (!page) {
    page = parseHtml(fs.readFileSync(file, 'utf8'));
    parsed.set(file, page);
  }
  return page;
}

/** Fails with a clear message when there is no build to check. */
export function requireBuild(build = BUILD) {
  if (!fs.existsSync(path.join(build, 'index.html'))) {
    console.error(`No built site in ${build}: run \`npm run build\` first.`);
    process.exit(2);
  }
}
