import {describe, expect, it} from 'vitest';
import {isAnswered, isCorrect, scoreQuiz} from '../../src/components/Quiz/scoring';
import {stableShuffle} from '../../src/components/Quiz/shuffle';
import {normalisedGain, summariseGains} from '../../src/components/SessionSummary/gain';
import type {Quiz} from '../../src/data/quizSchema';

const base = {explanation: 'e', link: '/framework/overview'};
const quiz: Quiz = {
  id: 'demo',
  title: 'Demo',
  passMark: 60,
  bands: [
    {min: 0, feedback: 'low'},
    {min: 50, feedback: 'mid'},
    {min: 100, feedback: 'top'},
  ],
  questions: [
    {...base, id: 's', type: 'single', prompt: 'p', options: [{id: 'a', text: 'a', correct: true, feedback: 'f'}, {id: 'b', text: 'b', feedback: 'f'}]},
    {...base, id: 'm', type: 'multiple', prompt: 'p', options: [{id: 'a', text: 'a', correct: true, feedback: 'f'}, {id: 'b', text: 'b', correct: true, feedback: 'f'}, {id: 'c', text: 'c', feedback: 'f'}]},
    {...base, id: 'o', type: 'ordering', prompt: 'p', items: [{id: 'x', text: 'x', feedback: 'f'}, {id: 'y', text: 'y', feedback: 'f'}, {id: 'z', text: 'z', feedback: 'f'}]},
    {...base, id: 'g', type: 'matching', prompt: 'p', pairs: [{id: 'l1', left: 'l', right: 'r', feedback: 'f'}, {id: 'l2', left: 'l', right: 'r', feedback: 'f'}]},
    {id: 'r', type: 'reflection', prompt: 'p'},
  ],
};

describe('scoring', () => {
  it('scores each type and ignores reflection items', () => {
    const all = scoreQuiz(quiz, {s: 'a', m: ['b', 'a'], o: ['x', 'y', 'z'], g: {l1: 'l1', l2: 'l2'}, r: 'private'});
    expect(all).toEqual({correct: 4, total: 4, percent: 100, passed: true, bandFeedback: 'top'});
  });

  it('treats multiple choice as all-or-nothing and picks the band', () => {
    const r = scoreQuiz(quiz, {s: 'a', m: ['a'], o: ['y', 'x', 'z'], g: {l1: 'l1', l2: 'l2'}});
    expect(r).toEqual({correct: 2, total: 4, percent: 50, passed: false, bandFeedback: 'mid'});
  });

  it('counts unanswered questions as wrong', () => {
    expect(scoreQuiz(quiz, {}).percent).toBe(0);
    expect(isCorrect(quiz.questions[3] as never, {l1: 'l2', l2: 'l1'})).toBe(false);
  });

  it('knows when a question is answered', () => {
    expect([undefined, '', [], {a: ''}].map((a) => isAnswered(a as never))).toEqual([false, false, false, false]);
    expect([3, 'a', ['a'], {a: 'b'}].map((a) => isAnswered(a as never))).toEqual([true, true, true, true]);
  });
});

describe('stableShuffle', () => {
  it('is deterministic, keeps every item and never returns the solved order', () => {
    const items = ['a', 'b', 'c', 'd'];
    const once = stableShuffle(items, 'seed');
    expect(stableShuffle(items, 'seed')).toEqual(once);
    expect([...once].sort()).toEqual(items);
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) expect(stableShuffle(['x', 'y'], seed)).toEqual(['y', 'x']);
  });
});

describe('normalised gain', () => {
  it('computes g = (post - pre) / (100 - pre)', () => {
    expect(normalisedGain(40, 70)).toBeCloseTo(0.5);
    expect(normalisedGain(50, 25)).toBeCloseTo(-0.5);
    expect(normalisedGain(0, 100)).toBe(1);
  });

  it('is undefined when there is nothing left to gain or scores are invalid', () => {
    expect(normalisedGain(100, 100)).toBeUndefined();
    expect(normalisedGain(-5, 50)).toBeUndefined();
    expect(normalisedGain(Number.NaN, 50)).toBeUndefined();
  });

  it('summarises a class: gain of the means and mean of the gains', () => {
    const s = summariseGains([
      {pre: 40, post: 70},
      {pre: 80, post: 90},
      {pre: 100, post: 100},
    ]);
    expect(s.count).toBe(3);
    expect(s.preMean).toBeCloseTo(73.333, 2);
    expect(s.postMean).toBeCloseTo(86.667, 2);
    expect(s.classGain).toBeCloseTo((86.667 - 73.333) / (100 - 73.333), 2);
    expect(s.meanOfGains).toBeCloseTo(0.5);
  });
});
