import React, {useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {printOnly} from '../PrintOnly/printOnly';
import styles from './styles.module.css';

/**
 * A completion certificate made in the browser from the name the learner types.
 * Nothing is sent anywhere; the learner prints it or saves it as PDF.
 */
export default function Certificate({curriculumTitle, complete}: {curriculumTitle: string; complete: boolean}) {
  const [name, setName] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const {i18n} = useDocusaurusContext();
  if (!complete) {
    return (
      <p className="alert alert--info">
        <Translate id="certificate.locked" description="Certificate not yet available">
          Pass every module's knowledge check to unlock your certificate.
        </Translate>
      </p>
    );
  }
  const date = new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'long'}).format(new Date());
  return (
    <div data-testid="certificate-form">
      <label htmlFor="certificate-name" className={styles.label}>
        <Translate id="certificate.nameLabel" description="Label of the name field">Your name as it should appear on the certificate</Translate>
      </label>
      <input id="certificate-name" className={styles.input} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      {name.trim() && (
        <>
          <div ref={ref} className={`${styles.certificate} certificate`} data-testid="certificate">
            <p className={styles.kicker}>{translate({id: 'certificate.kicker', message: 'Certificate of completion', description: 'Certificate heading'})}</p>
            <p className={styles.name}>{name.trim()}</p>
            <p>{translate({id: 'certificate.body', message: 'has completed every module of the curriculum', description: 'Certificate text before the curriculum title'})}</p>
            <p className={styles.course}>{curriculumTitle}</p>
            <p>{translate({id: 'certificate.hub', message: 'Community Mental Health Training Hub · {date}', description: 'Certificate footer with date'}, {date})}</p>
            <p className={styles.small}>{translate({id: 'certificate.note', message: 'Self-declared completion based on knowledge checks taken in the learner’s own browser.', description: 'Certificate fine print'})}</p>
          </div>
          <button type="button" className="button button--primary" onClick={() => printOnly(ref.current)}>
            <Translate id="certificate.print" description="Print certificate button">Print or save as PDF</Translate>
          </button>
        </>
      )}
    </div>
  );
}
