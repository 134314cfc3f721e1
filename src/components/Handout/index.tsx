import React, {useRef, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {printOnly} from '../PrintOnly/printOnly';
import styles from './styles.module.css';

/** The one-page printable handout of a session plan; "Print the handout" prints this block alone. */
export default function Handout({children}: {children: ReactNode}) {
  const ref = useRef<HTMLElement>(null);
  return (
    <section ref={ref} className={`handout ${styles.handout}`} data-testid="handout">
      <button type="button" className={`button button--secondary button--sm ${styles.print}`} onClick={() => printOnly(ref.current)}>
        <Translate id="handout.print" description="Button that prints only the handout">
          Print the handout
        </Translate>
      </button>
      {children}
    </section>
  );
}
