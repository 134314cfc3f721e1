import React, {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** A continuum between two poles, shown as a bar with its two ends. */
function Scale({name, from, to}: {name?: string; from: string; to: string}): ReactNode {
  return (
    <div className={styles.scale}>
      {name ? <p className={styles.scaleName}>{name}</p> : null}
      <p className={styles.scaleBar}>
        <span className={styles.poleFrom} aria-hidden="true">
          {from}
        </span>
        <span className={styles.scaleLine} aria-hidden="true">
          ◀━━━▶
        </span>
        <span className={styles.poleTo} aria-hidden="true">
          {to}
        </span>
        <span className={styles.srOnly}>
          {translate(
            {
              id: 'diagram.dcp.scale.srRange',
              message: 'A continuum from {from} to {to}.',
              description: 'Screen-reader text for a continuum between two poles',
            },
            {from, to},
          )}
        </span>
      </p>
    </div>
  );
}

/**
 * The Disability Creation Process (DCP) as described in HI's report:
 * risk factors (cause) → interaction between personal factors (organic systems:
 * integrity ↔ impairment; capabilities: capacity ↔ incapacity) and environmental
 * factors (facilitator ↔ obstacle) → life habits (social participation ↔ disabling
 * situation). Semantic ordered list, visual arrows hidden from assistive technology,
 * plus a text alternative.
 */
export default function DisabilityCreationProcessDiagram(): ReactNode {
  const captionId = useId();

  const t = {
    title: translate({
      id: 'diagram.dcp.title',
      message: 'The Disability Creation Process (DCP)',
      description: 'Title of the DCP diagram',
    }),
    listLabel: translate({
      id: 'diagram.dcp.listLabel',
      message: 'The three stages of the Disability Creation Process',
      description: 'Accessible name of the list of DCP stages',
    }),
    riskTitle: translate({
      id: 'diagram.dcp.risk.title',
      message: 'Risk factors',
      description: 'DCP box: risk factors',
    }),
    riskTag: translate({
      id: 'diagram.dcp.risk.tag',
      message: 'Cause',
      description: 'DCP label: risk factors are the cause',
    }),
    riskText: translate({
      id: 'diagram.dcp.risk.text',
      message: 'An illness, a trauma or any other damage to the integrity or development of the person.',
      description: 'DCP box: what risk factors are',
    }),
    interactionTitle: translate({
      id: 'diagram.dcp.interaction.title',
      message: 'Interaction',
      description: 'DCP label: personal and environmental factors interact',
    }),
    interactionText: translate({
      id: 'diagram.dcp.interaction.text',
      message: 'Personal factors and environmental factors act on each other.',
      description: 'DCP: explanation of the interaction',
    }),
    personalTitle: translate({
      id: 'diagram.dcp.personal.title',
      message: 'Personal factors',
      description: 'DCP box: personal factors',
    }),
    organic: translate({
      id: 'diagram.dcp.personal.organic',
      message: 'Organic systems',
      description: 'DCP: organic systems (a component of personal factors)',
    }),
    integrity: translate({
      id: 'diagram.dcp.personal.integrity',
      message: 'Integrity',
      description: 'DCP: positive pole of organic systems',
    }),
    impairment: translate({
      id: 'diagram.dcp.personal.impairment',
      message: 'Impairment',
      description: 'DCP: negative pole of organic systems',
    }),
    capabilities: translate({
      id: 'diagram.dcp.personal.capabilities',
      message: 'Capabilities (aptitudes)',
      description: 'DCP: capabilities (a component of personal factors)',
    }),
    capacity: translate({
      id: 'diagram.dcp.personal.capacity',
      message: 'Capacity',
      description: 'DCP: positive pole of capabilities',
    }),
    incapacity: translate({
      id: 'diagram.dcp.personal.incapacity',
      message: 'Incapacity',
      description: 'DCP: negative pole of capabilities',
    }),
    environmentalTitle: translate({
      id: 'diagram.dcp.environmental.title',
      message: 'Environmental factors',
      description: 'DCP box: environmental factors',
    }),
    facilitator: translate({
      id: 'diagram.dcp.environmental.facilitator',
      message: 'Facilitator',
      description: 'DCP: positive pole of environmental factors',
    }),
    obstacle: translate({
      id: 'diagram.dcp.environmental.obstacle',
      message: 'Obstacle',
      description: 'DCP: negative pole of environmental factors',
    }),
    environmentalText: translate({
      id: 'diagram.dcp.environmental.text',
      message:
        'Obstacles include prejudice, lack of help or resources, poor accessibility at home or at school, no information in an adapted format, and signage that is not accessible.',
      description: 'DCP: examples of environmental obstacles given in the report',
    }),
    lifeTitle: translate({
      id: 'diagram.dcp.life.title',
      message: 'Life habits',
      description: 'DCP box: life habits',
    }),
    lifeText: translate({
      id: 'diagram.dcp.life.text',
      message:
        'Daily activities and social roles that the person and their socio-cultural context value, such as getting up, eating, shopping, managing a budget or raising children.',
      description: 'DCP: what life habits are',
    }),
    lifeScale: translate({
      id: 'diagram.dcp.life.scale',
      message: 'Quality of social participation',
      description: 'DCP: name of the life habits continuum',
    }),
    participation: translate({
      id: 'diagram.dcp.life.participation',
      message: 'Social participation',
      description: 'DCP: positive pole of life habits',
    }),
    disabling: translate({
      id: 'diagram.dcp.life.disabling',
      message: 'Disabling situation',
      description: 'DCP: negative pole of life habits',
    }),
    altSummary: translate({
      id: 'diagram.dcp.textAlt.summary',
      message: 'Text description of the diagram',
      description: 'Summary of the collapsible text alternative',
    }),
    altBody: translate({
      id: 'diagram.dcp.textAlt.body',
      message:
        'Risk factors are the cause: an illness, a trauma or other damage to the person. They affect personal factors, which combine organic systems (from integrity to impairment) and capabilities (from capacity to incapacity). Personal factors interact with environmental factors, which can act as facilitators or as obstacles. The result of this interaction shows in the person’s life habits, which range from full social participation to a disabling situation. Participation therefore cannot be deduced from a diagnosis alone: changing the environment or building capacities can change it.',
      description: 'Text alternative of the whole DCP diagram',
    }),
  };

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {t.title}
      </figcaption>

      <ol className={styles.stages} aria-label={t.listLabel}>
        <li className={styles.stage}>
          <div className={`${styles.box} ${styles.risk}`}>
            <p className={styles.boxTitle}>
              {t.riskTitle} <span className={styles.tag}>{t.riskTag}</span>
            </p>
            <p className={styles.boxText}>{t.riskText}</p>
          </div>
        </li>

        <li className={styles.stage}>
          <div className={styles.arrowDown} aria-hidden="true">
            ▼
          </div>
          <div className={styles.interactionRow}>
            <section className={`${styles.box} ${styles.personal}`} aria-label={t.personalTitle}>
              <p className={styles.boxTitle}>{t.personalTitle}</p>
              <Scale name={t.organic} from={t.integrity} to={t.impairment} />
              <Scale name={t.capabilities} from={t.capacity} to={t.incapacity} />
            </section>
            <div className={styles.interaction}>
              <span className={styles.interactionArrows} aria-hidden="true">
                ⇄
              </span>
              <p className={styles.interactionTitle}>{t.interactionTitle}</p>
              <p className={styles.interactionText}>{t.interactionText}</p>
            </div>
            <section className={`${styles.box} ${styles.environmental}`} aria-label={t.environmentalTitle}>
              <p className={styles.boxTitle}>{t.environmentalTitle}</p>
              <Scale from={t.facilitator} to={t.obstacle} />
              <p className={styles.boxText}>{t.environmentalText}</p>
            </section>
          </div>
        </li>

        <li className={styles.stage}>
          <div className={styles.arrowDown} aria-hidden="true">
            ▼
          </div>
          <div className={`${styles.box} ${styles.life}`}>
            <p className={styles.boxTitle}>{t.lifeTitle}</p>
            <p className={styles.boxText}>{t.lifeText}</p>
            <Scale name={t.lifeScale} from={t.participation} to={t.disabling} />
          </div>
        </li>
      </ol>

      <details className={styles.textAlt}>
        <summary>{t.altSummary}</summary>
        <p>{t.altBody}</p>
      </details>
    </figure>
  );
}
