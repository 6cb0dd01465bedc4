/**
 * A worker thread that reads one transcript (see offThread.ts), or opens one .qdpx as a project
 * (src/refi/qdpxOffThread.ts, saying how far it is as it goes): the host stays free meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { loadTranscript } from './index';
import { ImportError } from './errors';
import type { LogMessage } from '../cmo/logMessages';
import type { Project } from '../cmo/model';
import { projectFromQdpx } from '../refi/qdpxImport';

type Job =
  | { fileName: string; bytes: Uint8Array; qdpx?: undefined }
  | { fileName: string; bytes: Uint8Array; qdpx: { base: Project; now: string } };

function failed(e: unknown) {
  if (!(e instanceof ImportError))
    return parentPort!.postMessage({ ok: false, error: (e as Error)?.message ?? String(e) });
  // the problem as a message when it was given as one, so the window can say it in its language
  const problem = (e.said?.params as { problem?: LogMessage } | undefined)?.problem ?? e.problem;
  parentPort!.postMessage({ ok: false, importError: { fileName: e.fileName, problem } });
}

parentPort?.on('message', (m: Job) => {
  if (m.qdpx) {
    try {
      const buf = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
      const out = projectFromQdpx(buf, m.fileName, m.qdpx.base, m.qdpx.now, (progress) =>
        parentPort!.postMessage({ progress }),
      );
      parentPort!.postMessage({ ok: true, qdpx: out });
    } catch (e) {
      failed(e);
    }
    return;
  }
  loadTranscript(m.fileName, m.bytes).then((t) => parentPort!.postMessage({ ok: true, transcript: t }), failed);
});
