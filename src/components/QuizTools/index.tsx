import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Quiz} from '../../data/quizSchema';

/** Links from a session plan to the trainer views of a quiz. */
export default function QuizTools({id, data}: {id: string; data?: Quiz}) {
  return (
    <div className="card padding--md margin-vert--md" data-testid="quiz-tools">
      <p className="margin-bottom--sm">
        <strong>{data?.title ?? id}</strong> ({data?.questions.length ?? 0}{' '}
        <Translate id="quizTools.questions" description="After a number of questions">
          questions
        </Translate>
        )
      </p>
      <div className="button-group">
        <Link className="button button--primary button--sm" to={`/quizzes/${id}/projector`}>
          <Translate id="quizTools.projector" description="Link to projector mode">Project it (one question per screen)</Translate>
        </Link>
        <Link className="button button--secondary button--sm" to={`/quizzes/${id}/print`}>
          <Translate id="quizTools.print" description="Link to printable quiz">Print for participants</Translate>
        </Link>
        <Link className="button button--secondary button--sm" to={`/quizzes/${id}/answer-key`}>
          <Translate id="quizTools.answerKey" description="Link to answer key">Answer key</Translate>
        </Link>
      </div>
    </div>
  );
}
