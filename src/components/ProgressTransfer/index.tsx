import React, {useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {emptyProgress, exportProgress, importProgress, mergeProgress, type Progress} from '../../data/progress';
import {useProgress} from '../../data/useProgress';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = Object.assign(document.createElement('a'), {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The learner's private journal: reflection answers as plain text, nothing sent anywhere. */
export function journalText(progress: Progress): string {
  const title = translate({id: 'progress.journal.title', message: 'My reflection journal', description: 'Title of the exported journal'});
  const entries = Object.entries(progress.reflections).sort(([, a], [, b]) => a.updatedAt.localeCompare(b.updatedAt));
  const body = entries.map(([, r]) => `## ${r.prompt}\n${r.value}${r.scale ? ` (${r.scale})` : ''}\n${r.updatedAt.slice(0, 10)}`);
  return [`# ${title}`, ...body].join('\n\n') + '\n';
}

/** Export progress to a file, import it back (merging), download the journal, or clear everything. */
export default function ProgressTransfer() {
  const {progress, update} = useProgress();
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const date = () => new Date().toISOString().slice(0, 10);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text());
    if (!result.ok) {
      setStatus(translate({id: 'progress.import.invalid', message: 'This file is not a progress file from this site. Nothing was changed.', description: 'Import error'}));
    } else {
      update((p) => mergeProgress(p, result.progress));
      setStatus(translate({id: 'progress.import.done', message: 'Progress imported.', description: 'Import success'}));
    }
    if (input.current) input.current.value = '';
  };

  const clear = () => {
    const ok = window.confirm(translate({id: 'progress.clear.confirm', message: 'Delete all progress and reflections stored in this browser?', description: 'Confirm clearing progress'}));
    if (!ok) return;
    update(() => emptyProgress());
    setStatus(translate({id: 'progress.clear.done', message: 'Progress cleared.', description: 'After clearing progress'}));
  };

  return (
    <div className="card padding--md margin-vert--md" data-testid="progress-transfer">
      <p>
        <Translate id="progress.transfer.intro" description="Explains export/import">
          Your progress is stored only in this browser. To continue on another device without a network, export it to a file, copy the file, and import it there.
        </Translate>
      </p>
      <div className="button-group button-group--block">
        <button type="button" className="button button--primary" onClick={() => download(`cmh-progress-${date()}.json`, exportProgress(progress), 'application/json')}>
          <Translate id="progress.export" description="Export progress button">Export my progress</Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
          <Translate id="progress.import" description="Import progress button">Import a progress file</Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={() => download(`cmh-journal-${date()}.md`, journalText(progress), 'text/markdown')}>
          <Translate id="progress.journal.export" description="Download journal button">Download my reflection journal</Translate>
        </button>
        <button type="button" className="button button--danger" onClick={clear}>
          <Translate id="progress.clear" description="Clear progress button">Clear my progress</Translate>
        </button>
      </div>
      <input ref={input} type="file" accept="application/json,.json" hidden data-testid="progress-file" onChange={(e) => void onFile(e.target.files?.[0])} />
      <p role="status" aria-live="polite" className="margin-top--sm margin-bottom--none" data-testid="progress-transfer-status">
        {status}
      </p>
    </div>
  );
}
