/**
 * The module standard of the curricula, checked on the content files themselves:
 * each failure names the file and says what to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {CURRICULA, prePostQuizId, type Curriculum, type Module} from '../../src/data/curricula';
import type {Quiz} from '../../src/data/quizSchema';
import {isScored} from '../../src/components/Quiz/scoring';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = {en: path.join(ROOT, 'docs'), fr: path.join(ROOT, 'i18n/fr/docusaurus-plugin-content-docs/current')};
type Locale = keyof typeof DOCS;
const LOCALES: Locale[] = ['en', 'fr'];

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The file of a doc whose name may carry a number prefix (`01-slug.mdx`). */
function docFile(locale: Locale, dir: string, slug: string): string {
  const folder = path.join(DOCS[locale], dir);
  const name = fs.readdirSync(folder).find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (!name) throw new Error(`${path.relative(ROOT, folder)}: no file for "${slug}" (expected NN-${slug}.mdx)`);
  return path.join(folder, name);
}

function read(file: string): {front: Record<string, unknown>; body: string} {
  const text = fs.readFileSync(file, 'utf8');
  const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new Error(`${path.relative(ROOT, file)}: no front matter`);
  return {front: yaml.load(m[1]!) as Record<string, unknown>, body: m[2]!};
}

function quiz(locale: Locale, id: string): Quiz {
  return yaml.load(fs.readFileSync(path.join(ROOT, 'src/data/quizzes', locale, `${id}.yaml`), 'utf8')) as Quiz;
}

/** Agenda rows `| 0:00–0:15 | …` as minute ranges. */
function agenda(body: string): [number, number][] {
  const minutes = (t: string) => {
    const [h, m] = t.split(':').map(Number);
    return h! * 60 + m!;
  };
  return [...body.matchAll(/^\|\s*(\d+:\d{2})\s*[–-]\s*(\d+:\d{2})\s*\|/gm)].map((r) => [minutes(r[1]!), minutes(r[2]!)]);
}

const cases = CURRICULA.flatMap((c) => c.modules.map((m) => [c, m] as [Curriculum, Module]));

describe('English and French trees mirror each other', () => {
  it('every doc exists in both languages', () => {
    const rel = (l: Locale) => new Set(listFiles(DOCS[l]).filter((f) => f.endsWith('.mdx')).map((f) => path.relative(DOCS[l], f)));
    const en = rel('en');
    const fr = rel('fr');
    expect([...en].filter((f) => !fr.has(f)), 'English docs without French').toEqual([]);
    expect([...fr].filter((f) => !en.has(f)), 'French docs without English').toEqual([]);
  });
});

describe.each(LOCALES)('curriculum modules (%s)', (locale) => {
  it.each(cases)('%s › module %#', (c, m) => {
    const file = docFile(locale, `curricula/${c.id}`, m.slug);
    const where = path.relative(ROOT, file);
    const {front, body} = read(file);
    expect(front.quiz, `${where}: front matter "quiz" must be ${m.quiz}`).toBe(m.quiz);
    expect(typeof front.estimated_minutes, `${where}: needs "estimated_minutes"`).toBe('number');
    expect(body, `${where}: must embed its quiz`).toContain(`<Quiz id="${m.quiz}"`);
    expect(body.match(/^## /gm)?.length ?? 0, `${where}: needs introduction, 2–5 units, case, discussion, check and summary`).toBeGreaterThanOrEqual(7);
    expect(body, `${where}: must cite its source`).toMatch(/:::note\[Source\]/);
    const q = quiz(locale, m.quiz);
    const scored = q.questions.filter(isScored);
    expect(scored.length, `${m.quiz}: at least five scored questions`).toBeGreaterThanOrEqual(5);
    expect(new Set(scored.map((x) => x.type)).size, `${m.quiz}: mix at least three question types`).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s › session plan %#', (c, m) => {
    const file = docFile(locale, `trainers/session-plans/${c.id}`, m.slug);
    const where = path.relative(ROOT, file);
    const {front, body} = read(file);
    const length = front.session_minutes;
    expect(typeof length, `${where}: needs "session_minutes"`).toBe('number');
    const rows = agenda(body);
    expect(rows.length, `${where}: the agenda table needs rows like "| 0:00–0:15 | …"`).toBeGreaterThanOrEqual(3);
    expect(rows[0]![0], `${where}: the agenda must start at 0:00`).toBe(0);
    rows.slice(1).forEach(([start], i) => expect(start, `${where}: agenda row ${i + 2} must start where row ${i + 1} ends`).toBe(rows[i]![1]));
    expect(rows.at(-1)![1], `${where}: the agenda must end at session_minutes (${String(length)})`).toBe(length);
    expect(body.match(/^- \[ \]/gm)?.length ?? 0, `${where}: needs a preparation checklist`).toBeGreaterThanOrEqual(8);
    expect(body.match(/^### /gm)?.length ?? 0, `${where}: checklist sections (two weeks, one week, on the day, after)`).toBeGreaterThanOrEqual(4);
    expect(body, `${where}: needs the quiz tools`).toContain(`<QuizTools id="${m.quiz}"`);
    expect(body, `${where}: needs a one-page handout`).toContain('<Handout>');
  });
});

describe.each(LOCALES)('curriculum landing pages (%s)', (locale) => {
  it.each(CURRICULA)('$id', (c) => {
    const file = path.join(DOCS[locale], 'curricula', c.id, 'index.mdx');
    const where = path.relative(ROOT, file);
    const {front, body} = read(file);
    expect(body, `${where}: module sequence with progress`).toContain(`<ModuleList curriculum="${c.id}"`);
    expect(body, `${where}: pre/post test`).toContain(`<PrePostTest id="${prePostQuizId(c)}"`);
    const total = c.modules.reduce((sum, m) => sum + (read(docFile(locale, `curricula/${c.id}`, m.slug)).front.estimated_minutes as number), 0);
    expect(front.total_minutes, `${where}: total_minutes must be the sum of the modules' estimated_minutes`).toBe(total);
    const prepost = quiz(locale, prePostQuizId(c)).questions.filter(isScored);
    expect(prepost.length, `${prePostQuizId(c)}: 8 to 10 scored questions`).toBeGreaterThanOrEqual(8);
  });
});
