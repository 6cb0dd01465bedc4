/**
 * The import dialog: pick files (or a folder, or drop them), check the case and role read from
 * each file name and correct them, import one file after another with a progress bar, see what
 * became of each file, then link each transcript's speakers to participants.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ImportPreview, ImportResult, ProjectInfo } from '../../../src/api/contract';
import { api } from '../api';
import { useApi } from '../shared/useApi';
import { changeInWords, textsInWords } from '../i18n/logWords';
import { errorText } from '../shared/errors';
import { runBatch, tally, withoutFilePrefix, type Outcome, type Phase } from './batch';
import {
  MAX_SEND_BYTES,
  baseName,
  dragHasFiles,
  fileKey,
  filesFromDrop,
  filesFromInput,
  isClutter,
  parentFolder,
  readAsBase64,
  type PickedFile,
} from './files';
import { formatBytes, formatNumber, roleName } from './format';
import { ns } from './i18n';
import { SpeakerMapping } from './SpeakerMapping';
import { sniffFiles, withSniff, type Sniffed } from './sniffRows';
import './import.css';
import './speakers.css';

export type DialogStart = { kind: 'import'; files: PickedFile[] } | { kind: 'speakers'; sourceId: string };

const ACCEPT = '.docx,.odt,.rtf,.txt,.text,.md,.markdown,.vtt,.srt';

interface Row extends Sniffed {
  key: string;
  picked: PickedFile;
  /** what the file name (and the folder's) says; null until the preview came back */
  meta: ImportPreview | null;
  folderMeta: ImportPreview | null;
  problem: string | null;
  include: boolean;
  name: string;
  caseId: string;
  roleId: string;
}

const defaultName = (p: PickedFile) => baseName(p.path).replace(/\.[^.]+$/, '') || baseName(p.path);

type Step = 'pick' | 'preview' | 'running' | 'done' | 'speakers';

interface Progress {
  index: number;
  phase: Phase;
  fraction: number;
}

