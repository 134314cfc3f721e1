import {describe, expect, it} from 'vitest';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  mergeProgress,
  parseProgress,
  PROGRESS_VERSION,
  recordAttempt,
  recordReflection,
} from '../../src/data/progress';

const at = new Date('2026-01-02T03:04:05Z');

describe('parseProgress', () => {
  it('starts empty without a notice when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({progress: emptyProgress()});
  });

  it('resets corrupt JSON with a notice', () => {
    expect(parseProgress('{not json')).toEqual({progress: emptyProgress(), notice: 'reset-corrupt'});
    expect(parseProgress('42')).toEqual({progress: emptyProgress(), notice: 'reset-corrupt'});
  });

  it('resets data from another app or a future version with a notice', () => {
    expect(parseProgress(JSON.stringify({app: 'other', version: 2})).notice).toBe('reset-foreign');
    expect(parseProgress(JSON.stringify({app: 'cmh-training-hub', version: 99})).notice).toBe('reset-foreign');
  });

  it('migrates version 1 best scores', () => {
    const loaded = parseProgress(JSON.stringify({version: 1, scores: {'cmh-1': 80, 'cmh-2': 'bad', 'cmh-3': 140}}));
    expect(loaded.notice).toBe('migrated');
    expect(loaded.progress.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(loaded.progress.quizzes)).toEqual(['cmh-1']);
    expect(loaded.progress.quizzes['cmh-1']).toMatchObject({best: 80, last: 80, passed: false, attempts: 1});
  });

  it('drops invalid records but keeps valid ones', () => {
    const good = {best: 60, last: 40, passed: true, attempts: 2, lastAnswers: {q: 'a'}, updatedAt: at.toISOString()};
    const raw = JSON.stringify({app: 'cmh-training-hub', version: 2, quizzes: {ok: good, bad: {best: 'x'}, worse: null}, reflections: {r: {prompt: 'p', value: 3}, s: {value: 1}}});
    const {progress, notice} = parseProgress(raw);
    expect(notice).toBeUndefined();
    expect(progress.quizzes).toEqual({ok: good});
    expect(Object.keys(progress.reflections)).toEqual(['r']);
  });
});

describe('recordAttempt', () => {
  it('keeps the best score, counts attempts and remembers a pass', () => {
    let p = recordAttempt(emptyProgress(), 'cmh-1', {percent: 80, passed: true, answers: {a: 'x'}}, at);
    p = recordAttempt(p, 'cmh-1', {percent: 40, passed: false, answers: {a: 'y'}}, at);
    expect(p.quizzes['cmh-1']).toEqual({best: 80, last: 40, passed: true, attempts: 2, lastAnswers: {a: 'y'}, updatedAt: at.toISOString()});
  });
});

describe('export and import', () => {
  it('round-trips progress and reflections through a file', () => {
    let p = recordAttempt(emptyProgress(), 'peer-1', {percent: 100, passed: true, answers: {}}, at);
    p = recordReflection(p, 'rogers-2/self', {prompt: 'How congruent?', value: 4}, at);
    const imported = importProgress(exportProgress(p, at));
    expect(imported).toEqual({ok: true, progress: p});
  });

  it('refuses files that are not progress exports', () => {
    expect(importProgress('hello')).toEqual({ok: false, error: 'not-json'});
    expect(importProgress(JSON.stringify({format: 'x'}))).toEqual({ok: false, error: 'not-progress'});
    expect(importProgress(JSON.stringify({format: 'cmh-training-hub-progress', progress: {app: 'other'}}))).toEqual({ok: false, error: 'not-progress'});
  });

  it('merges: best scores win, passes are kept, latest answers kept', () => {
    const older = new Date('2025-01-01T00:00:00Z');
    const mine = recordAttempt(emptyProgress(), 'q', {percent: 90, passed: true, answers: {a: 'old'}}, older);
    const theirs = recordAttempt(emptyProgress(), 'q', {percent: 50, passed: false, answers: {a: 'new'}}, at);
    const merged = mergeProgress(mine, recordAttempt(theirs, 'other', {percent: 10, passed: false, answers: {}}, at));
    expect(merged.quizzes.q).toMatchObject({best: 90, passed: true, last: 50, lastAnswers: {a: 'new'}});
    expect(merged.quizzes.other?.best).toBe(10);
  });
});
