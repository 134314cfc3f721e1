import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {ChoiceQuestion, MatchingQuestion, OrderingQuestion, Question, ReflectionQuestion} from '../../data/quizSchema';
import type {Answer} from '../../data/progress';
import {isCorrect} from './scoring';
import {stableShuffle} from './shuffle';
import styles from './styles.module.css';

export type QuestionProps<Q extends Question = Question> = {
  question: Q;
  number: number;
  domId: string;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  submitted: boolean;
  showKey: boolean;
};

const T = {
  correct: () => translate({id: 'quiz.feedback.correct', message: 'Correct', description: 'Shown under a question answered correctly'}),
  incorrect: () => translate({id: 'quiz.feedback.incorrect', message: 'Not quite', description: 'Shown under a question answered wrongly'}),
  readMore: () => translate({id: 'quiz.feedback.readMore', message: 'Read more in the framework', description: 'Link from a question explanation to the framework page'}),
  keyLabel: () => translate({id: 'quiz.answerKey.label', message: 'Answer key', description: 'Trainer view: label before the correct answer'}),
  choose: () => translate({id: 'quiz.matching.choose', message: 'Choose…', description: 'Empty choice of a matching question'}),
  unscored: () => translate({id: 'quiz.reflection.private', message: 'Reflection, not scored: your answer stays in this browser.', description: 'Note under a reflection item'}),
  moveUp: (item: string) => translate({id: 'quiz.ordering.moveUp', message: 'Move “{item}” up', description: 'Button label in an ordering question'}, {item}),
  moveDown: (item: string) => translate({id: 'quiz.ordering.moveDown', message: 'Move “{item}” down', description: 'Button label in an ordering question'}, {item}),
  moved: (item: string, pos: number) => translate({id: 'quiz.ordering.moved', message: '“{item}” is now in position {pos}', description: 'Announced after moving an item'}, {item, pos}),
  expectedOrder: () => translate({id: 'quiz.ordering.expected', message: 'The right order:', description: 'Before the correct order of an ordering question'}),
  expectedMatch: () => translate({id: 'quiz.matching.expected', message: 'The right pairs:', description: 'Before the correct pairs of a matching question'}),
  yourAnswer: () => translate({id: 'quiz.reflection.yourAnswer', message: 'Your answer', description: 'Label of the free-text reflection box'}),
};

function Feedback({question, answer, children}: {question: Exclude<Question, ReflectionQuestion>; answer: Answer | undefined; children: ReactNode}) {
  const ok = isCorrect(question, answer);
  return (
    <div className={clsx(styles.feedback, ok ? styles.right : styles.wrong)}>
      <p className={styles.verdict}>
        <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
        {ok ? T.correct() : T.incorrect()}
      </p>
      {children}
      <p>{question.explanation}</p>
      <p>
        <Link to={question.link}>{T.readMore()}</Link>
      </p>
    </div>
  );
}

function ChoiceInputs({question: q, domId, answer, onAnswer, submitted, showKey}: QuestionProps<ChoiceQuestion>) {
  const multiple = q.type === 'multiple';
  const chosen = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);
  const toggle = (id: string) => {
    if (!multiple) return onAnswer(id);
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onAnswer([...next]);
  };
  // After submitting, explain every option the learner picked and every right one they missed.
  const explained = q.options.filter((o) => chosen.has(o.id) || (multiple && o.correct));
  return (
    <>
      <ul className={styles.options}>
        {q.options.map((o) => (
          <li key={o.id} className={clsx(showKey && o.correct && styles.keyOption)}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={`${domId}-${o.id}`}
              name={domId}
              value={o.id}
              checked={chosen.has(o.id)}
              disabled={submitted}
              onChange={() => toggle(o.id)}
            />
            <label htmlFor={`${domId}-${o.id}`}>{o.text}</label>
            {showKey && o.correct && <span className={styles.keyMark}> ({T.keyLabel()})</span>}
          </li>
        ))}
      </ul>
      {submitted && (
        <Feedback question={q} answer={answer}>
          <ul className={styles.optionFeedback}>
            {explained.map((o) => (
              <li key={o.id}>
                <strong>{o.text}</strong> — {o.feedback}
              </li>
            ))}
          </ul>
        </Feedback>
      )}
    </>
  );
}

