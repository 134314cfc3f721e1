import React from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useDocById} from '@docusaurus/plugin-content-docs/client';
import {getCurriculum, moduleDocId, modulePath, type Curriculum, type Module} from '../../data/curricula';
import type {QuizRecord} from '../../data/progress';
import {useProgress} from '../../data/useProgress';
import styles from './styles.module.css';

/** Status text of a module from its quiz record. */
export function moduleStatus(record: QuizRecord | undefined): {label: string; tone: 'done' | 'started' | 'todo'} {
  if (record?.passed) {
    return {tone: 'done', label: translate({id: 'moduleList.done', message: 'Done · best score {best}%', description: 'Module status: quiz passed'}, {best: record.best})};
  }
  if (record) {
    return {tone: 'started', label: translate({id: 'moduleList.started', message: 'Started · best score {best}%', description: 'Module status: quiz tried, not passed'}, {best: record.best})};
  }
  return {tone: 'todo', label: translate({id: 'moduleList.todo', message: 'Not started', description: 'Module status: no attempt'})};
}

function ModuleItem({curriculum, module}: {curriculum: Curriculum; module: Module}) {
  const doc = useDocById(moduleDocId(curriculum, module));
  const {progress} = useProgress();
  const status = moduleStatus(progress.quizzes[module.quiz]);
  return (
    <li className={styles.item} data-module={module.slug} data-status={status.tone}>
      <Link to={modulePath(curriculum, module)} className={styles.link}>
        {doc.title}
      </Link>
      {doc.description && <p className={styles.description}>{doc.description}</p>}
      <span className={`${styles.status} ${styles[status.tone]}`}>{status.label}</span>
    </li>
  );
}

/** The module sequence of a curriculum with the learner's progress. */
export default function ModuleList({curriculum}: {curriculum: string}) {
  const c = getCurriculum(curriculum);
  const {progress} = useProgress();
  const done = c.modules.filter((m) => progress.quizzes[m.quiz]?.passed).length;
  return (
    <div className={styles.wrapper} data-testid="module-list">
      <p className={styles.summary}>
        {translate({id: 'moduleList.summary', message: '{done} of {total} modules done', description: 'Progress summary over a curriculum'}, {done, total: c.modules.length})}
      </p>
      <progress className={styles.bar} max={c.modules.length} value={done} aria-label={translate({id: 'moduleList.progressLabel', message: 'Curriculum progress', description: 'Accessible name of the progress bar'})} />
      <ol className={styles.list}>
        {c.modules.map((m) => (
          <ModuleItem key={m.slug} curriculum={c} module={m} />
        ))}
      </ol>
    </div>
  );
}
