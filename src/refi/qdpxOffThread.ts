/**
 * Opens a .qdpx as a project in a worker thread (the import worker, src/import/worker.ts), so a host
 * keeps answering while a large file is read: it says how far it is (the archive, then the sources
 * one by one with the codings so far) and can be cancelled (the worker is stopped). Where no worker
 * can be started (a bundle without the worker file) it reads in this thread, still saying how far.
 */
import type { Project } from '../cmo/model';
import { say, type LogMessage } from '../cmo/logMessages';
import { ImportError } from '../import/errors';
import { startWorker, workerFile } from '../import/offThread';
import { projectFromQdpx } from './qdpxImport';
import type { ImportReport, QdpxProgress } from './qdpxMap';

type Out = { project: Project; report: ImportReport };
type Reply =
  | { progress: QdpxProgress }
  | { ok: true; qdpx: Out }
  | { ok: false; importError?: { fileName: string; problem: string | LogMessage }; error?: string };

export function projectFromQdpxOffThread(
  buf: Buffer,
  fileName: string,
  base: Project,
  now: string,
  onProgress: (p: QdpxProgress) => void,
  signal?: AbortSignal,
): Promise<Out> {
  const cancelled = () => new ImportError(fileName, say('errImportCancelled'));
  if (signal?.aborted) return Promise.reject(cancelled());
  const file = workerFile();
  if (!file) return Promise.resolve().then(() => projectFromQdpx(buf, fileName, base, now, onProgress));
  const worker = startWorker(file);
  return new Promise<Out>((resolve, reject) => {
    let settled = false;
    const done = (f: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      f();
    };
    const abort = () => done(() => reject(cancelled()));
    signal?.addEventListener('abort', abort);
    worker.on('message', (r: Reply) => {
      if ('progress' in r) return onProgress(r.progress);
      done(() => {
        if (r.ok) resolve(r.qdpx);
        else if (r.importError) reject(new ImportError(r.importError.fileName, r.importError.problem));
        else reject(new Error(r.error));
      });
    });
    worker.on('error', (e: Error) =>
      done(() =>
        reject(
          e instanceof RangeError || /memory/i.test(String(e)) ? new ImportError(fileName, say('errImportTooBig')) : e,
        ),
      ),
    );
    worker.on('exit', (code: number) =>
      done(() => reject(new ImportError(fileName, say('errImportStopped', { code })))),
    );
    worker.postMessage({ fileName, bytes: new Uint8Array(buf), qdpx: { base, now } });
  });
}