export function ImportDialog({
  info,
  start,
  onClose,
  onOpenSource,
}: {
  info: ProjectInfo;
  start: DialogStart;
  onClose: () => void;
  onOpenSource: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>(start.kind === 'speakers' ? 'speakers' : 'pick');
  const [rows, setRows] = useState<Row[]>([]);
  const [skippedClutter, setSkippedClutter] = useState(0);
  const [previewing, setPreviewing] = useState(0);
  const [batch, setBatch] = useState<Row[]>([]);
  const [outcomes, setOutcomes] = useState<(Outcome | undefined)[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [stopping, setStopping] = useState(false);
  const cancelRef = useRef(false);
  const [speakersOf, setSpeakersOf] = useState<string | null>(start.kind === 'speakers' ? start.sourceId : null);
  const [dragging, setDragging] = useState(false);
  const running = step === 'running';

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  /** the views behind the dialog show each imported file as it lands */
  const refresh = useCallback(() => {
    void tools.mutate('project.info', {});
  }, [tools]);

  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const addFiles = useCallback(
    async (picked: PickedFile[]) => {
      const clutter = picked.filter((p) => isClutter(baseName(p.path)));
      if (clutter.length) setSkippedClutter((n) => n + clutter.length);
      const known = new Set(rowsRef.current.map((r) => r.key));
      const fresh: Row[] = [];
      for (const p of picked) {
        const key = fileKey(p);
        if (isClutter(baseName(p.path)) || known.has(key)) continue;
        known.add(key);
        fresh.push({
          key,
          picked: p,
          meta: null,
          folderMeta: null,
          include: true,
          name: defaultName(p),
          caseId: '',
          roleId: '',
          problem:
            p.file.size > MAX_SEND_BYTES
              ? t('preview.tooBig', { size: formatBytes(p.file.size), max: formatBytes(MAX_SEND_BYTES) })
              : null,
        });
      }
      rowsRef.current = [...rowsRef.current, ...fresh];
      setRows(rowsRef.current);
      setStep('preview');
      if (!fresh.length) return;
      const folders = [...new Set(fresh.map((r) => parentFolder(r.picked.path)).filter((f): f is string => !!f))];
      const names = [...fresh.map((r) => baseName(r.picked.path)), ...folders.map((f) => `${f}.folder`)];
      setPreviewing((n) => n + 1);
      const previews = await tools.attempt('import.preview', { fileNames: names });
      setPreviewing((n) => n - 1);
      if (!previews) return;
      const byFolder = new Map(folders.map((f, i) => [f, previews[fresh.length + i]!]));
      const byKey = new Map(fresh.map((r, i) => [r.key, previews[i]!]));
      setRows((old) =>
        old.map((r) => {
          const meta = byKey.get(r.key);
          if (!meta) return r;
          const folder = parentFolder(r.picked.path);
          const folderMeta = folder ? (byFolder.get(folder) ?? null) : null;
          const problem = r.problem ?? changeInWords(meta.problemSaid, meta.problem);
          return {
            ...r,
            meta,
            folderMeta,
            problem,
            include: r.include && !problem,
            caseId: meta.caseId ?? folderMeta?.caseId ?? '',
            roleId: meta.roleId ?? folderMeta?.roleId ?? '',
          };
        }),
      );
      // then each file's content: empty, wrong, protected or a duplicate is shown as such, not as ready
      await sniffFiles(
        fresh,
        (fileName, dataBase64) => tools.attempt('import.sniff', { fileName, dataBase64 }),
        (key, res) => setRows((old) => old.map((r) => (r.key === key ? withSniff(r, res, old) : r))),
      );
    },
    [t, tools],
  );

  // ---- file inputs and drops ----
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const folderSupported = useMemo(
    () => typeof document !== 'undefined' && 'webkitdirectory' in document.createElement('input'),
    [],
  );
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, [step]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (start.kind === 'import' && start.files.length) void addFiles(start.files);
  }, [start, addFiles]);

  const onDragOver = (e: DragEvent) => {
    if (running || step === 'speakers' || !dragHasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    setDragging(false);
    if (running || step === 'speakers' || !dragHasFiles(e)) return;
    e.preventDefault();
    void filesFromDrop(e.dataTransfer).then(addFiles);
  };

  // ---- the batch ----
  const importable = rows.filter((r) => r.include && !r.problem && r.meta);
  const startImport = async () => {
    const items = importable;
    if (!items.length) return;
    cancelRef.current = false;
    setStopping(false);
    setBatch(items);
    setOutcomes(items.map(() => undefined));
    setProgress({ index: 0, phase: 'reading', fraction: 0 });
    setStep('running');
    const results = await runBatch(items, {
      read: async (r, progress) => {
        try {
          return await readAsBase64(r.picked.file, progress);
        } catch (e) {
          throw new Error(t('run.readFailed', { message: e instanceof Error ? e.message : String(e) }));
        }
      },
      importOne: async (r, dataBase64): Promise<ImportResult> => {
        const res = await api.call('source.import', {
          fileName: baseName(r.picked.path),
          dataBase64,
          fromFileName: false,
          ...(r.caseId ? { caseId: r.caseId } : {}),
          ...(r.roleId ? { role: r.roleId } : {}),
          ...(r.name.trim() && r.name.trim() !== defaultName(r.picked) ? { name: r.name.trim() } : {}),
        });
        refresh();
        return res;
      },
      onProgress: (index, phase, fraction) => setProgress({ index, phase, fraction }),
      onOutcome: (index, outcome) =>
        setOutcomes((os) => {
          const next = os.slice();
          next[index] = outcome;
          return next;
        }),
      cancelled: () => cancelRef.current,
      errorText,
    });
    setProgress(null);
    setStep('done');
    // imported files and duplicates leave the table; failed and cancelled ones stay, to try again
    const landed = new Set(
      items.filter((_, i) => results[i]?.status === 'imported' || results[i]?.status === 'duplicate').map((r) => r.key),
    );
    setRows((old) => old.filter((r) => !landed.has(r.key)));
  };

  // the file being read is stopped too (the host reads it in a worker), not only the ones after it
  const cancel = () => {
    cancelRef.current = true;
    setStopping(true);
    void api.call('import.cancel', {}).catch(() => {});
  };

  const close = () => {
    if (!running) dialog.current?.close();
  };

  const openSpeakers = (id: string) => {
    setSpeakersOf(id);
    setStep('speakers');
  };
  const openSource = (id: string) => {
    onOpenSource(id);
    dialog.current?.close();
  };

  const title = step === 'speakers' ? t('speakers.dialogTitle') : t('title');

  let body: ReactNode;
  let footer: ReactNode = null;
  if (step === 'speakers' && speakersOf) {
    body = <SpeakerMapping info={info} sourceId={speakersOf} onOpenSource={openSource} />;
    footer = (
      <>
        {outcomes.length > 0 && (
          <button type="button" onClick={() => setStep('done')}>
            {t('speakers.back')}
          </button>
        )}
        <span className="grow" />
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </>
    );
  } else if (step === 'pick') {
    body = (
      <Picker
        onFiles={() => fileInput.current?.click()}
        onFolder={folderSupported ? () => folderInput.current?.click() : null}
      />
    );
    footer = (
      <>
        <span className="grow" />
        <button type="button" onClick={close}>
          {t('cancel')}
        </button>
      </>
    );
  } else if (step === 'preview') {
    body = (
      <PreviewTable
        info={info}
        rows={rows}
        setRows={setRows}
        loading={previewing > 0}
        skippedClutter={skippedClutter}
        onAddFiles={() => fileInput.current?.click()}
        onAddFolder={folderSupported ? () => folderInput.current?.click() : null}
      />
    );
    footer = (
      <>
        <button
          type="button"
          onClick={() => {
            setRows([]);
            setSkippedClutter(0);
            setStep('pick');
          }}
        >
          {t('preview.clear')}
        </button>
        {outcomes.length > 0 && (
          <button type="button" onClick={() => setStep('done')}>
            {t('preview.toResults')}
          </button>
        )}
        <span className="grow" />
        <button type="button" onClick={close}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!importable.length || previewing > 0}
          onClick={() => void startImport()}
        >
          {t('preview.import', { count: importable.length })}
        </button>
      </>
    );
  } else {
    body = (
      <>
        {running && progress && (
          <RunProgress batch={batch} progress={progress} done={outcomes.filter(Boolean).length} stopping={stopping} />
        )}
        {step === 'done' && <DoneSummary outcomes={outcomes} />}
        <ResultList
          info={info}
          batch={batch}
          outcomes={outcomes}
          current={running ? (progress?.index ?? null) : null}
          onSpeakers={openSpeakers}
          onOpen={openSource}
        />
      </>
    );
    footer = running ? (
      <>
        <span className="grow" />
        <button type="button" onClick={cancel} disabled={stopping}>
          {stopping ? t('run.stopping') : t('run.cancel')}
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={() => setStep(rows.length ? 'preview' : 'pick')}>
          {rows.length ? t('done.backToFailed', { count: rows.length }) : t('done.more')}
        </button>
        <span className="grow" />
        <button type="button" className="primary" onClick={close}>
          {t('close')}
        </button>
      </>
    );
  }

  return (
    <dialog
      ref={dialog}
      className={`import-dialog${dragging ? ' dragging' : ''}`}
      aria-labelledby="import-dialog-title"
      onCancel={(e) => {
        if (running) e.preventDefault();
      }}
      onClose={onClose}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="import-head">
        <h2 id="import-dialog-title">{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('close')}
          title={running ? t('run.noClose') : t('close')}
          disabled={running}
          onClick={close}
        >
          ×
        </button>
      </header>
      <div className="import-body">{body}</div>
      <footer className="import-foot">{footer}</footer>
      <input
        ref={fileInput}
        className="import-file-input"
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const files = filesFromInput(e.target.files);
          e.target.value = '';
          void addFiles(files);
        }}
      />
      <input
        ref={folderInput}
        className="import-folder-input"
        type="file"
        multiple
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const files = filesFromInput(e.target.files);
          e.target.value = '';
          void addFiles(files);
        }}
      />
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          {t('dropToAdd')}
        </div>
      )}
    </dialog>
  );
}

