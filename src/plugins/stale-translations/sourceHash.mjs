// Which English version a French page translates, and whether that English page changed since.
//
// Each French doc and blog post records, in its front matter, `source_hash: <12 hex>`: the first
// 12 hex characters of the SHA-256 of its English source file's content (line endings
// normalised to \n, so a checkout with CRLF gives the same hash). When the English file changes,
// its hash no longer matches: the French page is stale until a translator updates it and
// stamps the new hash (`node scripts/translation-hashes.mjs --write <file>`).
//
// Plain JavaScript (typed with JSDoc) so that both the Docusaurus plugin (TypeScript) and the
// command-line script (Node 20, no TypeScript loader) use the same code.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const HASH_LENGTH = 12;
export const FIELD = 'source_hash';

/** English content folders and their French mirrors, relative to the site folder. */
export const MIRRORS = /** @type {const} */ ([
  {kind: 'docs', en: 'docs', fr: 'i18n/fr/docusaurus-plugin-content-docs/current'},
  {kind: 'blog', en: 'blog', fr: 'i18n/fr/docusaurus-plugin-content-blog'},
]);

/**
 * The hash a French page records for its English source.
 * @param {string | Buffer} content the English file's content
 * @returns {string}
 */
export function sourceHash(content) {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  return crypto.createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const FIELD_LINE = new RegExp(`^${FIELD}:[ \\t]*['"]?([0-9a-fA-F]*)['"]?[ \\t]*$`, 'm');

/**
 * The source hash recorded in a French page's front matter, or null.
 * @param {string} text
 * @returns {string | null}
 */
export function readSourceHash(text) {
  const fm = text.match(FRONT_MATTER);
  if (!fm) return null;
  const m = fm[1]?.match(FIELD_LINE);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/**
 * The page with `source_hash: <hash>` in its front matter (replaced if present, added last if
 * not; a front matter block is created when the page has none). Nothing else changes.
 * @param {string} text
 * @param {string} hash
 * @returns {string}
 */
export function writeSourceHash(text, hash) {
  const line = `${FIELD}: ${hash}`;
  const fm = text.match(FRONT_MATTER);
  if (!fm) return `---\n${line}\n---\n${text}`;
  const body = fm[1] ?? '';
  const eol = fm[0].includes('\r\n') ? '\r\n' : '\n';
  const newBody = FIELD_LINE.test(body) ? body.replace(FIELD_LINE, line) : body ? `${body}${eol}${line}` : line;
  return `---${eol}${newBody}${eol}---${eol}${text.slice(fm[0].length)}`;
}

/**
 * @typedef {'current' | 'stale' | 'unstamped' | 'orphan'} TranslationState
 * - current: the recorded hash is the English file's hash
 * - stale: the English file changed since the French page was stamped
 * - unstamped: the French page records no hash (state unknown)
 * - orphan: the French page has no English source
 */

/**
 * State of one translation.
 * @param {string | null} englishText the English source, or null if it does not exist
 * @param {string} frenchText
 * @returns {{state: TranslationState, recorded: string | null, current: string | null}}
 */
export function translationState(englishText, frenchText) {
  const recorded = readSourceHash(frenchText);
  if (englishText === null) return {state: 'orphan', recorded, current: null};
  const current = sourceHash(englishText);
  if (!recorded) return {state: 'unstamped', recorded, current};
  return {state: recorded === current ? 'current' : 'stale', recorded, current};
}

/**
 * Markdown and MDX files under a folder, relative paths with /.
 * @param {string} dir
 * @returns {string[]}
 */
function contentFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(e.name)) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * @typedef {{kind: 'docs' | 'blog', rel: string, enFile: string, frFile: string, state: TranslationState, recorded: string | null, current: string | null}} TranslationEntry
 */

/**
 * Every French doc and blog post with the state of its translation.
 * @param {string} siteDir
 * @returns {TranslationEntry[]}
 */
export function listTranslations(siteDir) {
  /** @type {TranslationEntry[]} */
  const out = [];
  for (const mirror of MIRRORS) {
    const enDir = path.join(siteDir, mirror.en);
    const frDir = path.join(siteDir, mirror.fr);
    for (const rel of contentFiles(frDir)) {
      const enFile = path.join(enDir, rel);
      const frFile = path.join(frDir, rel);
      const english = fs.existsSync(enFile) ? fs.readFileSync(enFile, 'utf8') : null;
      out.push({kind: mirror.kind, rel, enFile, frFile, ...translationState(english, fs.readFileSync(frFile, 'utf8'))});
    }
  }
  return out;
}
