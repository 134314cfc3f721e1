/**
 * Semantic checks on quiz and glossary data that a schema alone cannot express
 * (exactly one right answer, unique ids, English/French parity). Pure functions:
 * they return messages naming the file and the question, and never throw.
 */
import type {z} from 'zod';
import {glossarySchema, quizSchema, type GlossaryEntry, type Question, type Quiz} from './quizSchema';

export type Parsed<T> = {ok: true; value: T} | {ok: false; errors: string[]};

function describePath(raw: unknown, path: PropertyKey[]): string {
  if (path[0] === 'questions' && typeof path[1] === 'number') {
    const questions = (raw as {questions?: {id?: unknown}[]})?.questions;
    const id = questions?.[path[1]]?.id;
    const label = typeof id === 'string' ? `question "${id}"` : `question #${path[1] + 1}`;
    const rest = path.slice(2).map(String).join('.');
    return rest ? `${label}, ${rest}` : label;
  }
  return path.map(String).join('.') || '(root)';
}

function formatZod(file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file} › ${describePath(raw, issue.path)}: ${issue.message}`);
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function checkQuestion(file: string, q: Question): string[] {
  const at = `${file} › question "${q.id}"`;
  const errors: string[] = [];
  const ids =
    'options' in q ? q.options.map((o) => o.id) : 'items' in q ? q.items.map((i) => i.id) : 'pairs' in q ? q.pairs.map((p) => p.id) : [];
  for (const dup of duplicates(ids)) errors.push(`${at}: duplicate option id "${dup}"`);
  if (!('options' in q)) return errors;
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === 'multiple') {
    if (correct < 1) errors.push(`${at}: no correct answer (mark at least one option "correct: true")`);
  } else if (correct !== 1) {
    errors.push(`${at}: ${correct === 0 ? 'no correct answer' : `${correct} correct answers`} (a ${q.type} question needs exactly one)`);
  }
  if (q.type === 'truefalse') {
    const set = ids.slice().sort().join(',');
    if (set !== 'false,true') errors.push(`${at}: a truefalse question needs exactly the options "true" and "false"`);
  }
  return errors;
}

/** Validates one quiz file's parsed YAML. `fileId` is the file name without extension. */
export function parseQuiz(file: string, fileId: string, raw: unknown): Parsed<Quiz> {
  const result = quizSchema.safeParse(raw);
  if (!result.success) return {ok: false, errors: formatZod(file, raw, result.error)};
  const quiz = result.data;
  const errors: string[] = [];
  if (quiz.id !== fileId) errors.push(`${file}: id "${quiz.id}" must equal the file name "${fileId}"`);
  for (const dup of duplicates(quiz.questions.map((q) => q.id))) errors.push(`${file} › question "${dup}": duplicate question id`);
  const mins = quiz.bands.map((b) => b.min);
  if (mins[0] !== 0) errors.push(`${file} › bands: the first band must start at min 0`);
  if (mins.some((m, i) => i > 0 && m <= mins[i - 1]!)) errors.push(`${file} › bands: min values must be strictly ascending`);
  if (!quiz.questions.some((q) => q.type !== 'reflection')) errors.push(`${file}: needs at least one scored question`);
  for (const q of quiz.questions) errors.push(...checkQuestion(file, q));
  return errors.length ? {ok: false, errors} : {ok: true, value: quiz};
}

/** The structure that must be identical across locales (everything except prose). */
function shape(q: Question): string {
  if ('options' in q) return `${q.type}:${q.options.map((o) => `${o.id}${o.correct ? '*' : ''}`).join(',')}`;
  if ('items' in q) return `${q.type}:${q.items.map((i) => i.id).join(',')}`;
  if ('pairs' in q) return `${q.type}:${q.pairs.map((p) => p.id).join(',')}`;
  return `${q.type}:${q.scale ? `${q.scale.min}-${q.scale.max}` : 'text'}`;
}

/** Checks that a translated quiz mirrors the source quiz: same ids, types, answers, pass mark and bands. */
export function compareQuizLocales(file: string, source: Quiz, translation: Quiz): string[] {
  const errors: string[] = [];
  if (source.passMark !== translation.passMark) errors.push(`${file}: passMark differs from the English quiz`);
  if (source.bands.map((b) => b.min).join() !== translation.bands.map((b) => b.min).join()) {
    errors.push(`${file} › bands: min values differ from the English quiz`);
  }
  const byId = new Map(translation.questions.map((q) => [q.id, q]));
  for (const q of source.questions) {
    const t = byId.get(q.id);
    if (!t) errors.push(`${file} › question "${q.id}": missing in this language`);
    else if (shape(q) !== shape(t)) errors.push(`${file} › question "${q.id}": type, option ids or correct answers differ from the English quiz`);
  }
  const sourceIds = new Set(source.questions.map((q) => q.id));
  for (const t of translation.questions) {
    if (!sourceIds.has(t.id)) errors.push(`${file} › question "${t.id}": not in the English quiz`);
  }
  if (!errors.length && source.questions.map((q) => q.id).join() !== translation.questions.map((q) => q.id).join()) {
    errors.push(`${file}: questions are in a different order from the English quiz`);
  }
  return errors;
}

/** Validates one locale's glossary file. */
export function parseGlossary(file: string, raw: unknown): Parsed<GlossaryEntry[]> {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    return {ok: false, errors: result.error.issues.map((i) => `${file} › entry ${i.path.map(String).join('.')}: ${i.message}`)};
  }
  const errors = duplicates(result.data.map((e) => e.id)).map((d) => `${file} › entry "${d}": duplicate id`);
  return errors.length ? {ok: false, errors} : {ok: true, value: result.data};
}

/** Checks that a translated glossary defines exactly the same ids in the same order. */
export function compareGlossaryLocales(file: string, source: GlossaryEntry[], translation: GlossaryEntry[]): string[] {
  const t = new Set(translation.map((e) => e.id));
  const s = new Set(source.map((e) => e.id));
  return [
    ...source.filter((e) => !t.has(e.id)).map((e) => `${file} › entry "${e.id}": missing in this language`),
    ...translation.filter((e) => !s.has(e.id)).map((e) => `${file} › entry "${e.id}": not in the English glossary`),
  ];
}
