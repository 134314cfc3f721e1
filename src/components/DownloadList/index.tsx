import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import {useDocById} from '@docusaurus/plugin-content-docs/client';

export type Download = {file: string; kind: 'framework' | 'handbook' | 'trainer-pack' | 'zip' | 'usb'; curriculum?: string; bytes: number; pages?: number; date: string};

const KIND_LABEL: Record<Download['kind'], () => string> = {
  framework: () => translate({id: 'downloads.kind.framework', message: 'The framework (reference reading)', description: 'Download title'}),
  handbook: () => translate({id: 'downloads.kind.handbook', message: 'Participant handbook', description: 'Download kind'}),
  'trainer-pack': () => translate({id: 'downloads.kind.trainerPack', message: 'Trainer pack: session plans, handouts, answer keys', description: 'Download kind'}),
  zip: () => translate({id: 'downloads.kind.zip', message: 'All the PDFs of this language in one zip file', description: 'Download title'}),
  usb: () => translate({id: 'downloads.kind.usb', message: 'USB edition: the whole site in a folder, opens without a server or network', description: 'Download title'}),
};

function CurriculumName({id}: {id: string}) {
  return <>{useDocById(`curricula/${id}/index`).title}</>;
}

function Size({bytes}: {bytes: number}) {
  const {i18n} = useDocusaurusContext();
  const mb = bytes / (1024 * 1024);
  return <>{new Intl.NumberFormat(i18n.currentLocale, {maximumFractionDigits: 1}).format(mb)}&nbsp;MB</>;
}

function Row({d}: {d: Download}) {
  const {i18n} = useDocusaurusContext();
  const href = useBaseUrl(`/downloads/${i18n.currentLocale}/${d.file}`);
  return (
    <tr>
      <td>
        <a href={href} type={d.file.endsWith('.pdf') ? 'application/pdf' : 'application/zip'} data-download={d.file}>
          {d.curriculum ? <CurriculumName id={d.curriculum} /> : KIND_LABEL[d.kind]()}
        </a>
        {d.curriculum && <div>{KIND_LABEL[d.kind]()}</div>}
      </td>
      <td>{d.pages ?? '—'}</td>
      <td><Size bytes={d.bytes} /></td>
      <td>{new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'medium'}).format(new Date(d.date))}</td>
    </tr>
  );
}

/** The files produced by `npm run export` for this locale (data injected at build time). */
export default function DownloadList({data = []}: {data?: Download[]}) {
  if (!data.length) {
    return (
      <p className="alert alert--info">
        <Translate id="downloads.none" description="Shown when the build has no PDF files">This copy of the site was built without its PDF files.</Translate>
      </p>
    );
  }
  return (
    <table data-testid="download-list">
      <thead>
        <tr>
          <th scope="col"><Translate id="downloads.col.document" description="Column header">Document</Translate></th>
          <th scope="col"><Translate id="downloads.col.pages" description="Column header">Pages</Translate></th>
          <th scope="col"><Translate id="downloads.col.size" description="Column header">Size</Translate></th>
          <th scope="col"><Translate id="downloads.col.date" description="Column header">Date</Translate></th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <Row key={d.file} d={d} />
        ))}
      </tbody>
    </table>
  );
}
