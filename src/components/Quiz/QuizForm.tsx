import React, {useEffect, useId, useRef, useState, type FormEvent} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Quiz as QuizData} from '../../data/quizSchema';
import {recordAttempt, recordReflection, type Answer, type Answers} from '../../data/progress';
import {useProgress} from '../../data/useProgress';
import {useTrainerView} from '../../data/useTrainerView';
import ProgressNotice from '../ProgressNotice';
import QuestionView from './Question';
import {isAnswered, isScored, scoreQuiz, type QuizResult} from './scoring';
import {stableShuffle} from './shuffle';
import styles from './styles.module.css';

export type QuizProps = {
  /** Quiz id, e.g. `cmh-1`; its data is injected at build time as `data`. */
  id: string;
  data?: QuizData;
  /** Where the result is stored; defaults to the quiz id (pre/post tests use `<id>:pre`). */
  attemptKey?: string;
  /** Heading level of the quiz title, to fit the page outline. */
  headingLevel?: 2 | 3 | 4;
};

const T = {
  meta: (count: number, pass: number) =>
    translate({id: 'quiz.meta', message: '{count} questions · pass mark {pass}%', description: 'Under the quiz title'}, {count, pass}),
  notTried: () => translate({id: 'quiz.status.notTried', message: 'Not attempted yet. Your answers stay in this browser.', description: 'Quiz status before any attempt'}),
  last: (last: number, best: number, attempts: number) =>
    translate({id: 'quiz.status.last', message: 'Last score {last}% · best {best}% · {attempts} attempt(s)', description: 'Quiz status after attempts'}, {last, best, attempts}),
  passed: () => translate({id: 'quiz.status.passed', message: 'Passed', description: 'Quiz passed badge'}),
  submit: () => translate({id: 'quiz.submit', message: 'Check my answers', description: 'Quiz submit button'}),
  retry: () => translate({id: 'quiz.retry', message: 'Try again', description: 'Quiz retry button'}),
  unanswered: (count: number) =>
    translate({id: 'quiz.unanswered', message: 'Please answer every question first ({count} left).', description: 'Shown when submitting with unanswered questions'}, {count}),
  score: (correct: number, total: number, percent: number) =>
    translate({id: 'quiz.result.score', message: 'You answered {correct} of {total} questions correctly ({percent}%).', description: 'Quiz result'}, {correct, total, percent}),
  passedResult: (pass: number) => translate({id: 'quiz.result.passed', message: 'You passed (pass mark {pass}%).', description: 'Quiz result: passed'}, {pass}),
  failedResult: (pass: number) =>
    translate({id: 'quiz.result.failed', message: 'Not passed yet (pass mark {pass}%). Read the feedback under each question, then try again.', description: 'Quiz result: not passed'}, {pass}),
  missing: (id: string) => translate({id: 'quiz.missing', message: 'Quiz “{id}” could not be loaded.', description: 'Error when quiz data is missing'}, {id}),
};

function withDisplayedOrders(quiz: QuizData, answers: Answers): Answers {
  const out = {...answers};
  for (const q of quiz.questions) {
    if (q.type === 'ordering' && !Array.isArray(out[q.id])) out[q.id] = stableShuffle(q.items, q.id).map((i) => i.id);
  }
  return out;
}

/** Keeps DOM ids valid and unique per quiz instance. */
const domSafe = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '-');

export default function QuizForm({id, data, attemptKey = id, headingLevel = 3}: QuizProps) {
  const {progress, update} = useProgress();
  const showKey = useTrainerView();
  const [given, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const [message, setMessage] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const instance = domSafe(`${attemptKey}-${useId()}`);
  const record = progress.quizzes[attemptKey];
  const restored = useRef(false);
  // The server-rendered form is readable at once but answerable only once this code runs;
  // until then its controls are disabled, so that no answer is given that would not count.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // Restore the last submitted answers once, after hydration (never during render).
  useEffect(() => {
    if (restored.current || !record) return;
    restored.current = true;
    setAnswers(record.lastAnswers);
  }, [record]);

  if (!data) return <p className="alert alert--danger">{T.missing(id)}</p>;
  const quiz = data;
  const Heading = `h${headingLevel}` as const;

  const setAnswer = (qid: string, a: Answer) => setAnswers((prev) => ({...prev, [qid]: a}));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An ordering exercise left untouched is answered with the order shown.
    const answers = withDisplayedOrders(quiz, given);
    const missing = quiz.questions.filter((q) => isScored(q) && !isAnswered(answers[q.id]));
    if (missing.length) {
      setMessage(T.unanswered(missing.length));
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${instance}-${missing[0]!.id}`)} input, #${CSS.escape(`${instance}-${missing[0]!.id}`)} select`)?.focus();
      return;
    }
    const scored = scoreQuiz(quiz, answers);
    setAnswers(answers);
    setResult(scored);
    setMessage('');
    update((p) => {
      let next = recordAttempt(p, attemptKey, {percent: scored.percent, passed: scored.passed, answers});
      for (const q of quiz.questions) {
        const a = answers[q.id];
        if (q.type === 'reflection' && (typeof a === 'string' || typeof a === 'number') && a !== '') {
          const scale = q.scale ? `${q.scale.min}–${q.scale.max} (${q.scale.minLabel} – ${q.scale.maxLabel})` : undefined;
          next = recordReflection(next, `${quiz.id}/${q.id}`, {prompt: q.prompt, value: a, ...(scale ? {scale} : {})});
        }
      }
      return next;
    });
    // Focus the result so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setResult(null);
    setAnswers({});
    setMessage('');
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus());
  };

  const scoredCount = quiz.questions.filter(isScored).length;
  return (
    <section className={styles.quiz} aria-labelledby={`${instance}-title`} data-quiz={quiz.id}>
      <Heading id={`${instance}-title`} className={styles.title}>
        {quiz.title}
      </Heading>
      <p className={styles.meta}>{T.meta(scoredCount, quiz.passMark)}</p>
      <p className={styles.status} data-testid="quiz-status">
        {record ? T.last(record.last, record.best, record.attempts) : T.notTried()}
        {record?.passed && <span className="badge badge--success margin-left--sm">{T.passed()}</span>}
      </p>
      <ProgressNotice />
      <form ref={formRef} onSubmit={submit} noValidate>
        <fieldset className={styles.controls} disabled={!ready} data-ready={ready}>
          {quiz.questions.map((q, i) => (
            <QuestionView
              key={q.id}
              question={q}
              number={i + 1}
              domId={`${instance}-${q.id}`}
              answer={given[q.id]}
              onAnswer={(a) => setAnswer(q.id, a)}
              submitted={result !== null}
              showKey={showKey && result === null}
            />
          ))}
          <div className={styles.actions}>
            {result === null ? (
              <button type="submit" className="button button--primary">
                {T.submit()}
              </button>
            ) : (
              <button type="button" className="button button--secondary" onClick={retry}>
                {T.retry()}
              </button>
            )}
          </div>
          <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite" className={styles.result} data-testid="quiz-result">
            {message && <p className={styles.warning}>{message}</p>}
            {result && (
              <>
                <p className={styles.score}>
                  {T.score(result.correct, result.total, result.percent)}{' '}
                  {result.passed ? T.passedResult(quiz.passMark) : T.failedResult(quiz.passMark)}
                </p>
                <p>{result.bandFeedback}</p>
              </>
            )}
          </div>
        </fieldset>
      </form>
    </section>
  );
}
