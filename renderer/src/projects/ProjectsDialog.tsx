/**
 * The Projects dialog (the start screen of browser mode): a new project with any name, template and
 * language, saved in the projects folder; open a recent project, one in the folder, a path, or the
 * sample. The window reloads on the project opened.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ProjectEntry, ProjectsListing, Result } from '../../../src/api/contract';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { currentLanguage } from '../i18n';
import { noticeInWords } from '../i18n/logWords';
import { ns } from './i18n';
import { TeamFiles } from '../team/TeamFiles';
import type { TeamIntent } from '../team/shellTeam';
import { QdpxProgressBar, useQdpxImport } from './QdpxProgress';
import './projects.css';

/** the file name a project gets (as the lifecycle names it: create.ts in the service's workspace) */
const fileNameFor = (name: string) =>
  `${
    name
      .normalize('NFC')
      .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '') || 'Projekt'
  }.cmo.json`;

function List({ items, onOpen, busy }: { items: ProjectEntry[]; onOpen: (file: string) => void; busy: boolean }) {
  const { t } = useTranslation(ns);
  if (!items.length) return <p className="projects-none">{t('none')}</p>;
  return (
    <ul className="projects-list">
      {items.map((p) => (
        <li key={p.file}>
          <button
            type="button"
            className="link-button"
            disabled={busy || p.current}
            onClick={() => onOpen(p.file)}
            title={p.file}
          >
            <span className="projects-name">{p.name ?? p.file.split(/[\\/]/).pop()}</span>
            {p.current && <span className="projects-current"> · {t('current')}</span>}
          </button>
          <span className="projects-file">{p.file}</span>
        </li>
      ))}
    </ul>
  );
}

type QdpxOutcome = Result<'projects.importQdpx'> & { from: string };

/** What came over from the other program, and what could not, before the window opens the new project. */
function QdpxReport({ outcome }: { outcome: QdpxOutcome }) {
  const { t } = useTranslation(ns);
  const r = outcome.report;
  return (
    <section className="projects-report" role="status" aria-labelledby="projects-report-title">
      <h3 id="projects-report-title">{t('qdpxDone', { from: outcome.from, name: outcome.name })}</h3>
      <p>
        {t('qdpxCounts', {
          origin: r.origin || '?',
          sources: r.sources,
          segments: r.segments,
          codings: r.codings,
          codes: r.codes,
          cases: r.cases,
          variables: r.variables,
          users: r.users,
          memos: r.memos,
          offsets: r.offsets === 'utf16' ? 'UTF-16' : t('codepoints'),
        })}
      </p>
      {r.lost.length > 0 && (
        <>
          <h4>{t('qdpxLost')}</h4>
          <ul>
            {r.lost.map((l) => (
              <li key={`${l.what.code}${JSON.stringify(l.what.data)}`}>
                {l.count} × {noticeInWords(l.what)} — {noticeInWords(l.why)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="primary" autoFocus onClick={() => location.reload()}>
        {t('qdpxOpen')}
      </button>
    </section>
  );
}

/** `team`: opened by Electron's File menu at the team coding (the copy form, or a merge's report) */
export function ProjectsDialog({ onClose, team }: { onClose: () => void; team?: TeamIntent | null }) {
  const { t } = useTranslation(ns);
  const { attempt } = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [listing, setListing] = useState<ProjectsListing | null>(null);
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<'nfa-aftaleforloeb' | 'blank'>('nfa-aftaleforloeb');
  const [language, setLanguage] = useState<'da' | 'en'>(currentLanguage() === 'en' ? 'en' : 'da');
  const [file, setFile] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void attempt('projects.list', {}).then((l) => {
      if (l) setListing(l);
    });
  }, [attempt]);

  const done = (r: unknown) => {
    if (r) location.reload();
    else setBusy(false);
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    done(await attempt('projects.create', { name: name.trim(), template, language }));
  };
  const open = async (f: string) => {
    setBusy(true);
    done(await attempt('projects.open', { file: f }));
  };
  const sample = async () => {
    setBusy(true);
    done(await attempt('projects.open', { sample: true }));
  };
  const [report, setReport] = useState<QdpxOutcome | null>(null);
  const importing = useQdpxImport();
  const qdpx = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    const r = await importing.run(f);
    setBusy(false);
    if (r) setReport({ ...r, from: f.name });
  };

  // beside the window's regions, not inside the header that opens it (its colours are not a dialog's)
  return createPortal(
    <dialog
      ref={dialog}
      className="app-dialog projects-dialog"
      aria-labelledby="projects-title"
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
    >
      <div className="projects-head">
        <h2 id="projects-title">{t('title')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={() => dialog.current?.close()}>
          ×
        </button>
      </div>
      {report && <QdpxReport outcome={report} />}
      {listing?.readOnly && (
        <p className="projects-readonly" role="status">
          {t('readOnly', { where: listing.readOnly })}
        </p>
      )}
      <div className="projects-body">
        <form className="projects-new" onSubmit={create}>
          <h3>{t('newTitle')}</h3>
          <label>
            {t('name')}
            <input
              type="text"
              value={name}
              autoFocus
              required
              maxLength={200}
              placeholder={t('namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label>
            {t('template')}
            <select
              value={template}
              onChange={(e) => setTemplate(e.target.value === 'blank' ? 'blank' : 'nfa-aftaleforloeb')}
            >
              <option value="nfa-aftaleforloeb">{t('templateNfa')}</option>
              <option value="blank">{t('templateBlank')}</option>
            </select>
          </label>
          <label>
            {t('language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'da')}>
              <option value="da">Dansk</option>
              <option value="en">English</option>
            </select>
          </label>
          {/* the file it will get, until it is being made (then the window opens on it) */}
          {name.trim() && listing && !busy && (
            <p className="projects-hint">{t('savedAs', { file: fileNameFor(name.trim()), folder: listing.folder })}</p>
          )}
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {busy ? t('working') : t('create')}
          </button>
        </form>
        <section className="projects-open" aria-labelledby="projects-open-title">
          <h3 id="projects-open-title">{t('openTitle')}</h3>
          <h4>{t('recent')}</h4>
          <List items={listing?.recent ?? []} onOpen={(f) => void open(f)} busy={busy} />
          <h4>{t('inFolder')}</h4>
          <List items={listing?.inFolder ?? []} onOpen={(f) => void open(f)} busy={busy} />
          <form
            className="projects-path"
            onSubmit={(e) => {
              e.preventDefault();
              if (file.trim()) void open(file.trim());
            }}
          >
            <label>
              {t('path')}
              <input
                type="text"
                value={file}
                onChange={(e) => setFile(e.target.value)}
                placeholder="…/Projekt.cmo.json"
              />
            </label>
            <button type="submit" disabled={busy || !file.trim()}>
              {t('openPath')}
            </button>
          </form>
          <button type="button" disabled={busy} onClick={() => void sample()}>
            {t('sample')}
          </button>
          <label className="projects-qdpx">
            {t('qdpx')}
            <input type="file" accept=".qdpx" disabled={busy} onChange={(e) => void qdpx(e.target.files?.[0])} />
          </label>
          {importing.shown && <QdpxProgressBar shown={importing.shown} onCancel={importing.cancel} />}
          {busy && !importing.shown && (
            <p role="status" className="projects-hint">
              {t('working')}
            </p>
          )}
        </section>
        <TeamFiles intent={team ?? null} />
      </div>
    </dialog>,
    document.body,
  );
}