function Picker({ onFiles, onFolder }: { onFiles: () => void; onFolder: (() => void) | null }) {
  const { t } = useTranslation(ns);
  return (
    <div className="import-picker">
      <p>{t('pick.intro')}</p>
      <p className="muted small">{t('pick.formats')}</p>
      <div className="import-dropzone">
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={onFiles}>
            {t('pick.files')}
          </button>
          {onFolder && (
            <button type="button" onClick={onFolder}>
              {t('pick.folder')}
            </button>
          )}
        </div>
        <p className="muted">{t('pick.drop')}</p>
      </div>
    </div>
  );
}

function PreviewTable({
  info,
  rows,
  setRows,
  loading,
  skippedClutter,
  onAddFiles,
  onAddFolder,
}: {
  info: ProjectInfo;
  rows: Row[];
  setRows: (f: (rows: Row[]) => Row[]) => void;
  loading: boolean;
  skippedClutter: number;
  onAddFiles: () => void;
  onAddFolder: (() => void) | null;
}) {
  const { t } = useTranslation(ns);
  const update = (key: string, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const readable = rows.filter((r) => !r.problem);
  const bad = rows.length - readable.length;
  const chosen = readable.filter((r) => r.include);
  const allOn = readable.length > 0 && chosen.length === readable.length;
  const setAll = (patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.include && !r.problem ? { ...r, ...patch } : r)));

  const caseOptions = info.cases.map((c) => (
    <option key={c.id} value={c.id}>
      {c.label}
    </option>
  ));
  const roleOptions = info.roles.map((r) => (
    <option key={r.id} value={r.id}>
      {roleName(r)}
    </option>
  ));

  return (
    <div className="import-preview">
      <p className="import-lead">
        {t('preview.summary', { count: rows.length })}
        {bad > 0 && (
          <>
            {' '}
            · <span className="import-bad-count">{t('preview.unreadable', { count: bad })}</span>
          </>
        )}
        {loading && <span className="loading"> · {t('preview.loading')}</span>}
      </p>
      <p className="muted small">
        {t('preview.help')}
        {bad > 0 ? ` ${t('preview.leftOut')}` : ''}
      </p>
      {skippedClutter > 0 && <p className="muted small">{t('preview.clutter', { count: skippedClutter })}</p>}
      <div className="import-bulk">
        <span>{t('preview.setAll', { count: chosen.length })}</span>
        <select
          aria-label={t('preview.setAllCase')}
          value=""
          disabled={!chosen.length}
          onChange={(e) => setAll({ caseId: e.target.value === '-' ? '' : e.target.value })}
        >
          <option value="" disabled>
            {t('preview.setAllCase')}
          </option>
          <option value="-">{t('preview.noCase')}</option>
          {caseOptions}
        </select>
        <select
          aria-label={t('preview.setAllRole')}
          value=""
          disabled={!chosen.length}
          onChange={(e) => setAll({ roleId: e.target.value === '-' ? '' : e.target.value })}
        >
          <option value="" disabled>
            {t('preview.setAllRole')}
          </option>
          <option value="-">{t('preview.noRole')}</option>
          {roleOptions}
        </select>
        <span className="grow" />
        <button type="button" onClick={onAddFiles}>
          {t('preview.addFiles')}
        </button>
        {onAddFolder && (
          <button type="button" onClick={onAddFolder}>
            {t('preview.addFolder')}
          </button>
        )}
      </div>
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th className="col-check">
                <input
                  type="checkbox"
                  aria-label={t('preview.includeAll')}
                  checked={allOn}
                  disabled={!readable.length}
                  onChange={() => setRows((rs) => rs.map((r) => (r.problem ? r : { ...r, include: !allOn })))}
                />
              </th>
              <th>{t('col.file')}</th>
              <th>{t('col.name')}</th>
              <th>{t('col.case')}</th>
              <th>{t('col.role')}</th>
              <th>{t('col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const file = baseName(r.picked.path);
              const folder = parentFolder(r.picked.path);
              const caseHint =
                r.meta?.caseId && r.caseId === r.meta.caseId
                  ? t('preview.fromName', { text: r.meta.matched.case })
                  : r.folderMeta?.caseId && r.caseId === r.folderMeta.caseId && folder
                    ? t('preview.fromFolder', { text: folder })
                    : null;
              const roleHint =
                r.meta?.roleId && r.roleId === r.meta.roleId
                  ? t('preview.fromName', { text: r.meta.matched.role })
                  : r.folderMeta?.roleId && r.roleId === r.folderMeta.roleId && folder
                    ? t('preview.fromFolder', { text: folder })
                    : null;
              const unknownCase =
                r.meta && r.meta.caseNumber !== null && !r.meta.caseId && !r.caseId
                  ? t('preview.unknownCase', { number: r.meta.caseNumber })
                  : null;
              return (
                <tr key={r.key} className={r.problem ? 'bad' : r.include ? '' : 'off'} data-file={file}>
                  <td className="col-check">
                    <input
                      type="checkbox"
                      aria-label={t('preview.include', { file })}
                      checked={r.include && !r.problem}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { include: e.target.checked })}
                    />
                  </td>
                  <td className="col-file">
                    <span className="import-file-name" title={r.picked.path}>
                      {file}
                    </span>
                    <span className="muted small">
                      {folder ? `${folder}/ · ` : ''}
                      {formatBytes(r.picked.file.size)}
                      {r.meta?.format ? ` · ${r.meta.format}` : ''}
                    </span>
                  </td>
                  <td className="col-name">
                    <input
                      type="text"
                      aria-label={t('preview.nameOf', { file })}
                      value={r.name}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { name: e.target.value })}
                    />
                  </td>
                  <td className="col-case">
                    <select
                      aria-label={t('preview.caseOf', { file })}
                      value={r.caseId}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { caseId: e.target.value })}
                    >
                      <option value="">{t('preview.noCase')}</option>
                      {caseOptions}
                    </select>
                    {caseHint && <span className="hint-line">{caseHint}</span>}
                    {unknownCase && <span className="hint-line warn">{unknownCase}</span>}
                  </td>
                  <td className="col-role">
                    <select
                      aria-label={t('preview.roleOf', { file })}
                      value={r.roleId}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { roleId: e.target.value })}
                    >
                      <option value="">{t('preview.noRole')}</option>
                      {roleOptions}
                    </select>
                    {roleHint && <span className="hint-line">{roleHint}</span>}
                  </td>
                  <td className="col-status">
                    {r.problem ? (
                      <span className="import-problem">{r.problem}</span>
                    ) : !r.meta || !r.sniffed ? (
                      <span className="loading">{t('preview.checking')}</span>
                    ) : r.include ? (
                      <span className="import-ready">{t('preview.ready')}</span>
                    ) : (
                      <span className="muted">{t('preview.notChosen')}</span>
                    )}
                    <button
                      type="button"
                      className="icon-button import-remove"
                      aria-label={t('preview.remove', { file })}
                      title={t('preview.remove', { file })}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function RunProgress({
  batch,
  progress,
  done,
  stopping,
}: {
  batch: Row[];
  progress: Progress;
  done: number;
  stopping: boolean;
}) {
  const { t } = useTranslation(ns);
  const current = batch[progress.index];
  const file = current ? baseName(current.picked.path) : '';
  const big = (current?.picked.file.size ?? 0) > 2 * 1024 * 1024;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-line">
        <strong>{t('run.progress', { done, total: batch.length })}</strong>
        <span className="muted">
          {progress.phase === 'reading'
            ? t('run.reading', { file, percent: Math.round(progress.fraction * 100) })
            : t('run.importing', { file })}
        </span>
      </div>
      <progress className="import-bar" max={batch.length} value={done} aria-label={t('run.barLabel')} />
      {big && progress.phase === 'reading' && (
        <progress
          className="import-bar file-bar"
          max={1}
          value={progress.fraction}
          aria-label={t('run.fileBarLabel', { file })}
        />
      )}
      {stopping && <p className="muted small">{t('run.stoppingHint')}</p>}
    </div>
  );
}

