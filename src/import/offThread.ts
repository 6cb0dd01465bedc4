/**
 * Reads a transcript in a worker thread, so a host keeps answering (the window, other calls) while
 * a large file is parsed; a read can be cancelled, and one that runs past its time is stopped.
 * Where no worker can be started (a bundle without the worker file), it reads in this thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { loadTranscript, type Transcript } from './index';
import { ImportError } from './errors';
import { say, type LogMessage } from '../cmo/logMessages';

/** no transcript takes longer than this to read here; past it the worker is stopped */
export const READ_TIMEOUT_MS = 120_000;

type Reply =
  | { ok: true; transcript: Transcript }
  | { ok: false; importError?: { fileName: string; problem: string | LogMessage }; error?: string };

/** The import worker's file (also the .qdpx reader's, src/refi/qdpxOffThread.ts); null in a bundle without it. */
export function workerFile(): { url: URL; ts: boolean } | null {
  for (const name of ['worker.ts', 'worker.js', 'importWorker.cjs']) {
    try {
      const url = new URL(`./${name}`, import.meta.url);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url, ts: name.endsWith('.ts') };
    } catch {
      /* import.meta.url unavailable in a CommonJS bundle */
    }
  }
  return null;
}

let tsxApiPath: string | null = null;
const tsxApi = () =>
  (tsxApiPath ??= pathToFileURL(
    path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href);

const running = new Set<Worker>();

/** Stops every read in progress; each rejects with a "cancelled" ImportError. */
export function cancelReads(): number {
  const n = running.size;
  for (const w of running) w.emit('cmo-cancel');
  return n;
}

/** one worker kept between reads (starting one costs a second or two with TypeScript sources) */
let idle: Worker | null = null;

export function startWorker(file: { url: URL; ts: boolean }): Worker {
  const limits = { resourceLimits: { maxOldGenerationSizeMb: 2048 } };
  const href = JSON.stringify(file.url.href);
  // the sources run as TypeScript (npm start, the CLI, tests): the worker loads its file through tsx's API
  const w = file.ts
    ? new Worker(`import(${JSON.stringify(tsxApi())}).then((m) => m.tsImport(${href}, ${href}))`, {
        eval: true,
        ...limits,
      })
    : new Worker(file.url, limits);
  w.unref();
  return w;
}

export function loadTranscriptOffThread(
  fileName: string,
  bytes: Uint8Array,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<Transcript> {
  const file = workerFile();
  if (!file) return loadTranscript(fileName, bytes);
  const worker = idle ?? startWorker(file);
  idle = null;
  running.add(worker);
  return new Promise<Transcript>((resolve, reject) => {
    let settled = false;
    type Listener = (...a: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
    const listeners: [string, Listener][] = [];
    const on = (ev: string, f: Listener) => {
      listeners.push([ev, f]);
      worker.on(ev, f);
    };
    const done = (keep: boolean, f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(worker);
      for (const [ev, l] of listeners) worker.off(ev, l);
      if (keep && !idle) idle = worker;
      else void worker.terminate();
      f();
    };
    const stop = (problem: LogMessage) => done(false, () => reject(new ImportError(fileName, problem)));
    const timer = setTimeout(() => stop(say('errImportTooSlow', { seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
    on('cmo-cancel', () => stop(say('errImportCancelled')));
    on('message', (r: Reply) =>
      done(true, () => {
        if (r.ok) resolve(r.transcript);
        else if (r.importError) reject(new ImportError(r.importError.fileName, r.importError.problem));
        else reject(new Error(r.error));
      }),
    );
    on('error', (e: Error) =>
      done(false, () =>
        reject(
          e instanceof RangeError || /memory/i.test(String(e)) ? new ImportError(fileName, say('errImportTooBig')) : e,
        ),
      ),
    );
    on('exit', (code: number) =>
      done(false, () => reject(new ImportError(fileName, say('errImportStopped', { code })))),
    );
    worker.postMessage({ fileName, bytes });
  });
}
