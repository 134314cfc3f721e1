#!/usr/bin/env node
// Translations check: nothing of the site is missing in French or left in English.
//
// 1. Every English doc and blog post has a French mirror at the same relative path, and every
//    French file an English source; the French title differs from the English one.
// 2. Interface strings: Docusaurus itself extracts the English defaults of every string of the
//    site and of its theme (`docusaurus write-translations --locale en`, into a temporary folder);
//    each key of i18n/fr/code.json, navbar.json, footer.json, docs current.json (sidebar labels)
//    and blog options.json must have a French message, not empty and not identical to the
//    English default (except the allow-list below).
// 3. Blog tags and authors, glossary entries and quizzes exist in both languages (the build
//    already validates quiz parity question by question; this only compares the file lists).
//
// Usage: node scripts/check-translations.mjs [--skip-strings]    exit 1 on any problem
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import {ROOT, walk} from './lib/site.mjs';

/**
 * Messages that are the same in English and French, accepted as translated: names, and words
 * spelled the same in both languages. Compared after trimming. Messages made only of
 * placeholders and punctuation ("{authorName} - {nPosts}") are accepted without being listed.
 */
export const SAME_IN_BOTH = new Set([
  'Blog', // the word is used as is in French
  'Module', 'Modules',
  'OK',
  'Description',
  'Source', 'Sources',
  'Participant {n}',
  'Post-test %', // column heading: "post-test" is the French term too
  'Cause', 'Interaction', 'Obstacle', // Disability Creation Process diagram labels, same words in French
  'questions', // "{n} questions"
  'Versions',
  'Tags', // Docusaurus' French theme uses "Tags" too
  'danger', 'info', // admonition labels, same words in French
  'Date',
  'Document', 'Pages', // downloads table headings
]);

/** The translation files Docusaurus reads for French, relative to i18n/fr/. */
const STRING_FILES = [
  'code.json',
  'docusaurus-theme-classic/navbar.json',
  'docusaurus-theme-classic/footer.json',
  'docusaurus-plugin-content-docs/current.json',
  'docusaurus-plugin-content-blog/options.json',
];

const FR = path.join(ROOT, 'i18n/fr');
const DOCS_EN = path.join(ROOT, 'docs');
const DOCS_FR = path.join(FR, 'docusaurus-plugin-content-docs/current');
const BLOG_EN = path.join(ROOT, 'blog');
const BLOG_FR = path.join(FR, 'docusaurus-plugin-content-blog');

/** @type {string[]} */
const problems = [];
/** @type {string[]} */
const notes = [];
const counts = {docs: 0, blog: 0, strings: 0, files: 0, glossary: 0, quizzes: 0, tags: 0, authors: 0};

/**
 * Whether a French message counts as translated.
 * @param {string} fr
 * @param {string} en
 */
export function isTranslated(fr, en) {
  const f = fr.trim();
  if (!f) return false;
  if (f !== en.trim()) return true;
  if (SAME_IN_BOTH.has(f)) return true;
  return !/\p{L}/u.test(f.replace(/\{[^}]*\}/g, ''));
}

/**
 * Front matter of a Markdown/MDX file (YAML between --- lines), or {}.
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
export function frontMatter(text) {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!m) return {};
  const data = yaml.load(m[1]);
  return data && typeof data === 'object' ? /** @type {Record<string, unknown>} */ (data) : {};
}

/** @param {string} dir */
const contentFiles = (dir) =>
  fs.existsSync(dir) ? walk(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => path.relative(dir, f).split(path.sep).join('/')) : [];

/** Title a reader sees: front matter title, else the first # heading. @param {string} file */
function titleOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const fm = frontMatter(text);
  if (typeof fm.title === 'string') return fm.title;
  return text.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? '';
}

/**
 * Compares an English content tree with its French mirror.
 * @param {string} label
 * @param {string} enDir
 * @param {string} frDir
 */
function compareTrees(label, enDir, frDir) {
  const en = new Set(contentFiles(enDir));
  const fr = new Set(contentFiles(frDir));
  for (const rel of en) {
    if (!fr.has(rel)) problems.push(`${label}: ${path.relative(ROOT, path.join(enDir, rel))} has no French mirror at ${path.relative(ROOT, path.join(frDir, rel))}`);
  }
  for (const rel of fr) {
    if (!en.has(rel)) problems.push(`${label}: ${path.relative(ROOT, path.join(frDir, rel))} has no English source at ${path.relative(ROOT, path.join(enDir, rel))}`);
  }
  for (const rel of en) {
    if (!fr.has(rel)) continue;
    const enFile = path.join(enDir, rel);
    const frFile = path.join(frDir, rel);
    const [enTitle, frTitle] = [titleOf(enFile), titleOf(frFile)];
    if (enTitle && !isTranslated(frTitle, enTitle)) problems.push(`${label}: ${path.relative(ROOT, frFile)} has the English title "${enTitle}"`);
    if (fs.readFileSync(enFile, 'utf8').replace(/^---[\s\S]*?---/, '').trim() === fs.readFileSync(frFile, 'utf8').replace(/^---[\s\S]*?---/, '').trim()) {
      problems.push(`${label}: ${path.relative(ROOT, frFile)} is a copy of the English page`);
    }
  }
  return en.size;
}