function DoneSummary({ outcomes }: { outcomes: (Outcome | undefined)[] }) {
  const { t } = useTranslation(ns);
  const n = tally(outcomes);
  return (
    <div className="import-summary" role="status">
      <strong>{t('done.title')}</strong>{' '}
      {[
        t('done.imported', { count: n.imported }),
        n.duplicate ? t('done.duplicates', { count: n.duplicate }) : null,
        n.error ? t('done.errors', { count: n.error }) : null,
        n.cancelled ? t('done.cancelled', { count: n.cancelled }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </div>
  );
}

function ResultList({
  info,
  batch,
  outcomes,
  current,
  onSpeakers,
  onOpen,
}: {
  info: ProjectInfo;
  batch: Row[];
  outcomes: (Outcome | undefined)[];
  current: number | null;
  onSpeakers: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <ol className="import-results" aria-label={t('done.listLabel')}>
      {batch.map((r, i) => {
        const o = outcomes[i];
        const file = baseName(r.picked.path);
        const status = o?.status ?? (current === i ? 'current' : 'waiting');
        return (
          <li key={r.key} className={`import-result status-${status}`} data-file={file}>
            <span className="import-badge">{t(`status.${status}`)}</span>
            <div className="import-result-main">
              <span className="import-file-name">{file}</span>
              {o?.status === 'imported' && (
                <ImportedDetails info={info} result={o.result} onSpeakers={onSpeakers} onOpen={onOpen} />
              )}
              {o?.status === 'duplicate' && (
                <span className="import-detail">
                  {t('result.duplicate', { name: o.existingName })}
                  {(() => {
                    const existing = info.sourceList.find((s) => s.name === o.existingName);
                    return existing ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => onOpen(existing.id)}>
                          {t('result.openExisting')}
                        </button>
                      </>
                    ) : null;
                  })()}
                </span>
              )}
              {o?.status === 'error' && (
                <span className="import-detail import-problem">{withoutFilePrefix(o.message, file)}</span>
              )}
              {o?.status === 'cancelled' && <span className="import-detail muted">{t('result.cancelled')}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function ImportedDetails({
  info,
  result,
  onSpeakers,
  onOpen,
}: {
  info: ProjectInfo;
  result: ImportResult;
  onSpeakers: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const live = info.sourceList.find((s) => s.id === result.source.id) ?? result.source;
  const kase = info.cases.find((c) => c.id === live.caseId);
  const who = (label: string) => {
    const pid = live.speakerMap[label];
    const p = pid ? info.participants.find((x) => x.id === pid) : undefined;
    // a participant made by this import is in the project info once the views have refreshed
    return p ? `${label} → ${p.label}` : pid ? `${label} → …` : `${label} → ${t('result.noParticipant')}`;
  };
  const speakers = live.speakers.filter(Boolean);
  // speakers the name and labels could not place (Teams' "Taler 1"): worth a look before coding
  const unplaced = speakers.filter((l) => {
    const p = info.participants.find((x) => x.id === live.speakerMap[l]);
    return p && !p.roleId;
  });
  return (
    <>
      <span className="import-detail">
        {t('result.imported', {
          name: live.name,
          chars: formatNumber(live.length),
          turns: formatNumber(result.turns ?? 0),
          count: result.turns ?? 0,
        })}
        {' · '}
        {kase ? kase.label : t('result.noCase')}
      </span>
      <span className="import-detail">
        {speakers.length ? (
          <>
            {t('result.speakers')} {speakers.map(who).join(' · ')}
          </>
        ) : (
          <span className="muted">{t('result.noSpeakers')}</span>
        )}
      </span>
      {unplaced.length > 0 && (
        <span className="import-detail import-check">{t('result.checkSpeakers', { labels: unplaced.join(', ') })}</span>
      )}
      {result.warnings.length > 0 && (
        <ul className="import-warnings">
          {textsInWords(result.warnings, result.warningsSaid).map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <span className="import-result-actions">
        <button
          type="button"
          className={unplaced.length ? 'primary' : undefined}
          onClick={() => onSpeakers(live.id)}
          disabled={!speakers.length}
        >
          {t('result.mapSpeakers')}
        </button>
        <button type="button" onClick={() => onOpen(live.id)}>
          {t('result.open')}
        </button>
      </span>
    </>
  );
}
