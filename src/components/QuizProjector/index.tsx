import React, {useEffect, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Translate, {translate} from '@docusaurus/Translate';
import type {Question, Quiz} from '../../data/quizSchema';
import styles from './styles.module.css';

type Tally = Record<string, Record<string, string>>;

function Answer({q}: {q: Question}) {
  if ('options' in q) return <p className={styles.answer}>{q.options.filter((o) => o.correct).map((o) => o.text).join(' · ')}</p>;
  if (q.type === 'ordering') return <ol className={styles.answer}>{q.items.map((i) => <li key={i.id}>{i.text}</li>)}</ol>;
  if (q.type === 'matching') return <ul className={styles.answer}>{q.pairs.map((p) => <li key={p.id}>{p.left} → {p.right}</li>)}</ul>;
  return null;
}

function Options({q, revealed, tally, onTally}: {q: Question; revealed: boolean; tally: Record<string, string>; onTally: (option: string, value: string) => void}) {
  if (!('options' in q)) {
    if (q.type === 'ordering' || q.type === 'matching') {
      const items = q.type === 'ordering' ? q.items.map((i) => i.text) : q.pairs.map((p) => `${p.left} ↔ ?`);
      return <ul className={styles.plain}>{items.map((t) => <li key={t}>{t}</li>)}</ul>;
    }
    return null;
  }
  const counts = q.options.map((o) => Math.max(0, Number.parseInt(tally[o.id] ?? '', 10) || 0));
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <ul className={styles.options}>
      {q.options.map((o, i) => {
        const share = total ? Math.round((counts[i]! / total) * 100) : 0;
        return (
          <li key={o.id} className={revealed && o.correct ? styles.correct : undefined}>
            <span className={styles.letter}>{String.fromCharCode(65 + i)}</span>
            <span className={styles.optionText}>
              {o.text}
              {revealed && o.correct && <strong> ✓</strong>}
              <span className={styles.bar} style={{width: `${share}%`}} aria-hidden="true" />
            </span>
            <label className={styles.count}>
              <span className="sr-only">{translate({id: 'projector.handsFor', message: 'Hands for option {letter}', description: 'Accessible label of the tally input'}, {letter: String.fromCharCode(65 + i)})}</span>
              <input type="number" min={0} inputMode="numeric" value={tally[o.id] ?? ''} onChange={(e) => onTally(o.id, e.target.value)} />
            </label>
            <span className={styles.share}>{total ? `${share}%` : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Projector mode: one question per screen, large type, hand tally per option, reveal on demand. */
export default function QuizProjector({quiz}: {quiz: Quiz}) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [tally, setTally] = useState<Tally>({});
  const stage = useRef<HTMLDivElement>(null);
  const q = quiz.questions[index]!;
  const go = (delta: number) => {
    setIndex((i) => Math.min(quiz.questions.length - 1, Math.max(0, i + delta)));
    setRevealed(false);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, textarea, select')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(1);
      if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const title = translate({id: 'projector.title', message: 'Projector: {title}', description: 'Projector page title'}, {title: quiz.title});
  return (
    <Layout title={title} noFooter>
      <Head><meta name="robots" content="noindex" /></Head>
      <main className={styles.projector} data-testid="projector">
        <div className={styles.bar_top}>
          <h1 className={styles.quizTitle}>{quiz.title}</h1>
          <span aria-live="polite" data-testid="projector-position">
            {translate({id: 'projector.position', message: 'Question {n} of {total}', description: 'Position in projector mode'}, {n: index + 1, total: quiz.questions.length})}
          </span>
          <button type="button" className="button button--sm button--secondary" onClick={() => void stage.current?.requestFullscreen?.()}>
            <Translate id="projector.fullscreen" description="Full-screen button">Full screen</Translate>
          </button>
        </div>
        <div ref={stage} className={styles.stage}>
          {q.type === 'scenario' && <p className={styles.scenario}>{q.scenario}</p>}
          <h2 className={styles.prompt}>{q.prompt}</h2>
          <Options q={q} revealed={revealed} tally={tally[q.id] ?? {}} onTally={(o, v) => setTally((t) => ({...t, [q.id]: {...t[q.id], [o]: v}}))} />
          {revealed && q.type !== 'reflection' && (
            <div className={styles.reveal} data-testid="projector-answer">
              <Answer q={q} />
              <p>{q.explanation}</p>
            </div>
          )}
        </div>
        <div className={styles.controls}>
          <button type="button" className="button button--secondary button--lg" onClick={() => go(-1)} disabled={index === 0}>
            <Translate id="projector.previous" description="Previous question">Previous</Translate>
          </button>
          {q.type !== 'reflection' && (
            <button type="button" className="button button--primary button--lg" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
              {revealed ? translate({id: 'projector.hide', message: 'Hide the answer', description: 'Hide answer'}) : translate({id: 'projector.reveal', message: 'Reveal the answer', description: 'Reveal answer'})}
            </button>
          )}
          <button type="button" className="button button--secondary button--lg" onClick={() => go(1)} disabled={index === quiz.questions.length - 1}>
            <Translate id="projector.next" description="Next question">Next</Translate>
          </button>
        </div>
      </main>
    </Layout>
  );
}
