import React, {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Level = {
  key: string;
  className: string;
  name: string;
  examples: string;
};

/**
 * Service pyramid for the organisation of mental health care, as discussed in
 * Part 3 of HI's Kigali report ("Advocacy to promote robust mental health
 * policies"). The report proposes basing HI's vision on the service pyramid
 * adapted for its Palestine project but does not list that pyramid's levels,
 * and the WHO guidance summary (source 001) does not give a pyramid either.
 * The levels shown here are therefore the kinds of service the report itself
 * names (formal specialist services, formal community services, mainstream
 * services, community workers between formal and informal care, informal care),
 * ordered from the specialist top to the community base; the caption says so.
 *
 * Rendered as a semantic ordered list (top of the pyramid first), each level a
 * band whose width grows towards the base, plus a two-way referral note and a
 * text alternative in a <details> element. Every visible string goes through
 * translate().
 */
export default function ServicePyramidDiagram(): ReactNode {
  const titleId = useId();
  const noteId = useId();

  const title = translate({
    id: 'diagram.servicePyramid.title',
    message: 'A service pyramid built from the services the report names',
    description: 'Title of the service pyramid diagram on the challenges page',
  });

  const note = translate({
    id: 'diagram.servicePyramid.note',
    message:
      'The report suggests basing HI’s vision of the care system on the service pyramid adapted for its Palestine project, but does not list that pyramid’s levels. The bands below arrange the kinds of service the report itself describes, from specialist care at the top to informal community care at the base.',
    description: 'Caption explaining where the levels of the pyramid come from',
  });

  const levels: Level[] = [
    {
      key: 'specialist',
      className: styles.level1 ?? '',
      name: translate({
        id: 'diagram.servicePyramid.level1.name',
        message: 'Specialist psychiatric services',
        description: 'Top level of the service pyramid',
      }),
      examples: translate({
        id: 'diagram.servicePyramid.level1.examples',
        message:
          'Psychiatric hospitals and specialist professionals (psychiatrists, psychologists), usually concentrated in the capital and large cities.',
        description: 'Examples for the top level of the service pyramid',
      }),
    },
    {
      key: 'community-services',
      className: styles.level2 ?? '',
      name: translate({
        id: 'diagram.servicePyramid.level2.name',
        message: 'Formal community mental health services',
        description: 'Second level of the service pyramid',
      }),
      examples: translate({
        id: 'diagram.servicePyramid.level2.examples',
        message:
          'Specialist services that are local and open to the community: psychiatric units in general hospitals or local health centres, residential centres in the community, outpatient services, community mental health centres, outreach visits.',
        description: 'Examples for the second level of the service pyramid',
      }),
    },
    {
      key: 'mainstream',
      className: styles.level3 ?? '',
      name: translate({
        id: 'diagram.servicePyramid.level3.name',
        message: 'Mental health in mainstream services',
        description: 'Third level of the service pyramid',
      }),
      examples: translate({
        id: 'diagram.servicePyramid.level3.examples',
        message:
          'Primary health care and community-based rehabilitation (CBR), with trained and supervised front-line workers.',
        description: 'Examples for the third level of the service pyramid',
      }),
    },
    {
      key: 'community-workers',
      className: styles.level4 ?? '',
      name: translate({
        id: 'diagram.servicePyramid.level4.name',
        message: 'Community and social workers',
        description: 'Fourth level of the service pyramid',
      }),
      examples: translate({
        id: 'diagram.servicePyramid.level4.examples',
        message:
          'Community health workers, social workers and personalised social support, between formal and informal care.',
        description: 'Examples for the fourth level of the service pyramid',
      }),
    },
    {
      key: 'informal',
      className: styles.level5 ?? '',
      name: translate({
        id: 'diagram.servicePyramid.level5.name',
        message: 'Informal community care and self-help',
        description: 'Base level of the service pyramid',
      }),
      examples: translate({
        id: 'diagram.servicePyramid.level5.examples',
        message:
          'Families, friends and neighbours, support groups, self-help groups and peers.',
        description: 'Examples for the base level of the service pyramid',
      }),
    },
  ];

  const referral = translate({
    id: 'diagram.servicePyramid.referral',
    message:
      'Referral must work in both directions: up towards specialist care when needed, and back down to the community after hospital.',
    description: 'Note beside the pyramid about two-way referral',
  });

  const topLabel = translate({
    id: 'diagram.servicePyramid.topLabel',
    message: 'Fewer, more specialised services',
    description: 'Label at the top of the pyramid',
  });

  const baseLabel = translate({
    id: 'diagram.servicePyramid.baseLabel',
    message: 'Closest to people, most widely available',
    description: 'Label at the base of the pyramid',
  });

  const textAltSummary = translate({
    id: 'diagram.servicePyramid.textAlternative.summary',
    message: 'Text description of the diagram',
    description: 'Summary of the details element holding the text alternative',
  });

  const textAlt = translate({
    id: 'diagram.servicePyramid.textAlternative.body',
    message:
      'The pyramid has five bands. From the top: specialist psychiatric services; formal community mental health services; mental health in mainstream services (primary health care and CBR); community and social workers; and, at the broad base, informal community care and self-help. The higher the band, the fewer and more specialised the services; the lower the band, the closer they are to people. An arrow on the side shows that referral goes both up to specialists and back down to the community.',
    description: 'Full text alternative for the service pyramid diagram',
  });

  return (
    <figure className={styles.figure} aria-labelledby={titleId} aria-describedby={noteId}>
      <figcaption>
        <span id={titleId} className={styles.title}>
          {title}
        </span>
        <span id={noteId} className={styles.note}>
          {note}
        </span>
      </figcaption>
      <div className={styles.body}>
        <div className={styles.pyramidWrap}>
          <p className={styles.endLabel}>{topLabel}</p>
          <ol className={styles.pyramid}>
            {levels.map((level) => (
              <li key={level.key} className={`${styles.level} ${level.className}`}>
                <span className={styles.levelName}>{level.name}</span>
                <span className={styles.levelExamples}>{level.examples}</span>
              </li>
            ))}
          </ol>
          <p className={styles.endLabel}>{baseLabel}</p>
        </div>
        <p className={styles.referral}>
          <span className={styles.referralArrows} aria-hidden="true">
            ⇅
          </span>
          <span>{referral}</span>
        </p>
      </div>
      <details className={styles.textAlt}>
        <summary>{textAltSummary}</summary>
        <p>{textAlt}</p>
      </details>
    </figure>
  );
}
