import React from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Question, Quiz} from '../../data/quizSchema';
import styles from './styles.module.css';

function Key({q}: {q: Question}) {
  if ('options' in q) {
    return (
      <ul>
        {q.options.map((o) => (
          <li key={o.id} className={o.correct ? styles.correct : undefined}>
            {o.correct ? '✓ ' : '✗ '}
            <strong>{o.text}</strong> — {o.feedback}
          </li>
        ))}
      </ul>
    );
  }
  if (q.type === 'ordering') return <ol>{q.items.map((i) => <li key={i.id}><strong>{i.text}</strong> — {i.feedback}</li>)}</ol>;
  if (q.type === 'matching') return <ul>{q.pairs.map((p) => <li key={p.id}><strong>{p.left} → {p.right}</strong> — {p.feedback}</li>)}</ul>;
  return <p><em><Translate id="answerKey.reflection" description="Answer key for a reflection item">Reflection item: no right answer; invite participants to share only if they wish.</Translate></em></p>;
}

/** The trainer's answer key: right answers, feedback per option, explanation and framework link. */
export default function AnswerKey({quiz}: {quiz: Quiz}) {
  const title = translate({id: 'answerKey.title', message: 'Answer key: {title}', description: 'Answer key page title'}, {title: quiz.title});
  return (
    <Layout title={title}>
      <Head><meta name="robots" content="noindex" /></Head>
      <main className={`container margin-vert--lg ${styles.sheet}`} data-testid="answer-key">
        <h1>{title}</h1>
        <p>{translate({id: 'answerKey.pass', message: 'Pass mark: {pass}%. Score bands:', description: 'Answer key pass mark'}, {pass: quiz.passMark})}</p>
        <ul>{quiz.bands.map((b) => <li key={b.min}>{b.min}%+: {b.feedback}</li>)}</ul>
        <ol className={styles.questions}>
          {quiz.questions.map((q) => (
            <li key={q.id} className={styles.question} data-question={q.id}>
              {q.type === 'scenario' && <p className={styles.scenario}>{q.scenario}</p>}
              <p className={styles.prompt}>{q.prompt}</p>
              <Key q={q} />
              {q.type !== 'reflection' && (
                <p>
                  {q.explanation} <Link to={q.link}><Translate id="answerKey.framework" description="Link to framework page">Framework page</Translate></Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
