/**
 * .qdpx imports the window asked for (`projects.importQdpx` with a `job` name), each read off the
 * host's thread (src/refi/qdpxOffThread.ts) so the window's other calls are answered meanwhile:
 * `projects.importProgress` says how far one is (the archive, sources n/N with the codings so far,
 * the project being saved), `projects.importCancel` stops it (until the project is being saved).
 */
import type { QdpxProgress } from '../../refi/qdpxMap';

/** What createProject reads a .qdpx with when it is read off the thread. */
export interface QdpxReading {
  onProgress: (p: QdpxProgress) => void;
  signal: AbortSignal;
}

const jobs = new Map<string, { progress: QdpxProgress; stop: AbortController }>();

/** Runs `read` as the job `job` (unnamed: one nobody asks about), telling `also` how far it is too. */
export async function asQdpxJob<T>(
  job: string | undefined,
  read: (r: QdpxReading) => Promise<T>,
  also?: (p: QdpxProgress | null) => void,
): Promise<T> {
  const stop = new AbortController();
  const progress: QdpxProgress = { stage: 'archive', done: 0, total: 1, codings: 0 };
  const entry = { progress, stop };
  if (job) jobs.set(job, entry);
  try {
    return await read({
      signal: stop.signal,
      onProgress: (p) => {
        entry.progress = p;
        also?.(p);
      },
    });
  } finally {
    if (job && jobs.get(job) === entry) jobs.delete(job);
    also?.(null);
  }
}

export const qdpxProgress = (job: string): QdpxProgress | null => jobs.get(job)?.progress ?? null;

export function cancelQdpx(job: string): { cancelled: boolean } {
  const j = jobs.get(job);
  // once the project is being saved it is too late to stop without leaving half a project
  if (!j || j.progress.stage === 'project') return { cancelled: false };
  j.stop.abort();
  return { cancelled: true };
}
