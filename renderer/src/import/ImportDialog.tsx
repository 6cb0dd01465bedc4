/**
 * The import dialog: pick files (or a folder, or drop them), check the case and role read from
 * each file name and correct them, import one file after another with a progress bar, see what
 * became of each file, then link each transcript's speakers to participants.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ImportResult, ProjectInfo } from '../../../src/api/contract';
import { api } from '../api';
import { useApi } from '../shared/useApi';
import { errorText } from '../shared/errors';
import { runBatch, type Outcome } from './batch';
import { baseName, dragHasFiles, filesFromDrop, filesFromInput, readAsBase64, type PickedFile } from './files';
import { ns } from './i18n';
import { SpeakerMapping } from './SpeakerMapping';
import { Picker, PreviewTable } from './PreviewTable';
import { DoneSummary, ResultList, RunProgress } from './ResultList';
import { defaultName, type Progress, type Row, type Step } from './rows';
import { usePreviewRows } from './usePreviewRows';
import './import.css';
import './speakers.css';

export type DialogStart = { kind: 'import'; files: PickedFile[] } | { kind: 'speakers'; sourceId: string };

const ACCEPT = '.docx,.odt,.rtf,.txt,.text,.md,.markdown,.vtt,.srt';

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
  const { rows, setRows, skippedClutter, setSkippedClutter, previewing, addFiles } = usePreviewRows(t, tools, setStep);
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
