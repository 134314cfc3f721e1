import React from 'react';
import {translate} from '@docusaurus/Translate';
import type {ProgressNotice as Notice} from '../../data/progress';
import {useProgress} from '../../data/useProgress';

const MESSAGES: Record<Notice, () => string> = {
  migrated: () =>
    translate({id: 'progress.notice.migrated', message: 'Your saved progress came from an older version of this site and has been updated. Best scores were kept; retake a quiz to record a pass.', description: 'Notice after migrating stored progress'}),
  'reset-corrupt': () =>
    translate({id: 'progress.notice.corrupt', message: 'Your saved progress in this browser was damaged and could not be read, so it has been reset. If you exported a progress file, you can import it on the “My progress” page.', description: 'Notice after resetting corrupt progress'}),
  'reset-foreign': () =>
    translate({id: 'progress.notice.foreign', message: 'The progress stored in this browser was not in a format this site understands, so it has been reset. If you exported a progress file, you can import it on the “My progress” page.', description: 'Notice after resetting unknown progress data'}),
};

/** Tells the learner, once, that stored progress was migrated or reset. */
export default function ProgressNotice() {
  const {notice, dismissNotice} = useProgress();
  if (!notice) return null;
  return (
    <div className="alert alert--warning margin-bottom--md" role="alert" data-testid="progress-notice">
      <p className="margin-bottom--sm">{MESSAGES[notice]()}</p>
      <button type="button" className="button button--sm button--secondary" onClick={dismissNotice}>
        {translate({id: 'progress.notice.dismiss', message: 'OK', description: 'Dismiss the progress notice'})}
      </button>
    </div>
  );
}
