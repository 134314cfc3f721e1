import React from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Translate, {translate} from '@docusaurus/Translate';
import type {Question, Quiz} from '../../data/quizSchema';
import {stableShuffle} from '../Quiz/shuffle';
import styles from './styles.module.css';

function Blank({q}: {q: Question}) {
  if ('options' in q) {
    return (
      <ul className={styles.boxes}>
        {q.options.map((o) => (
          <li key={o.id}>
            <span className={styles.box} aria-hidden="true">☐</span> {o.text}
          </li>
        ))}
      </ul>
    );
  }
  if (q.type === 'ordering') {
    return (
      <ul className={styles.boxes}>
        {stableShuffle(q.items, q.id).map((i) => (
          <li key={i.id}>
            <span className={styles.slot} aria-hidden="true">___</span> {i.text}
          </li>
        ))}
      </ul>
    );
  }
  if (q.type === 'matching') {
    const rights = stableShuffle(q.pairs, q.id);
    return (
      <div className={styles.matching}>
        <ol>{q.pairs.map((p) => <li key={p.id}>{p.left} <span className={styles.slot}>→ ___</span></li>)}</ol>
        <ol type="A">{rights.map((p) => <li key={p.id}>{p.right}</li>)}</ol>
      </div>
    );
  }
  return (
    <>
      {q.scale && <p>{q.scale.minLabel} {Array.from({length: q.scale.max - q.scale.min + 1}, (_, i) => `☐ ${q.scale!.min + i}`).join('   ')} {q.scale.maxLabel}</p>}
      <div className={styles.lines} aria-hidden="true" />
    </>
  );
}

/** Printable quiz for participants: questions with space to answer, made from the same data as the web quiz. */
export default function QuizPrint({quiz}: {quiz: Quiz}) {
  return (
    <Layout title={quiz.title}>
      <Head><meta name="robots" content="noindex" /></Head>
      <main className={`container margin-vert--lg ${styles.sheet}`} data-testid="quiz-print">
        <h1>{quiz.title}</h1>
        <p className={styles.fields}>
          <Translate id="quizPrint.name" description="Name line on a printed quiz">Name:</Translate> ____________________{'  '}
          <Translate id="quizPrint.date" description="Date line on a printed quiz">Date:</Translate> ____________
        </p>
        <p>
          {translate({id: 'quizPrint.instructions', message: 'Tick one box unless the question says otherwise. Pass mark: {pass}%.', description: 'Instructions on a printed quiz'}, {pass: quiz.passMark})}
        </p>
        <button type="button" className="button button--primary margin-bottom--md" onClick={() => window.print()}>
          <Translate id="quizPrint.print" description="Print button">Print</Translate>
        </button>
        <ol className={styles.questions}>
          {quiz.questions.map((q) => (
            <li key={q.id} className={styles.question} data-question={q.id}>
              {q.type === 'scenario' && <p className={styles.scenario}>{q.scenario}</p>}
              <p className={styles.prompt}>
                {q.prompt}
                {q.type === 'multiple' && ` ${translate({id: 'quizPrint.multiple', message: '(tick all that apply)', description: 'Hint for multiple-answer question'})}`}
                {q.type === 'ordering' && ` ${translate({id: 'quizPrint.ordering', message: '(number them in order)', description: 'Hint for ordering question'})}`}
                {q.type === 'matching' && ` ${translate({id: 'quizPrint.matching', message: '(write the letter of the match)', description: 'Hint for matching question'})}`}
              </p>
              <Blank q={q} />
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
