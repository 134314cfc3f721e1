import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useDocById} from '@docusaurus/plugin-content-docs/client';
import {getCurriculum, moduleDocId, modulePath, prePostQuizId, type Curriculum, type Module} from '../../data/curricula';
import {useProgress} from '../../data/useProgress';
import Certificate from '../Certificate';
import {moduleStatus} from '../ModuleList';
import ProgressNotice from '../ProgressNotice';
import ProgressTransfer from '../ProgressTransfer';
import PrePostResults from '../PrePostResults';

function Row({curriculum, module}: {curriculum: Curriculum; module: Module}) {
  const doc = useDocById(moduleDocId(curriculum, module));
  const record = useProgress().progress.quizzes[module.quiz];
  return (
    <tr data-module={module.slug}>
      <td>
        <Link to={modulePath(curriculum, module)}>{doc.title}</Link>
      </td>
      <td>{moduleStatus(record).label}</td>
      <td>{record ? `${record.best}%` : '—'}</td>
      <td>{record?.attempts ?? 0}</td>
    </tr>
  );
}

/** "My progress" for one curriculum: modules done, best scores, pre/post, transfer, certificate. */
export default function CurriculumProgress({curriculum}: {curriculum: string}) {
  const c = getCurriculum(curriculum);
  const landing = useDocById(`curricula/${c.id}/index`);
  const {progress} = useProgress();
  const done = c.modules.filter((m) => progress.quizzes[m.quiz]?.passed).length;
  return (
    <div data-testid="curriculum-progress">
      <ProgressNotice />
      <p className="margin-bottom--sm" style={{minHeight: '1.5em'}}>
        <strong>
          {translate({id: 'moduleList.summary', message: '{done} of {total} modules done', description: 'Progress summary over a curriculum'}, {done, total: c.modules.length})}
        </strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col"><Translate id="progress.table.module" description="Column header">Module</Translate></th>
            <th scope="col"><Translate id="progress.table.status" description="Column header">Status</Translate></th>
            <th scope="col"><Translate id="progress.table.best" description="Column header">Best score</Translate></th>
            <th scope="col"><Translate id="progress.table.attempts" description="Column header">Attempts</Translate></th>
          </tr>
        </thead>
        <tbody>
          {c.modules.map((m) => (
            <Row key={m.slug} curriculum={c} module={m} />
          ))}
        </tbody>
      </table>
      <PrePostResults id={prePostQuizId(c)} testId="progress-prepost" />
      <h2 id="transfer">
        <Translate id="progress.transfer.heading" description="Heading of export/import section">Move or back up your progress</Translate>
      </h2>
      <ProgressTransfer />
      <h2 id="certificate">
        <Translate id="certificate.heading" description="Heading of the certificate section">Certificate</Translate>
      </h2>
      <Certificate curriculumTitle={landing.title} complete={done === c.modules.length} />
    </div>
  );
}
