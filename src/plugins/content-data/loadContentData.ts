/**
 * Reads and validates every quiz and glossary file of every locale. Used by the
 * content-data plugin (which fails the build on any problem) and by the remark
 * plugin that injects the data into MDX pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {GlossaryEntry, Quiz} from '../../data/quizSchema';
import {compareGlossaryLocales, compareQuizLocales, parseGlossary, parseQuiz} from '../../data/validateContent';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

export type ContentData = {
  quizzes: Record<Locale, Map<string, Quiz>>;
  glossary: Record<Locale, GlossaryEntry[]>;
};

export class ContentDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid training content (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentDataError';
  }
}

const rel = (siteDir: string, file: string) => path.relative(siteDir, file).split(path.sep).join('/');

function readYaml(siteDir: string, file: string, problems: string[]): unknown {
  try {
    return yaml.load(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${rel(siteDir, file)}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function loadQuizLocale(siteDir: string, locale: Locale, problems: string[]): Map<string, Quiz> {
  const dir = path.join(siteDir, 'src/data/quizzes', locale);
  const quizzes = new Map<string, Quiz>();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  for (const name of files) {
    const file = path.join(dir, name);
    const raw = readYaml(siteDir, file, problems);
    if (raw === undefined) continue;
    const parsed = parseQuiz(rel(siteDir, file), name.replace(/\.ya?ml$/, ''), raw);
    if (parsed.ok) quizzes.set(parsed.value.id, parsed.value);
    else problems.push(...parsed.errors);
  }
  return quizzes;
}

function loadGlossaryLocale(siteDir: string, locale: Locale, problems: string[]): GlossaryEntry[] {
  const file = path.join(siteDir, 'src/data/glossary', `${locale}.yaml`);
  if (!fs.existsSync(file)) {
    problems.push(`${rel(siteDir, file)}: missing glossary file`);
    return [];
  }
  const raw = readYaml(siteDir, file, problems);
  if (raw === undefined) return [];
  const parsed = parseGlossary(rel(siteDir, file), raw);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.errors);
  return [];
}

function checkParity(siteDir: string, data: ContentData, problems: string[]): void {
  const source = data.quizzes[SOURCE_LOCALE];
  for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    const translated = data.quizzes[locale];
    for (const [id, quiz] of source) {
      const file = `src/data/quizzes/${locale}/${id}.yaml`;
      const t = translated.get(id);
      if (!t) {
        if (!fs.existsSync(path.join(siteDir, file))) problems.push(`${file}: missing translation of quiz "${id}"`);
        continue;
      }
      problems.push(...compareQuizLocales(file, quiz, t));
    }
    for (const id of translated.keys()) {
      if (!source.has(id)) problems.push(`src/data/quizzes/${locale}/${id}.yaml: no English quiz with this id`);
    }
    problems.push(
      ...compareGlossaryLocales(`src/data/glossary/${locale}.yaml`, data.glossary[SOURCE_LOCALE], data.glossary[locale]),
    );
  }
}

/** Loads all content data; throws a ContentDataError listing every problem found. */
export function loadContentData(siteDir: string): ContentData {
  const problems: string[] = [];
  const data: ContentData = {
    quizzes: {en: loadQuizLocale(siteDir, 'en', problems), fr: loadQuizLocale(siteDir, 'fr', problems)},
    glossary: {en: loadGlossaryLocale(siteDir, 'en', problems), fr: loadGlossaryLocale(siteDir, 'fr', problems)},
  };
  checkParity(siteDir, data, problems);
  if (problems.length) throw new ContentDataError(problems);
  return data;
}

/** All files whose change must invalidate compiled pages (they embed this data, and the downloads list). */
export function contentDataFiles(siteDir: string): string[] {
  const dirs = [...LOCALES.map((l) => path.join(siteDir, 'src/data/quizzes', l)), path.join(siteDir, 'src/data/glossary')];
  const downloads = LOCALES.map((l) => path.join(siteDir, 'static/downloads', l, 'manifest.json')).filter((f) => fs.existsSync(f));
  return [...dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).map((f) => path.join(d, f)) : [])), ...downloads];
}

let cache: {key: string; data: ContentData} | undefined;

/** Same as loadContentData, memoised on the files' modification times (dev server edits are picked up). */
export function getContentData(siteDir: string): ContentData {
  const key = contentDataFiles(siteDir)
    .map((f) => `${f}:${fs.statSync(f).mtimeMs}`)
    .join('|');
  if (cache?.key !== key) cache = {key, data: loadContentData(siteDir)};
  return cache.data;
}
