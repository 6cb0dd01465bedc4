/**
 * Opening a .qdpx from the Projects dialog, with a progress bar and its stage in words: the file
 * being sent, the archive read, sources n/N with the codings so far, the project being made. The
 * host reads off its own thread and answers `projects.importProgress` meanwhile; Cancel stops the
 * read (`projects.importCancel`), or the sending before it reaches the host.
 */
import { useRef, useState } from 'react';
import type { Result } from '../../../src/api/contract';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';

type Progress = NonNullable<Result<'projects.importProgress'>>;
type Shown = Progress | { stage: 'sending'; done: number; total: number; codings: number };
const POLL_MS = 300;
const CHUNK = 0x8000;

/** the part done, 0..1: sending ≈ the first 5 %, sources most of it */
function fraction(p: Shown): number {
  if (p.stage === 'sending') return 0.05 * (p.total ? p.done / p.total : 0);
  if (p.stage === 'archive') return 0.08;
  if (p.stage === 'sources') return 0.1 + 0.85 * (p.total ? p.done / p.total : 1);
  return 0.97;
}

export function useQdpxImport() {
  const { attempt } = useApi();
  const [shown, setShown] = useState<Shown | null>(null);
  const job = useRef<{ id: string; cancelled: boolean } | null>(null);

  const run = async (f: File): Promise<Result<'projects.importQdpx'> | undefined> => {
    const me = { id: `qdpx-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, cancelled: false };
    job.current = me;
    const bytes = new Uint8Array(await f.arrayBuffer());
    const parts: string[] = [];
    // base64 in slices, letting the page paint between them: a large file does not freeze the window
    for (let i = 0; i < bytes.length; i += CHUNK * 32) {
      if (me.cancelled) return finish(me, undefined);
      setShown({ stage: 'sending', done: i, total: bytes.length, codings: 0 });
      for (let k = i; k < Math.min(i + CHUNK * 32, bytes.length); k += CHUNK)
        parts.push(String.fromCharCode(...bytes.subarray(k, k + CHUNK)));
      await new Promise((r) => setTimeout(r, 0));
    }
    const poll = setInterval(() => {
      void attempt('projects.importProgress', { job: me.id }).then((p) => {
        if (p && job.current === me) setShown(p);
      });
    }, POLL_MS);
    try {
      const r = await attempt('projects.importQdpx', {
        fileName: f.name,
        dataBase64: btoa(parts.join('')),
        job: me.id,
      });
      return finish(me, r);
    } finally {
      clearInterval(poll);
    }
  };
  const finish = <T,>(me: { id: string }, r: T): T => {
    if (job.current === me) job.current = null;
    setShown(null);
    return r;
  };
  const cancel = () => {
    const me = job.current;
    if (!me) return;
    me.cancelled = true;
    void attempt('projects.importCancel', { job: me.id });
  };
  return { run, cancel, shown };
}

export function QdpxProgressBar({ shown, onCancel }: { shown: Shown; onCancel: () => void }) {
  const { t } = useTranslation(ns);
  const words =
    shown.stage === 'sources'
      ? t('qdpxSources', { done: shown.done, total: shown.total, codings: shown.codings })
      : t(`qdpxStage.${shown.stage}`);
  return (
    <div className="qdpx-progress" role="status" aria-live="polite">
      <progress max={1} value={fraction(shown)} aria-label={t('qdpxProgress')} />
      <span className="qdpx-progress-words">{words}</span>
      <button type="button" onClick={onCancel} disabled={shown.stage === 'project'}>
        {t('qdpxCancel')}
      </button>
    </div>
  );
}
