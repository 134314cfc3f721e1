import React, {useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Quiz as QuizData} from '../../data/quizSchema';
import {useProgress} from '../../data/useProgress';
import Quiz from '../Quiz';
import {normalisedGain} from '../SessionSummary/gain';
import styles from './styles.module.css';

type Phase = 'pre' | 'post';

/** The curriculum's pre/post test: the same questions before and after, results kept apart, personal gain shown. */
export default function PrePostTest({id, data}: {id: string; data?: QuizData}) {
  const [phase, setPhase] = useState<Phase>('pre');
  const {progress} = useProgress();
  const pre = progress.quizzes[`${id}:pre`];
  const post = progress.quizzes[`${id}:post`];
  const gain = pre && post ? normalisedGain(pre.last, post.last) : undefined;
  return (
    <div className={styles.prepost} data-testid="prepost">
      <fieldset className={styles.phase}>
        <legend>
          <Translate id="prepost.legend" description="Choice between pre-test and post-test">I am taking this test</Translate>
        </legend>
        {(['pre', 'post'] as const).map((p) => (
          <label key={p} className={styles.choice}>
            <input type="radio" name={`${id}-phase`} value={p} checked={phase === p} onChange={() => setPhase(p)} />{' '}
            {p === 'pre'
              ? translate({id: 'prepost.pre', message: 'before the curriculum (pre-test)', description: 'Pre-test choice'})
              : translate({id: 'prepost.post', message: 'after the curriculum (post-test)', description: 'Post-test choice'})}
          </label>
        ))}
      </fieldset>
      <p className={styles.results} data-testid="prepost-results">
        {translate(
          {id: 'prepost.results', message: 'Pre-test: {pre} · Post-test: {post}', description: 'Pre/post scores of the learner'},
          {pre: pre ? `${pre.last}%` : '—', post: post ? `${post.last}%` : '—'},
        )}
        {gain !== undefined &&
          ` · ${translate({id: 'prepost.gain', message: 'your normalised gain g = {g}', description: 'Learner gain'}, {g: gain.toFixed(2)})}`}
      </p>
      <Quiz key={phase} id={id} data={data} attemptKey={`${id}:${phase}`} headingLevel={3} />
    </div>
  );
}
