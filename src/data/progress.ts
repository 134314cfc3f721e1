/**
 * Learner progress, kept only in the learner's browser (localStorage) under a
 * versioned schema. Pure functions: parsing never throws, so corrupt, foreign
 * or old data can never break a page; it is migrated or reset, and the caller
 * shows the returned notice.
 */
export const PROGRESS_KEY = 'cmh-training-hub:progress';
export const PROGRESS_VERSION = 2;
const APP = 'cmh-training-hub';
const EXPORT_FORMAT = 'cmh-training-hub-progress';

export type Answer = string | string[] | Record<string, string> | number;
export type Answers = Record<string, Answer>;

export type QuizRecord = {
  best: number;
  last: number;
  passed: boolean;
  attempts: number;
  lastAnswers: Answers;
  updatedAt: string;
};

export type ReflectionRecord = {prompt: string; value: string | number; scale?: string; updatedAt: string};

export type Progress = {
  version: typeof PROGRESS_VERSION;
  app: typeof APP;
  /** Keyed by attempt key: a quiz id, or `<quiz>:pre` / `<quiz>:post` for pre/post tests. */
  quizzes: Record<string, QuizRecord>;
  /** Private reflection answers, keyed by `<quiz>/<question>`. */
  reflections: Record<string, ReflectionRecord>;
};

export type ProgressNotice = 'migrated' | 'reset-corrupt' | 'reset-foreign';
export type LoadedProgress = {progress: Progress; notice?: ProgressNotice};

export const emptyProgress = (): Progress => ({version: PROGRESS_VERSION, app: APP, quizzes: {}, reflections: {}});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

function cleanQuizRecord(v: unknown): QuizRecord | undefined {
  if (!isObject(v) || !isScore(v.best) || !isScore(v.last)) return undefined;
  return {
    best: v.best,
    last: v.last,
    passed: v.passed === true,
    attempts: typeof v.attempts === 'number' && v.attempts > 0 ? Math.floor(v.attempts) : 1,
    lastAnswers: isObject(v.lastAnswers) ? (v.lastAnswers as Answers) : {},
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : new Date(0).toISOString(),
  };
}

function cleanReflection(v: unknown): ReflectionRecord | undefined {
  if (!isObject(v) || typeof v.prompt !== 'string') return undefined;
  if (typeof v.value !== 'string' && typeof v.value !== 'number') return undefined;
  return {
    prompt: v.prompt,
    value: v.value,
    ...(typeof v.scale === 'string' ? {scale: v.scale} : {}),
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : new Date(0).toISOString(),
  };
}

function cleanMap<T>(v: unknown, clean: (x: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const c = clean(x);
    if (c) out[k] = c;
  }
  return out;
}

/**
 * Version 1 (the first release) stored only a best score per quiz:
 * `{version: 1, scores: {"cmh-1": 80}}`. Its pass state is unknown, so it is kept
 * as not passed until the learner retakes the quiz.
 */
function migrateV1(v: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  for (const [id, score] of Object.entries(isObject(v.scores) ? v.scores : {})) {
    if (isScore(score)) {
      progress.quizzes[id] = {best: score, last: score, passed: false, attempts: 1, lastAnswers: {}, updatedAt: new Date(0).toISOString()};
    }
  }
  return progress;
}

/** Turns whatever is stored into valid progress. Never throws. */
export function parseProgress(raw: string | null): LoadedProgress {
  if (raw === null || raw === '') return {progress: emptyProgress()};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {progress: emptyProgress(), notice: 'reset-corrupt'};
  }
  if (!isObject(value)) return {progress: emptyProgress(), notice: 'reset-corrupt'};
  if (value.version === 1 && isObject(value.scores)) return {progress: migrateV1(value), notice: 'migrated'};
  if (value.app !== APP || value.version !== PROGRESS_VERSION) return {progress: emptyProgress(), notice: 'reset-foreign'};
  return {
    progress: {
      version: PROGRESS_VERSION,
      app: APP,
      quizzes: cleanMap(value.quizzes, cleanQuizRecord),
      reflections: cleanMap(value.reflections, cleanReflection),
    },
  };
}

/** Records a submitted attempt; keeps the best score and whether the quiz was ever passed. */
export function recordAttempt(
  progress: Progress,
  key: string,
  result: {percent: number; passed: boolean; answers: Answers},
  now = new Date(),
): Progress {
  const prev = progress.quizzes[key];
  const record: QuizRecord = {
    best: Math.max(prev?.best ?? 0, result.percent),
    last: result.percent,
    passed: (prev?.passed ?? false) || result.passed,
    attempts: (prev?.attempts ?? 0) + 1,
    lastAnswers: result.answers,
    updatedAt: now.toISOString(),
  };
  return {...progress, quizzes: {...progress.quizzes, [key]: record}};
}

/** Saves one private reflection answer. */
export function recordReflection(progress: Progress, key: string, reflection: Omit<ReflectionRecord, 'updatedAt'>, now = new Date()): Progress {
  return {...progress, reflections: {...progress.reflections, [key]: {...reflection, updatedAt: now.toISOString()}}};
}

/** The file a learner downloads to move progress to another device. */
export function exportProgress(progress: Progress, now = new Date()): string {
  return JSON.stringify({format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress}, null, 2);
}

function newer<T extends {updatedAt: string}>(a: T | undefined, b: T): T {
  return a && a.updatedAt > b.updatedAt ? a : b;
}

/** Merges imported progress into current progress: best scores win, passes are kept. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const quizzes = {...current.quizzes};
  for (const [key, rec] of Object.entries(incoming.quizzes)) {
    const mine = quizzes[key];
    const latest = newer(mine, rec);
    quizzes[key] = mine
      ? {...latest, best: Math.max(mine.best, rec.best), passed: mine.passed || rec.passed, attempts: Math.max(mine.attempts, rec.attempts)}
      : rec;
  }
  const reflections = {...current.reflections};
  for (const [key, rec] of Object.entries(incoming.reflections)) reflections[key] = newer(reflections[key], rec);
  return {...current, quizzes, reflections};
}

export type ImportResult = {ok: true; progress: Progress} | {ok: false; error: 'not-json' | 'not-progress'};

/** Reads an exported progress file. Accepts only this site's export format. */
export function importProgress(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {ok: false, error: 'not-json'};
  }
  if (!isObject(value) || value.format !== EXPORT_FORMAT || !isObject(value.progress)) return {ok: false, error: 'not-progress'};
  const loaded = parseProgress(JSON.stringify(value.progress));
  if (loaded.notice && loaded.notice !== 'migrated') return {ok: false, error: 'not-progress'};
  return {ok: true, progress: loaded.progress};
}
