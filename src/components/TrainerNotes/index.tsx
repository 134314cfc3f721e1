import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Facilitator notes: hidden unless trainer view is on (CSS keyed on <html data-trainer-view>). */
export default function TrainerNotes({children}: {children: ReactNode}) {
  return (
    <aside className={`trainer-only ${styles.notes}`} data-testid="trainer-notes">
      <p className={styles.label}>
        <Translate id="trainerNotes.label" description="Heading of facilitator notes on a module page">
          Facilitator notes
        </Translate>
      </p>
      {children}
    </aside>
  );
}
