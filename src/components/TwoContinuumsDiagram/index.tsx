import React, {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Quadrant = {
  key: string;
  className: string;
  label: string;
  example: string;
};

/**
 * The two-continuum model of mental health (Keyes), as used in HI's documents:
 * mental health (good ↔ poor, vertical axis) and mental illness (severe ↔ none,
 * horizontal axis) are two distinct but correlated dimensions. Rendered as a
 * semantic list of four quadrants (reading order: top-left, top-right,
 * bottom-left, bottom-right) with visual axis labels and a text alternative.
 */
export default function TwoContinuumsDiagram(): ReactNode {
  const captionId = useId();

  const axes = {
    good: translate({
      id: 'diagram.twoContinuums.axis.good',
      message: 'Good mental health',
      description: 'Top end of the vertical axis of the two continuums diagram',
    }),
    poor: translate({
      id: 'diagram.twoContinuums.axis.poor',
      message: 'Poor mental health',
      description: 'Bottom end of the vertical axis of the two continuums diagram',
    }),
    severe: translate({
      id: 'diagram.twoContinuums.axis.severe',
      message: 'Severe mental illness',
      description: 'Left end of the horizontal axis of the two continuums diagram',
    }),
    none: translate({
      id: 'diagram.twoContinuums.axis.none',
      message: 'No mental illness',
      description: 'Right end of the horizontal axis of the two continuums diagram',
    }),
  };

  const quadrants: Quadrant[] = [
    {
      key: 'good-severe',
      className: styles.goodSevere ?? '',
      label: translate({
        id: 'diagram.twoContinuums.q1.label',
        message: 'Good mental health with a severe mental illness',
        description: 'Top-left quadrant label of the two continuums diagram',
      }),
      example: translate({
        id: 'diagram.twoContinuums.q1.example',
        message:
          'Example: a person with schizophrenia who, through a personal recovery process, has set new life goals and taken on roles that others value.',
        description: 'Top-left quadrant example (from the HI report)',
      }),
    },
    {
      key: 'good-none',
      className: styles.goodNone ?? '',
      label: translate({
        id: 'diagram.twoContinuums.q2.label',
        message: 'Good mental health without mental illness',
        description: 'Top-right quadrant label of the two continuums diagram',
      }),
      example: translate({
        id: 'diagram.twoContinuums.q2.example',
        message:
          'Example: a person who bounces back from the difficulties of life; any symptoms they have are not severe enough to amount to a psychiatric disorder.',
        description: 'Top-right quadrant example (from the HI report)',
      }),
    },
    {
      key: 'poor-severe',
      className: styles.poorSevere ?? '',
      label: translate({
        id: 'diagram.twoContinuums.q3.label',
        message: 'Poor mental health with a severe mental illness',
        description: 'Bottom-left quadrant label of the two continuums diagram',
      }),
      example: translate({
        id: 'diagram.twoContinuums.q3.example',
        message:
          'Example: a person with post-traumatic stress disorder who finds it hard to manage the illness and cannot hold on to a job or another social activity over time.',
        description: 'Bottom-left quadrant example (from the HI report)',
      }),
    },
    {
      key: 'poor-none',
      className: styles.poorNone ?? '',
      label: translate({
        id: 'diagram.twoContinuums.q4.label',
        message: 'Poor mental health without mental illness',
        description: 'Bottom-right quadrant label of the two continuums diagram',
      }),
      example: translate({
        id: 'diagram.twoContinuums.q4.example',
        message:
          'Example: a person with no psychiatric diagnosis who struggles to find meaning in life and to carry out everyday tasks.',
        description: 'Bottom-right quadrant example (from the HI report)',
      }),
    },
  ];

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {translate({
          id: 'diagram.twoContinuums.title',
          message: 'The two continuums of mental health (Keyes)',
          description: 'Title of the two continuums diagram',
        })}
      </figcaption>

      <div className={styles.chart}>
        <div className={styles.axisTop} aria-hidden="true">
          <span className={styles.arrow}>▲</span> {axes.good}
        </div>
        <div className={styles.axisLeft} aria-hidden="true">
          <span className={styles.arrow}>◀</span> {axes.severe}
        </div>
        <ul
          className={styles.grid}
          aria-label={translate({
            id: 'diagram.twoContinuums.gridLabel',
            message: 'Four combinations of mental health and mental illness, with an example of each',
            description: 'Accessible name of the list of quadrants',
          })}>
          {quadrants.map((q) => (
            <li key={q.key} className={`${styles.quadrant} ${q.className}`}>
              <p className={styles.quadrantLabel}>{q.label}</p>
              <p className={styles.quadrantExample}>{q.example}</p>
            </li>
          ))}
        </ul>
        <div className={styles.axisRight} aria-hidden="true">
          {axes.none} <span className={styles.arrow}>▶</span>
        </div>
        <div className={styles.axisBottom} aria-hidden="true">
          <span className={styles.arrow}>▼</span> {axes.poor}
        </div>
      </div>

      <details className={styles.textAlt}>
        <summary>
          {translate({
            id: 'diagram.twoContinuums.textAlt.summary',
            message: 'Text description of the diagram',
            description: 'Summary of the collapsible text alternative',
          })}
        </summary>
        <p>
          {translate({
            id: 'diagram.twoContinuums.textAlt.axes',
            message:
              'The diagram crosses two axes. The vertical axis runs from good mental health (top) to poor mental health (bottom). The horizontal axis runs from severe mental illness (left) to no mental illness (right). The two axes are distinct but correlated: a person can be in good mental health while living with a mental disorder, and a person without any disorder can be in poor mental health.',
            description: 'Text alternative: the axes',
          })}
        </p>
        <ul>
          {quadrants.map((q) => (
            <li key={q.key}>
              <strong>{q.label}.</strong> {q.example}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
