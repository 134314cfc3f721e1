import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import type {GlossaryEntry} from '../../data/quizSchema';
import styles from './styles.module.css';

/** The glossary of the current locale; each entry's anchor is its id, the target of <Term> links. */
export default function Glossary({data = []}: {data?: GlossaryEntry[]}) {
  const brokenLinks = useBrokenLinks();
  const sorted = [...data].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <dl className={styles.glossary} data-testid="glossary">
      {sorted.map((e) => {
        brokenLinks.collectAnchor(e.id);
        return (
          <div key={e.id} className={styles.entry}>
            <dt id={e.id}>
              {e.term}
              {e.expansion && <span className={styles.expansion}> — {e.expansion}</span>}
            </dt>
            <dd>
              {e.definition}
              {e.link && (
                <>
                  {' '}
                  <Link to={e.link}>
                    {/* The term is in the link text: a list of identical "Read more" links tells a
                        screen-reader user, who may list the links, nothing about where each goes. */}
                    <Translate
                      id="glossary.readMoreAbout"
                      values={{term: e.term}}
                      description="Link from a glossary entry to its framework page; {term} is the entry's term">
                      {'Read more: {term}'}
                    </Translate>
                  </Link>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
