import React, {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {GlossaryEntry} from '../../data/quizSchema';
import styles from './styles.module.css';

/**
 * A glossary term in running text: the definition shows on hover and on keyboard
 * focus (and is the link's accessible description); Escape hides it (WCAG 1.4.13);
 * the link leads to the glossary entry. `data` is injected at build time.
 */
export default function Term({id, data, children}: {id: string; data?: GlossaryEntry; children?: ReactNode}) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (!data) return <>{children ?? id}</>;
  return (
    <span
      className={styles.term}
      onKeyDown={(e) => e.key === 'Escape' && setDismissed(true)}
      onMouseEnter={() => setDismissed(false)}
      onFocus={() => setDismissed(false)}>
      <Link to={`/framework/glossary#${id}`} className={styles.link} aria-describedby={tipId}>
        {children ?? data.term}
      </Link>
      <span role="tooltip" id={tipId} className={styles.tip} hidden={dismissed || undefined}>
        <strong>{data.term}</strong>
        {data.expansion ? ` (${data.expansion})` : ''}: {data.definition}
      </span>
    </span>
  );
}
