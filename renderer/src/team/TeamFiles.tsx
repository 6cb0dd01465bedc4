/**
 * The Projects dialog's team coding (the File menu's "Coder copy…" and "Merge coder copies…"):
 * a copy of the project for one coder, blind or not, saved as a file; and coder copies picked
 * from disk merged back in as one undoable step, with what came in, what was skipped and the
 * conflicts that were left as the project has them.
 */
import { useEffect, useRef, useState } from 'react';
import type { MergeReport } from '../../../src/cmo/merge';
import { useTranslation } from '../i18n/useTranslation';
import { readAsBase64 } from '../import/files';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { useCoder } from './coderStore';
import { summarizeMerge } from './mergeReport';
import { ns } from './teamFilesI18n';
import type { TeamIntent } from './shellTeam';
import './team.css';
import './teamFiles.css';

function MergeResult({ files, report }: { files: string; report: MergeReport }) {
  const { t } = useTranslation(ns);
  const s = summarizeMerge(report);
  return (
    <section className="merge-report" role="status" aria-label={t('mergeDone', { files })}>
      <p className="merge-report-head">{t('mergeDone', { files })}</p>
      {s.nothingNew ? (
        <p>{t('mergeNothing')}</p>
      ) : (
        <p>
          {t('added')} —{' '}
          {s.added.map((a, i) => (
            <span key={a.what} className="merge-added" data-what={a.what}>
              {i > 0 && ', '}
              {t(`addedWhat.${a.what}`)}: {a.count}
            </span>
          ))}
        </p>
      )}
      <p className="merge-skipped">{t('skipped', { count: s.skipped })}</p>
      {s.flagged > 0 && <p>{t('flagged', { count: s.flagged })}</p>}
      {s.conflicts.length ? (
        <>
          <h4>{t('conflicts', { count: s.conflicts.length })}</h4>
          <ul className="merge-conflicts">
            {s.conflicts.map((c, i) => (
              <li key={`${c.kind}-${c.id}-${i}`}>{t('conflictLine', { ...c })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('noConflicts')}</p>
      )}
    </section>
  );
}

/** `intent`: Electron's File menu asked for the copy form, or merged copies whose report to show */
export function TeamFiles({ intent = null }: { intent?: TeamIntent | null }) {
  const { t } = useTranslation(ns);
  const { attempt, mutate } = useApi();
  const me = useCoder();
  const { data: coders } = useQuery('coders.list', {});
  const [coder, setCoder] = useState<string | null>(null);
  const [blind, setBlind] = useState(true);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [merged, setMerged] = useState<{ files: string; report: MergeReport } | null>(null);
  const who = coder ?? me;
  const coderField = useRef<HTMLInputElement>(null);
  const reportBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!intent) return;
    if (intent.to === 'merged') setMerged({ files: intent.files, report: intent.report });
    // after the dialog's own focus on opening
    const t = setTimeout(() => {
      if (intent.to === 'copy') {
        coderField.current?.scrollIntoView({ block: 'center' });
        coderField.current?.focus();
        coderField.current?.select();
      } else reportBox.current?.scrollIntoView({ block: 'nearest' });
    }, 0);
    return () => clearTimeout(t);
  }, [intent]);

  const copy = async () => {
    if (!who.trim()) return;
    setBusy(true);
    setSaved(null);
    const f = await attempt('coders.copy', { coder: who.trim(), blind });
    setBusy(false);
    if (!f) return;
    downloadFile(f);
    setSaved(f.fileName);
  };
  const merge = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setBusy(true);
    setMerged(null);
    try {
      const copies = await Promise.all(
        files.map(async (f) => ({ name: f.name, dataBase64: await readAsBase64(f, () => {}) })),
      );
      const report = await mutate('coders.merge', { copies });
      if (report) setMerged({ files: files.map((f) => f.name).join(', '), report });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="projects-team" aria-labelledby="projects-team-title">
      <h3 id="projects-team-title">{t('title')}</h3>
      <p className="team-hint">{t('intro')}</p>
      <form
        className="team-copy"
        aria-label={t('copyTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          void copy();
        }}
      >
        <h4>{t('copyTitle')}</h4>
        <label>
          {t('copyCoder')}
          <input
            ref={coderField}
            type="text"
            list="team-copy-coders"
            value={who}
            maxLength={200}
            placeholder={coders?.length ? undefined : t('copyNoCoders')}
            onChange={(e) => setCoder(e.target.value)}
          />
          <datalist id="team-copy-coders">
            {coders?.map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
        </label>
        <label className="team-check">
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} /> {t('copyBlind')}
        </label>
        <button type="submit" disabled={busy || !who.trim()}>
          {t('copySave')}
        </button>
        {saved && (
          <p className="team-hint" role="status">
            {t('copySaved', { file: saved })}
          </p>
        )}
      </form>
      <div className="team-merge">
        <h4>{t('mergeTitle')}</h4>
        <label>
          {t('mergePick')}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              void merge(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        {busy && <p className="team-hint">{t('mergeWorking')}</p>}
        <div ref={reportBox}>{merged && <MergeResult {...merged} />}</div>
      </div>
    </section>
  );
}
