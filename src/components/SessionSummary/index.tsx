import React, {useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {summariseGains} from './gain';
import styles from './styles.module.css';

type Row = {name: string; pre: string; post: string};
const blank = (): Row => ({name: '', pre: '', post: ''});
const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));

/**
 * Trainer's session summary: enter each participant's pre- and post-test score
 * (in percent), get the class means and the normalised learning gain, print it.
 * Everything stays on the page; nothing is stored or sent.
 */
export default function SessionSummary() {
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>([blank(), blank(), blank()]);
  const pairs = rows
    .map((r) => ({pre: Number.parseFloat(r.pre), post: Number.parseFloat(r.post)}))
    .filter((p) => Number.isFinite(p.pre) && Number.isFinite(p.post));
  const s = summariseGains(pairs);
  const set = (i: number, key: keyof Row, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? {...r, [key]: value} : r)));
  const label = (key: 'name' | 'pre' | 'post', i: number) =>
    ({
      name: translate({id: 'summary.participant', message: 'Participant {n}', description: 'Accessible label of a participant name field'}, {n: i + 1}),
      pre: translate({id: 'summary.preOf', message: 'Pre-test % of participant {n}', description: 'Accessible label'}, {n: i + 1}),
      post: translate({id: 'summary.postOf', message: 'Post-test % of participant {n}', description: 'Accessible label'}, {n: i + 1}),
    })[key];
  return (
    <div className={styles.summary} data-testid="session-summary">
      <label htmlFor="summary-title" className={styles.label}>
        <Translate id="summary.title" description="Session name field">Session (name, place, date)</Translate>
      </label>
      <input id="summary-title" className={styles.input} value={title} onChange={(e) => setTitle(e.target.value)} />
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col"><Translate id="summary.col.participant" description="Column header">Participant (initials)</Translate></th>
            <th scope="col"><Translate id="summary.col.pre" description="Column header">Pre-test %</Translate></th>
            <th scope="col"><Translate id="summary.col.post" description="Column header">Post-test %</Translate></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {(['name', 'pre', 'post'] as const).map((key) => (
                <td key={key}>
                  <input
                    aria-label={label(key, i)}
                    className={styles.input}
                    inputMode={key === 'name' ? 'text' : 'decimal'}
                    type={key === 'name' ? 'text' : 'number'}
                    min={key === 'name' ? undefined : 0}
                    max={key === 'name' ? undefined : 100}
                    value={r[key]}
                    onChange={(e) => set(i, key, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--secondary button--sm" onClick={() => setRows((rs) => [...rs, blank()])}>
        <Translate id="summary.addRow" description="Add a participant row">Add a participant</Translate>
      </button>
      <div className={styles.results} role="status" aria-live="polite" data-testid="session-summary-results">
        {title && <p><strong>{title}</strong></p>}
        <ul>
          <li>{translate({id: 'summary.count', message: 'Participants with both scores: {n}', description: 'Summary line'}, {n: s.count})}</li>
          <li>{translate({id: 'summary.means', message: 'Mean pre-test {pre}% · mean post-test {post}%', description: 'Summary line'}, {pre: fmt(s.preMean, 1), post: fmt(s.postMean, 1)})}</li>
          <li>{translate({id: 'summary.classGain', message: 'Normalised gain of the class means: g = {g}', description: 'Summary line'}, {g: fmt(s.classGain, 2)})}</li>
          <li>{translate({id: 'summary.meanGain', message: 'Mean of individual gains: {g}', description: 'Summary line'}, {g: fmt(s.meanOfGains, 2)})}</li>
        </ul>
      </div>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        <Translate id="summary.print" description="Print summary button">Print the summary</Translate>
      </button>
    </div>
  );
}
