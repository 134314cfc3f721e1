import {describe, expect, it} from 'vitest';
import {compareGlossaryLocales, compareQuizLocales, parseGlossary, parseQuiz} from '../../src/data/validateContent';
import type {Quiz} from '../../src/data/quizSchema';

const FILE = 'src/data/quizzes/en/demo.yaml';

function validQuiz(): Record<string, unknown> & {questions: Record<string, unknown>[]} {
  return {
    id: 'demo',
    title: 'Demo quiz',
    passMark: 70,
    bands: [
      {min: 0, feedback: 'Keep going.'},
      {min: 70, feedback: 'Well done.'},
    ],
    questions: [
      {
        id: 'q-single',
        type: 'single',
        prompt: 'Pick one',
        options: [
          {id: 'a', text: 'A', correct: true, feedback: 'Yes.'},
          {id: 'b', text: 'B', feedback: 'No.'},
        ],
        explanation: 'Because.',
        link: '/framework/overview',
      },
      {
        id: 'q-tf',
        type: 'truefalse',
        prompt: 'True?',
        options: [
          {id: 'true', text: 'True', feedback: 'No.'},
          {id: 'false', text: 'False', correct: true, feedback: 'Yes.'},
        ],
        explanation: 'Because.',
        link: '/framework/overview',
      },
      {id: 'q-reflect', type: 'reflection', prompt: 'How do you feel?', scale: {min: 1, max: 5, minLabel: 'Low', maxLabel: 'High'}},
    ],
  };
}

const errorsOf = (raw: unknown) => {
  const r = parseQuiz(FILE, 'demo', raw);
  return r.ok ? [] : r.errors;
};

describe('parseQuiz', () => {
  it('accepts a valid quiz', () => {
    expect(parseQuiz(FILE, 'demo', validQuiz()).ok).toBe(true);
  });

  it('rejects a question with no correct answer, naming file and question', () => {
    const q = validQuiz();
    (q.questions[0]!.options as {correct?: boolean}[])[0]!.correct = false;
    expect(errorsOf(q)).toEqual([`${FILE} › question "q-single": no correct answer (a single question needs exactly one)`]);
  });

  it('rejects two correct answers on a single-choice question', () => {
    const q = validQuiz();
    (q.questions[0]!.options as {correct?: boolean}[])[1]!.correct = true;
    expect(errorsOf(q)[0]).toContain('2 correct answers');
  });

  it('rejects a multiple-choice question without any correct answer', () => {
    const q = validQuiz();
    q.questions[0]!.type = 'multiple';
    (q.questions[0]!.options as {correct?: boolean}[])[0]!.correct = false;
    expect(errorsOf(q)[0]).toContain('"q-single": no correct answer');
  });

  it('rejects duplicate question ids', () => {
    const q = validQuiz();
    q.questions[1]!.id = 'q-single';
    expect(errorsOf(q)).toContain(`${FILE} › question "q-single": duplicate question id`);
  });

  it('rejects duplicate option ids', () => {
    const q = validQuiz();
    (q.questions[0]!.options as {id: string}[])[1]!.id = 'a';
    expect(errorsOf(q)).toContain(`${FILE} › question "q-single": duplicate option id "a"`);
  });

  it('rejects empty feedback with the path of the option', () => {
    const q = validQuiz();
    (q.questions[0]!.options as {feedback: string}[])[1]!.feedback = '  ';
    expect(errorsOf(q)).toEqual([`${FILE} › question "q-single", options.1.feedback: must not be empty`]);
  });

  it('rejects a missing explanation or link on a scored question', () => {
    const q = validQuiz();
    delete q.questions[0]!.explanation;
    q.questions[1]!.link = 'https://example.org';
    const errors = errorsOf(q);
    expect(errors.some((e) => e.includes('"q-single", explanation'))).toBe(true);
    expect(errors.some((e) => e.includes('"q-tf", link: must be a site path'))).toBe(true);
  });

  it('rejects true/false questions whose options are not "true" and "false"', () => {
    const q = validQuiz();
    (q.questions[1]!.options as {id: string}[])[0]!.id = 'yes';
    expect(errorsOf(q)).toContain(`${FILE} › question "q-tf": a truefalse question needs exactly the options "true" and "false"`);
  });

  it('rejects unknown question types and unknown keys', () => {
    const q = validQuiz();
    q.questions[0]!.type = 'essay';
    q.questions[1]!.hint = 'extra';
    const errors = errorsOf(q);
    expect(errors.some((e) => e.startsWith(`${FILE} › question "q-single"`))).toBe(true);
    expect(errors.some((e) => e.includes('"q-tf"') && e.includes('hint'))).toBe(true);
  });

  it('rejects an id that differs from the file name', () => {
    expect(parseQuiz(FILE, 'other', validQuiz())).toEqual({ok: false, errors: [`${FILE}: id "demo" must equal the file name "other"`]});
  });

  it('rejects bands that do not start at 0 or are not ascending', () => {
    const q = validQuiz();
    q.bands = [{min: 10, feedback: 'a'}, {min: 5, feedback: 'b'}];
    expect(errorsOf(q)).toEqual([`${FILE} › bands: the first band must start at min 0`, `${FILE} › bands: min values must be strictly ascending`]);
  });

  it('rejects a quiz made only of reflection items', () => {
    const q = validQuiz();
    q.questions = [q.questions[2]!];
    expect(errorsOf(q)).toEqual([`${FILE}: needs at least one scored question`]);
  });

  it('rejects an ordering question with too few items and a reversed scale', () => {
    const q = validQuiz();
    q.questions.push({id: 'order', type: 'ordering', prompt: 'Order', items: [{id: 'x', text: 'x', feedback: 'x'}], explanation: 'e', link: '/framework/overview'});
    (q.questions[2]!.scale as {max: number}).max = 0;
    const errors = errorsOf(q);
    expect(errors.some((e) => e.includes('"order", items: needs at least three items'))).toBe(true);
    expect(errors.some((e) => e.includes('"q-reflect", scale'))).toBe(true);
  });
});