/** English defaults of every interface string, as Docusaurus extracts them. */
function englishDefaults() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmh-i18n-en-'));
  try {
    const res = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'write-translations', '--locale', 'en', '--config', 'scripts/lib/docusaurus.i18n-path.config.mjs'],
      {cwd: ROOT, env: {...process.env, CMH_I18N_DIR: dir}, encoding: 'utf8'},
    );
    if (res.status !== 0) {
      console.error(res.stdout, res.stderr);
      throw new Error('docusaurus write-translations --locale en failed');
    }
    /** @type {Record<string, Record<string, {message: string}>>} */
    const out = {};
    for (const file of STRING_FILES) {
      const p = path.join(dir, 'en', file);
      out[file] = fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : {};
    }
    return out;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

function checkStrings() {
  const defaults = englishDefaults();
  for (const file of STRING_FILES) {
    const en = defaults[file] ?? {};
    const frPath = path.join(FR, file);
    if (!fs.existsSync(frPath)) {
      problems.push(`strings: i18n/fr/${file} is missing (run npm run write-translations)`);
      continue;
    }
    counts.files++;
    /** @type {Record<string, {message?: string}>} */
    const fr = JSON.parse(fs.readFileSync(frPath, 'utf8'));
    for (const [key, {message}] of Object.entries(en)) {
      counts.strings++;
      const frMessage = fr[key]?.message;
      if (frMessage === undefined) problems.push(`strings: i18n/fr/${file} › "${key}" is missing: French readers see "${message}" (run npm run write-translations, then translate)`);
      else if (!isTranslated(frMessage, message)) problems.push(`strings: i18n/fr/${file} › "${key}" is still in English: "${frMessage}"`);
    }
    const obsolete = Object.keys(fr).filter((k) => !(k in en));
    if (obsolete.length) notes.push(`i18n/fr/${file}: ${obsolete.length} key(s) no longer used (${obsolete.slice(0, 3).join(', ')}${obsolete.length > 3 ? ', …' : ''})`);
  }
}

/**
 * A YAML map of the blog (tags.yml, authors.yml) in both languages.
 * @param {string} name
 * @param {'tags' | 'authors'} kind
 */
function compareBlogYaml(name, kind) {
  const enFile = path.join(BLOG_EN, name);
  if (!fs.existsSync(enFile)) return;
  const frFile = path.join(BLOG_FR, name);
  if (!fs.existsSync(frFile)) {
    problems.push(`blog: ${path.relative(ROOT, frFile)} is missing`);
    return;
  }
  const en = /** @type {Record<string, Record<string, string>>} */ (yaml.load(fs.readFileSync(enFile, 'utf8')) ?? {});
  const fr = /** @type {Record<string, Record<string, string>>} */ (yaml.load(fs.readFileSync(frFile, 'utf8')) ?? {});
  for (const [key, value] of Object.entries(en)) {
    counts[kind]++;
    if (!fr[key]) problems.push(`blog: ${name} › ${key} is missing in French`);
    else if (kind === 'tags' && value.label && !isTranslated(fr[key].label ?? '', value.label)) problems.push(`blog: ${name} › ${key} label is still in English`);
    else if (value.description && !isTranslated(fr[key].description ?? '', value.description)) problems.push(`blog: ${name} › ${key} description is still in English`);
  }
}

function checkGlossary() {
  const load = (/** @type {string} */ locale) =>
    /** @type {{id: string, term: string, definition: string}[]} */ (yaml.load(fs.readFileSync(path.join(ROOT, 'src/data/glossary', `${locale}.yaml`), 'utf8')) ?? []);
  const en = load('en');
  const fr = new Map(load('fr').map((e) => [e.id, e]));
  for (const entry of en) {
    counts.glossary++;
    const f = fr.get(entry.id);
    if (!f) problems.push(`glossary: "${entry.id}" is missing in src/data/glossary/fr.yaml`);
    else if (!isTranslated(f.definition ?? '', entry.definition ?? '')) problems.push(`glossary: "${entry.id}" has the English definition in fr.yaml`);
    fr.delete(entry.id);
  }
  for (const id of fr.keys()) problems.push(`glossary: "${id}" is in fr.yaml but not in en.yaml`);
}

function checkQuizzes() {
  const list = (/** @type {string} */ locale) => new Set(fs.readdirSync(path.join(ROOT, 'src/data/quizzes', locale)).filter((f) => /\.ya?ml$/.test(f)));
  const [en, fr] = [list('en'), list('fr')];
  counts.quizzes = en.size;
  for (const f of en) if (!fr.has(f)) problems.push(`quizzes: src/data/quizzes/en/${f} has no French version`);
  for (const f of fr) if (!en.has(f)) problems.push(`quizzes: src/data/quizzes/fr/${f} has no English version`);
}

// Runs only as a script (the unit tests import the helpers above).
if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  counts.docs = compareTrees('docs', DOCS_EN, DOCS_FR);
  counts.blog = compareTrees('blog', BLOG_EN, BLOG_FR);
  compareBlogYaml('tags.yml', 'tags');
  compareBlogYaml('authors.yml', 'authors');
  checkGlossary();
  checkQuizzes();
  if (!process.argv.includes('--skip-strings')) checkStrings();

  console.log(
    `Translations: ${counts.docs} docs and ${counts.blog} blog posts mirrored, ${counts.strings} interface strings in ${counts.files} files, ` +
      `${counts.tags} blog tags, ${counts.authors} authors, ${counts.glossary} glossary entries, ${counts.quizzes} quizzes checked in French (${Date.now() - started} ms)`,
  );
  for (const n of notes) console.log(`  note: ${n}`);
  console.log(`  problems: ${problems.length}`);
  if (problems.length) {
    for (const p of problems) console.log(`  ✗ ${p}`);
    process.exit(1);
  }
}
