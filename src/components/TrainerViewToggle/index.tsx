import React from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {setTrainerView, useTrainerView} from '../../data/useTrainerView';
import styles from './styles.module.css';

/** Navbar switch that reveals facilitator notes and answer keys; remembered per browser. */
export default function TrainerViewToggle({mobile}: {mobile?: boolean; position?: string}) {
  const on = useTrainerView();
  const label = translate({id: 'trainerView.label', message: 'Trainer view', description: 'Navbar switch that shows facilitator notes and answer keys'});
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className={clsx(styles.toggle, mobile ? 'menu__link' : 'navbar__item', on && styles.on)}
      title={translate({id: 'trainerView.title', message: 'Show facilitator notes and answer keys', description: 'Tooltip of the trainer view switch'})}
      onClick={() => setTrainerView(!on)}>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.thumb} />
      </span>
      {label}
    </button>
  );
}