describe('compareQuizLocales', () => {
  const parse = (raw: unknown) => {
    const r = parseQuiz(FILE, 'demo', raw);
    if (!r.ok) throw new Error(r.errors.join());
    return r.value;
  };
  const en: Quiz = parse(validQuiz());
  const frFile = 'src/data/quizzes/fr/demo.yaml';

  it('accepts a faithful translation', () => {
    expect(compareQuizLocales(frFile, en, parse(validQuiz()))).toEqual([]);
  });

  it('reports a question missing in one language', () => {
    const fr = validQuiz();
    fr.questions.splice(1, 1);
    expect(compareQuizLocales(frFile, en, parse(fr))).toEqual([`${frFile} › question "q-tf": missing in this language`]);
  });

  it('reports a different correct answer', () => {
    const fr = validQuiz();
    const options = fr.questions[0]!.options as {correct?: boolean}[];
    options[0]!.correct = false;
    options[1]!.correct = true;
    expect(compareQuizLocales(frFile, en, parse(fr))[0]).toContain('"q-single": type, option ids or correct answers differ');
  });

  it('reports a different pass mark', () => {
    const fr = validQuiz();
    fr.passMark = 60;
    expect(compareQuizLocales(frFile, en, parse(fr))).toEqual([`${frFile}: passMark differs from the English quiz`]);
  });

  it('reports questions in a different order', () => {
    const fr = validQuiz();
    fr.questions.reverse();
    expect(compareQuizLocales(frFile, en, parse(fr))).toEqual([`${frFile}: questions are in a different order from the English quiz`]);
  });
});

describe('glossary', () => {
  const entry = (id: string) => ({id, term: id.toUpperCase(), definition: `Definition of ${id}.`});

  it('validates entries and rejects duplicates', () => {
    expect(parseGlossary('g.yaml', [entry('cbr'), entry('dcp')]).ok).toBe(true);
    expect(parseGlossary('g.yaml', [entry('cbr'), entry('cbr')])).toEqual({ok: false, errors: ['g.yaml › entry "cbr": duplicate id']});
    expect(parseGlossary('g.yaml', [{id: 'x', term: 'X'}]).ok).toBe(false);
  });

  it('reports entries missing in a translation', () => {
    expect(compareGlossaryLocales('fr.yaml', [entry('cbr'), entry('dcp')] as never, [entry('cbr')] as never)).toEqual(['fr.yaml › entry "dcp": missing in this language']);
  });
});
