import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import AudienceCards from './_components/AudienceCards';
import styles from './index.module.css';

function Hero() {
  return (
    <header className={styles.hero}>
      <div className="container">
        <h1 className={styles.title}>
          <Translate id="home.title" description="Home page main heading">Community mental health training hub</Translate>
        </h1>
        <p className={styles.subtitle}>
          <Translate id="home.subtitle" description="Home page subtitle">
            Humanity &amp; Inclusion's community mental health framework, person-centred attitudes, resilience and recovery, and peer support — as free training you can read, teach and take offline, in English and French.
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/curricula">
            <Translate id="home.cta.curricula" description="Main call to action">Start a curriculum</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/framework/overview">
            <Translate id="home.cta.framework" description="Secondary call to action">Read the framework</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

export default function Home() {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Home', description: 'Home page <title>'})}
      description={translate({id: 'home.meta.description', message: 'Bilingual training on community mental health: framework, curricula, session plans and quizzes that work offline.', description: 'Home page meta description'})}>
      <Hero />
      <main className="container margin-vert--lg">
        <h2 className={styles.sectionTitle}>
          <Translate id="home.audiences.title" description="Heading above the audience cards">Where do you want to start?</Translate>
        </h2>
        <AudienceCards />
        <section className={styles.privacy}>
          <h2>
            <Translate id="home.privacy.title" description="Privacy section heading">Private by design</Translate>
          </h2>
          <p>
            <Translate id="home.privacy.body" description="Privacy section text">
              This site has no accounts, no analytics and loads nothing from other websites. Your quiz answers, reflections and progress stay in your own browser; you can export them to a file and delete them at any time.
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
