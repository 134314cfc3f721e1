import React, {useId, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * PeerSupportTree — the "tree" of the CBM Global peer support guide
 * (soil, roots, trunk, branches, fruits) as an accessible, keyboard-operable
 * HTML/CSS diagram. Each part is a native <button aria-expanded> that reveals
 * what the part stands for. A plain nested list is offered as a text alternative.
 */

type PartKey = 'soil' | 'roots' | 'trunk' | 'branches' | 'fruits';

interface Part {
  key: PartKey;
  name: string;
  meaning: string;
  summary: string;
  points: string[];
}

function useParts(): Part[] {
  return [
    {
      key: 'soil',
      name: translate({id: 'diagram.peerTree.soil.name', message: 'Soil', description: 'Peer support tree: name of the soil part'}),
      meaning: translate({id: 'diagram.peerTree.soil.meaning', message: 'Preparing the environment', description: 'Peer support tree: what the soil stands for'}),
      summary: translate({
        id: 'diagram.peerTree.soil.summary',
        message: 'Before anything grows, everyone involved needs to understand peer support and the rights of people with mental health conditions or psychosocial disabilities.',
        description: 'Peer support tree: soil summary',
      }),
      points: [
        translate({id: 'diagram.peerTree.soil.p1', message: 'Hold meetings to correct misconceptions and build capacity on: the roles of peer supporters; the activities and benefits of peer support; common myths; recovery-oriented care and choice in care; rights; effective communication; alternatives to seclusion and deprivation of liberty.', description: 'Peer support tree: soil point 1'}),
        translate({id: 'diagram.peerTree.soil.p2', message: 'Raise community awareness of the value of peer support, to win the backing of families and the community.', description: 'Peer support tree: soil point 2'}),
        translate({id: 'diagram.peerTree.soil.p3', message: 'In formal settings such as health facilities, peer support works best where staff and peer supporters work together towards recovery.', description: 'Peer support tree: soil point 3'}),
        translate({id: 'diagram.peerTree.soil.p4', message: 'Make the role of peer supporters clear to the community involved.', description: 'Peer support tree: soil point 4'}),
        translate({id: 'diagram.peerTree.soil.p5', message: 'Connect peer supporters with wider networks, such as the Global Mental Health Peer Network (GMHPN), so they can learn from others’ successes.', description: 'Peer support tree: soil point 5'}),
      ],
    },
    {
      key: 'roots',
      name: translate({id: 'diagram.peerTree.roots.name', message: 'Roots', description: 'Peer support tree: name of the roots part'}),
      meaning: translate({id: 'diagram.peerTree.roots.meaning', message: 'The foundations', description: 'Peer support tree: what the roots stand for'}),
      summary: translate({
        id: 'diagram.peerTree.roots.summary',
        message: 'Selection, training and support of peer supporters hold the whole tree in place.',
        description: 'Peer support tree: roots summary',
      }),
      points: [
        translate({id: 'diagram.peerTree.roots.p1', message: 'Evidence shows that peers who are properly selected, trained and supported can improve the quality of mental health services.', description: 'Peer support tree: roots point 1'}),
        translate({id: 'diagram.peerTree.roots.p2', message: 'Peer supporters must be trained to use and share their experience. Asking or forcing people to use their own experience formally, without training and support, is dangerous and unethical.', description: 'Peer support tree: roots point 2'}),
        translate({id: 'diagram.peerTree.roots.p3', message: 'A system of support and supervision helps peer support last and protects the well-being of peer supporters.', description: 'Peer support tree: roots point 3'}),
      ],
    },
    {
      key: 'trunk',
      name: translate({id: 'diagram.peerTree.trunk.name', message: 'Trunk', description: 'Peer support tree: name of the trunk part'}),
      meaning: translate({id: 'diagram.peerTree.trunk.meaning', message: 'Gaining strength', description: 'Peer support tree: what the trunk stands for'}),
      summary: translate({
        id: 'diagram.peerTree.trunk.summary',
        message: 'Peer support is most effective when these principles are respected.',
        description: 'Peer support tree: trunk summary',
      }),
      points: [
        translate({id: 'diagram.peerTree.trunk.p1', message: 'A system for giving and receiving help.', description: 'Peer support tree: trunk point 1'}),
        translate({id: 'diagram.peerTree.trunk.p2', message: 'Respect, shared responsibility and mutual agreement on what is helpful.', description: 'Peer support tree: trunk point 2'}),
        translate({id: 'diagram.peerTree.trunk.p3', message: 'The belief that a person who has lived with mental health problems or psychosocial disabilities can help and support others, and that their experience is useful to them.', description: 'Peer support tree: trunk point 3'}),
        translate({id: 'diagram.peerTree.trunk.p4', message: 'Mutual empowerment, mutual encouragement and hope.', description: 'Peer support tree: trunk point 4'}),
        translate({id: 'diagram.peerTree.trunk.p5', message: 'Relationships based on mutual understanding and shared experience.', description: 'Peer support tree: trunk point 5'}),
      ],
    },
    {
      key: 'branches',
      name: translate({id: 'diagram.peerTree.branches.name', message: 'Branches', description: 'Peer support tree: name of the branches part'}),
      meaning: translate({id: 'diagram.peerTree.branches.meaning', message: 'The activities', description: 'Peer support tree: what the branches stand for'}),
      summary: translate({
        id: 'diagram.peerTree.branches.summary',
        message: 'Peer support grows in two main forms: one-to-one support and group support.',
        description: 'Peer support tree: branches summary',
      }),
      points: [
        translate({id: 'diagram.peerTree.branches.p1', message: 'One-to-one: support works best when the two people share more than their mental health experience, for example gender, cultural background, religion, age or personal values.', description: 'Peer support tree: branches point 1'}),
        translate({id: 'diagram.peerTree.branches.p2', message: 'One-to-one: ideally, people who have lived exclusion and marginalisation are supported by someone who has faced similar experiences.', description: 'Peer support tree: branches point 2'}),
        translate({id: 'diagram.peerTree.branches.p3', message: 'One-to-one: support must create a feeling of safety and never be imposed or burdensome; it works better when both people are ready to give and to receive.', description: 'Peer support tree: branches point 3'}),
        translate({id: 'diagram.peerTree.branches.p4', message: 'Groups: members take responsibility for their meetings and activities, name their group and choose its governance (one or two chairs, or a chair, vice-chair, secretary and treasurer). A health facility or NGO may help at the start.', description: 'Peer support tree: branches point 4'}),
        translate({id: 'diagram.peerTree.branches.p5', message: 'Groups: choose a place and time that suit members, for example a peer’s home, or the hospital on mental health clinic day.', description: 'Peer support tree: branches point 5'}),
      ],
    },
    {
      key: 'fruits',
      name: translate({id: 'diagram.peerTree.fruits.name', message: 'Fruits', description: 'Peer support tree: name of the fruits part'}),
      meaning: translate({id: 'diagram.peerTree.fruits.meaning', message: 'The benefits', description: 'Peer support tree: what the fruits stand for'}),
      summary: translate({
        id: 'diagram.peerTree.fruits.summary',
        message: 'Evidence, so far mainly from high-income countries, shows that when peer supporters are well trained and supported in a recovery-oriented framework, peer support benefits three groups.',
        description: 'Peer support tree: fruits summary',
      }),
      points: [
        translate({id: 'diagram.peerTree.fruits.p1', message: 'The people supported: for example more self-esteem, hope, quality of life and participation; less stigma, isolation and risk of relapse.', description: 'Peer support tree: fruits point 1'}),
        translate({id: 'diagram.peerTree.fruits.p2', message: 'The peer supporters themselves: for example more empowerment, sense of identity, usefulness and self-efficacy; less stigma and self-stigma.', description: 'Peer support tree: fruits point 2'}),
        translate({id: 'diagram.peerTree.fruits.p3', message: 'The organisation or health system: for example better understanding of people with lived experience, engagement of hard-to-reach groups, more choice and a recovery focus; less workload for professionals.', description: 'Peer support tree: fruits point 3'}),
      ],
    },
  ];
}

export default function PeerSupportTree(): ReactNode {
  const parts = useParts();
  const baseId = useId();
  const [open, setOpen] = useState<Record<PartKey, boolean>>({
    soil: false,
    roots: false,
    trunk: false,
    branches: false,
    fruits: false,
  });

  const toggle = (key: PartKey) => setOpen((prev) => ({...prev, [key]: !prev[key]}));
  const setAll = (value: boolean) =>
    setOpen({soil: value, roots: value, trunk: value, branches: value, fruits: value});
  const allOpen = parts.every((p) => open[p.key]);

  const title = translate({
    id: 'diagram.peerTree.title',
    message: 'The peer support tree: building peer support from scratch',
    description: 'Peer support tree: accessible name of the diagram',
  });
  const instructions = translate({
    id: 'diagram.peerTree.instructions',
    message: 'The tree grows from the ground up. Select each part, starting with the soil at the bottom, to reveal what it stands for in the guide.',
    description: 'Peer support tree: instructions above the diagram',
  });
  const headingId = `${baseId}-title`;

  return (
    <figure className={styles.figure} aria-labelledby={headingId}>
      <figcaption id={headingId} className={styles.caption}>
        {title}
      </figcaption>
      <p className={styles.instructions}>{instructions}</p>
      <div className={styles.controls}>
        <button type="button" className={styles.control} onClick={() => setAll(!allOpen)}>
          {allOpen
            ? translate({id: 'diagram.peerTree.collapseAll', message: 'Close all parts', description: 'Peer support tree: button to collapse all parts'})
            : translate({id: 'diagram.peerTree.expandAll', message: 'Open all parts', description: 'Peer support tree: button to expand all parts'})}
        </button>
      </div>

      {/* DOM order follows the building order (soil first); CSS stacks it bottom-up like a tree. */}
      <ul className={styles.tree}>
        {parts.map((part) => {
          const panelId = `${baseId}-${part.key}-panel`;
          const isOpen = open[part.key];
          return (
            <li key={part.key} className={`${styles.part} ${styles[part.key]}`}>
              <button
                type="button"
                className={styles.partButton}
                aria-expanded={isOpen}
                aria-controls={panelId}
                onClick={() => toggle(part.key)}>
                <span className={styles.partName}>{part.name}</span>
                <span className={styles.partMeaning}>{part.meaning}</span>
                <span className={styles.indicator} aria-hidden="true">
                  {isOpen ? '−' : '+'}
                </span>
              </button>
              <div id={panelId} className={styles.panel} hidden={!isOpen}>
                <p className={styles.summary}>{part.summary}</p>
                <ul className={styles.points}>
                  {part.points.map((point, i) => (
                    <li key={i}>{point}</li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>

      <details className={styles.textAlternative}>
        <summary>
          {translate({
            id: 'diagram.peerTree.textAlternative',
            message: 'Text version of the tree',
            description: 'Peer support tree: summary of the plain-list text alternative',
          })}
        </summary>
        <ol>
          {parts.map((part) => (
            <li key={part.key}>
              <strong>
                {part.name}: {part.meaning}.
              </strong>{' '}
              {part.summary}
              <ul>
                {part.points.map((point, i) => (
                  <li key={i}>{point}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
