import React from 'react';
import {translate} from '@docusaurus/Translate';
import {useProgress} from '../../data/useProgress';
import {normalisedGain} from '../SessionSummary/gain';

/** The learner's last pre- and post-test scores for a pre/post quiz, and their normalised gain. */
export default function PrePostResults({id, className, testId}: {id: string; className?: string; testId: string}) {
  const {progress} = useProgress();
  const pre = progress.quizzes[`${id}:pre`];
  const post = progress.quizzes[`${id}:post`];
  const gain = pre && post ? normalisedGain(pre.last, post.last) : undefined;
  return (
    <p className={className} data-testid={testId}>
      {translate(
        {id: 'prepost.results', message: 'Pre-test: {pre} · Post-test: {post}', description: 'Pre/post scores of the learner'},
        {pre: pre ? `${pre.last}%` : '—', post: post ? `${post.last}%` : '—'},
      )}
      {gain !== undefined &&
        ` · ${translate({id: 'prepost.gain', message: 'your normalised gain g = {g}', description: 'Learner gain'}, {g: gain.toFixed(2)})}`}
    </p>
  );
}
