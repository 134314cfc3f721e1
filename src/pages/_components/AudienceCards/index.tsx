import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

type Audience = {to: string; title: ReactNode; body: ReactNode; cta: ReactNode};

const AUDIENCES: Audience[] = [
  {
    to: '/framework/overview',
    title: <Translate id="home.audience.staff.title" description="Audience card title">I read the guidance</Translate>,
    body: (
      <Translate id="home.audience.staff.body" description="Audience card text">
        HI staff and partners: the updated framework as reference reading — vision, theory, practice, challenges, the WHO guidance, partners and a glossary.
      </Translate>
    ),
    cta: <Translate id="home.audience.staff.cta" description="Audience card link">Open the framework</Translate>,
  },
  {
    to: '/curricula',
    title: <Translate id="home.audience.learners.title" description="Audience card title">I want to learn</Translate>,
    body: (
      <Translate id="home.audience.learners.body" description="Audience card text">
        Four curricula in short modules, each with a case, discussion questions and a knowledge check. Your progress is saved in your browser.
      </Translate>
    ),
    cta: <Translate id="home.audience.learners.cta" description="Audience card link">Choose a curriculum</Translate>,
  },
  {
    to: '/trainers/facilitation-guide',
    title: <Translate id="home.audience.trainers.title" description="Audience card title">I prepare a session</Translate>,
    body: (
      <Translate id="home.audience.trainers.body" description="Audience card text">
        Session plans with timed agendas and handouts, quizzes to project or print, answer keys, and pre/post tests with learning gain.
      </Translate>
    ),
    cta: <Translate id="home.audience.trainers.cta" description="Audience card link">Open the facilitation guide</Translate>,
  },
  {
    to: '/offline',
    title: <Translate id="home.audience.field.title" description="Audience card title">I work without a network</Translate>,
    body: (
      <Translate id="home.audience.field.body" description="Audience card text">
        Keep the whole site on your phone or laptop, and download the handbooks and trainer packs for your language.
      </Translate>
    ),
    cta: <Translate id="home.audience.field.cta" description="Audience card link">Take it offline</Translate>,
  },
];

/** The four entry points of the home page, one per audience. */
export default function AudienceCards() {
  return (
    <ul className={styles.grid}>
      {AUDIENCES.map((a) => (
        <li key={a.to} className={styles.card}>
          <h3 className={styles.title}>{a.title}</h3>
          <p>{a.body}</p>
          <Link to={a.to} className="button button--primary button--block">
            {a.cta}
          </Link>
        </li>
      ))}
    </ul>
  );
}
