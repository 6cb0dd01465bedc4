/**
 * The audit log (`log.list`): who did what when, newest first, filtered by coder and text; what is
 * shown can be saved as CSV (for a report's appendix: the trail of how the programme theory was tested).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { collator, currentLanguage, formatDateTime } from '../i18n';
import { changeInWords } from '../i18n/logWords';
import { useQuery } from '../shared/useQuery';
import { saveBlob } from '../matrix/saveFile';
import { csvText } from '../../../src/cmo/csv';
import { ns } from './i18n';
import './log.css';

export function LogView() {
  const { t, i18n } = useTranslation(ns);
  const { data, loading } = useQuery('log.list', { limit: 5000 });
  const [coder, setCoder] = useState('');
  const [q, setQ] = useState('');
  const lang = currentLanguage();
  // each entry in the window's language (recorded as a message; older entries keep their stored text)
  const entries = useMemo(
    () => (data ?? []).map((e) => ({ ...e, summary: changeInWords(e.message, e.summary) })),
    [data, lang],
  );
  const coders = useMemo(() => [...new Set(entries.map((e) => e.who))].sort(collator.compare), [entries]);
  const needle = q.trim().toLowerCase();
  const action = (command: string) => (i18n.exists(`commands.${command}`, { ns }) ? t(`commands.${command}`) : command);
  const shown = entries.filter(
    (e) =>
      (!coder || e.who === coder) &&
      (!needle || `${e.summary} ${action(e.command)} ${e.command}`.toLowerCase().includes(needle)),
  );
  // oldest first, as a trail is read; the time both exact (ISO, UTC) and as shown
  const saveCsv = () => {
    const rows = [
      [t('when'), 'ISO 8601', t('who'), t('what'), t('summary'), t('command')],
      ...shown
        .slice()
        .reverse()
        .map((e) => [formatDateTime(e.at), e.at, e.who, action(e.command), e.summary, e.command]),
    ];
    saveBlob(
      new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }),
      `${t('fileName')}-${new Date().toISOString().slice(0, 10)}.csv`,
    );
  };
  return (
    <div className="log-view">
      <p className="muted log-intro">{t('intro')}</p>
      <div className="log-controls">
        <label>
          <span>{t('coder')}</span>
          <select value={coder} aria-label={t('coder')} onChange={(e) => setCoder(e.target.value)}>
            <option value="">{t('allCoders')}</option>
            {coders.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          value={q}
          aria-label={t('filter')}
          placeholder={t('filterPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
        />
        <span className="muted small" role="status">
          {t('shown', { shown: shown.length, total: entries.length })}
        </span>
        <button type="button" className="small-button" disabled={!shown.length} onClick={() => saveCsv()}>
          {t('export')}
        </button>
      </div>
      {!loading && entries.length === 0 && <p className="empty">{t('empty')}</p>}
      {entries.length > 0 && shown.length === 0 && <p className="empty">{t('noMatch')}</p>}
      {shown.length > 0 && (
        <table className="log-table">
          <thead>
            <tr>
              <th>{t('when')}</th>
              <th>{t('who')}</th>
              <th>{t('what')}</th>
              <th>{t('summary')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-command={e.command}>
                <td className="log-when">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </td>
                <td>{e.who}</td>
                <td className="log-action" title={e.command}>
                  {action(e.command)}
                </td>
                <td>{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
