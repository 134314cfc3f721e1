import React, {useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Quiz as QuizData} from '../../data/quizSchema';
import Quiz from '../Quiz';
import PrePostResults from '../PrePostResults';
import styles from './styles.module.css';

type Phase = 'pre' | 'post';

/** The curriculum's pre/post test: the same questions before and after, results kept apart, personal gain shown. */
export default function PrePostTest({id, data}: {id: string; data?: QuizData}) {
  const [phase, setPhase] = useState<Phase>('pre');
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
      <PrePostResults id={id} className={styles.results} testId="prepost-results" />
      <Quiz key={phase} id={id} data={data} attemptKey={`${id}:${phase}`} headingLevel={3} />
    </div>
  );
}
