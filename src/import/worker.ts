/** A worker thread that reads one transcript (see offThread.ts): the host stays free meanwhile. */
import { parentPort } from 'node:worker_threads';
import { loadTranscript } from './index';
import { ImportError } from './errors';
import type { LogMessage } from '../cmo/logMessages';

parentPort?.on('message', (m: { fileName: string; bytes: Uint8Array }) => {
  loadTranscript(m.fileName, m.bytes).then(
    (t) => parentPort!.postMessage({ ok: true, transcript: t }),
    (e: unknown) => {
      if (!(e instanceof ImportError))
        return parentPort!.postMessage({ ok: false, error: (e as Error)?.message ?? String(e) });
      // the problem as a message when it was given as one, so the window can say it in its language
      const problem = (e.said?.params as { problem?: LogMessage } | undefined)?.problem ?? e.problem;
      parentPort!.postMessage({ ok: false, importError: { fileName: e.fileName, problem } });
    },
  );
});