function OrderingInput({question: q, domId, answer, onAnswer, submitted, showKey}: QuestionProps<OrderingQuestion>) {
  const initial = stableShuffle(q.items, q.id).map((i) => i.id);
  const order = Array.isArray(answer) && answer.length === q.items.length ? answer : initial;
  const [announce, setAnnounce] = useState('');
  const focusAfterMove = useRef<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const text = (id: string) => q.items.find((i) => i.id === id)?.text ?? id;

  useEffect(() => {
    const key = focusAfterMove.current;
    if (key) buttons.current.get(key)?.focus();
    focusAfterMove.current = null;
  });

  const move = (index: number, delta: -1 | 1) => {
    const next = order.slice();
    const target = index + delta;
    [next[index], next[target]] = [next[target]!, next[index]!];
    const id = order[index]!;
    // Keep focus on the same button if it still exists, else on its sibling.
    const still = (delta === -1 && target > 0) || (delta === 1 && target < order.length - 1);
    focusAfterMove.current = `${id}:${still ? delta : -delta}`;
    setAnnounce(T.moved(text(id), target + 1));
    onAnswer(next);
  };

  return (
    <>
      <ol className={styles.ordering}>
        {order.map((id, index) => (
          <li key={id}>
            <span className={styles.orderText}>{text(id)}</span>
            <span className={styles.orderButtons}>
              {index > 0 && (
                <button type="button" className="button button--sm button--secondary" disabled={submitted} aria-label={T.moveUp(text(id))} ref={(el) => void buttons.current.set(`${id}:-1`, el)} onClick={() => move(index, -1)}>
                  ↑
                </button>
              )}
              {index < order.length - 1 && (
                <button type="button" className="button button--sm button--secondary" disabled={submitted} aria-label={T.moveDown(text(id))} ref={(el) => void buttons.current.set(`${id}:1`, el)} onClick={() => move(index, 1)}>
                  ↓
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite" id={`${domId}-live`}>
        {announce}
      </p>
      {(submitted || showKey) && (
        <div className={submitted ? undefined : styles.keyOption}>
          {submitted ? null : <strong>{T.keyLabel()}</strong>}
          {submitted && (
            <Feedback question={q} answer={answer ?? initial}>
              <p>{T.expectedOrder()}</p>
              <ol>
                {q.items.map((i) => (
                  <li key={i.id}>
                    <strong>{i.text}</strong> — {i.feedback}
                  </li>
                ))}
              </ol>
            </Feedback>
          )}
          {!submitted && (
            <ol>
              {q.items.map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </>
  );
}

function MatchingInput({question: q, domId, answer, onAnswer, submitted, showKey}: QuestionProps<MatchingQuestion>) {
  const chosen = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
  const rights = stableShuffle(q.pairs, q.id);
  return (
    <>
      <ul className={styles.matching}>
        {q.pairs.map((p) => (
          <li key={p.id}>
            <label htmlFor={`${domId}-${p.id}`}>{p.left}</label>
            <select
              id={`${domId}-${p.id}`}
              value={chosen[p.id] ?? ''}
              disabled={submitted}
              onChange={(e) => onAnswer({...chosen, [p.id]: e.target.value})}>
              <option value="">{T.choose()}</option>
              {rights.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.right}
                </option>
              ))}
            </select>
            {showKey && (
              <span className={styles.keyMark}>
                {' '}
                ({T.keyLabel()}: {p.right})
              </span>
            )}
          </li>
        ))}
      </ul>
      {submitted && (
        <Feedback question={q} answer={answer}>
          <p>{T.expectedMatch()}</p>
          <ul>
            {q.pairs.map((p) => (
              <li key={p.id}>
                <span aria-hidden="true">{chosen[p.id] === p.id ? '✓ ' : '✗ '}</span>
                <strong>{p.left}</strong> → {p.right} — {p.feedback}
              </li>
            ))}
          </ul>
        </Feedback>
      )}
    </>
  );
}

function ReflectionInput({question: q, domId, answer, onAnswer, submitted}: QuestionProps<ReflectionQuestion>) {
  const scale = q.scale;
  if (!scale) {
    return (
      <>
        <label htmlFor={`${domId}-text`} className="sr-only">
          {T.yourAnswer()}
        </label>
        <textarea id={`${domId}-text`} className={styles.textarea} rows={3} value={typeof answer === 'string' ? answer : ''} disabled={submitted} onChange={(e) => onAnswer(e.target.value)} />
        <p className={styles.private}>{T.unscored()}</p>
      </>
    );
  }
  const steps = Array.from({length: scale.max - scale.min + 1}, (_, i) => scale.min + i);
  return (
    <>
      <div className={styles.scale}>
        <span aria-hidden="true">{scale.minLabel}</span>
        {steps.map((n) => (
          <span key={n} className={styles.scaleStep}>
            <input type="radio" id={`${domId}-${n}`} name={domId} value={n} checked={answer === n} disabled={submitted} onChange={() => onAnswer(n)} />
            <label htmlFor={`${domId}-${n}`}>
              {n}
              {n === scale.min && <span className="sr-only"> ({scale.minLabel})</span>}
              {n === scale.max && <span className="sr-only"> ({scale.maxLabel})</span>}
            </label>
          </span>
        ))}
        <span aria-hidden="true">{scale.maxLabel}</span>
      </div>
      <p className={styles.private}>{T.unscored()}</p>
    </>
  );
}

/** One question as a fieldset whose legend is the prompt. */
export default function QuestionView(props: QuestionProps) {
  const {question: q, number, domId} = props;
  return (
    <fieldset className={styles.question} id={domId}>
      <legend>
        <span className={styles.number}>{number}.</span>{' '}
        {/* The case is part of the legend so that it is read with the question. */}
        {q.type === 'scenario' && <span className={styles.scenario}>{q.scenario}</span>}
        <span className={styles.prompt}>{q.prompt}</span>
      </legend>
      {(q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse' || q.type === 'scenario') && <ChoiceInputs {...props} question={q} />}
      {q.type === 'ordering' && <OrderingInput {...props} question={q} />}
      {q.type === 'matching' && <MatchingInput {...props} question={q} />}
      {q.type === 'reflection' && <ReflectionInput {...props} question={q} />}
    </fieldset>
  );
}
