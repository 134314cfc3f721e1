import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * The one-page printable handout of a session plan. "Print the handout" prints
 * only this block: it marks <html> so that print CSS hides everything else.
 */
export default function Handout({children}: {children: ReactNode}) {
  const printOnlyHandout = () => {
    document.documentElement.dataset.printHandout = 'on';
    window.addEventListener('afterprint', () => delete document.documentElement.dataset.printHandout, {once: true});
    window.print();
  };
  return (
    <section className={`handout ${styles.handout}`} data-testid="handout">
      <button type="button" className={`button button--secondary button--sm ${styles.print}`} onClick={printOnlyHandout}>
        <Translate id="handout.print" description="Button that prints only the handout">
          Print the handout
        </Translate>
      </button>
      {children}
    </section>
  );
}
