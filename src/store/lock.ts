/**
 * One writer at a time per project file, across processes (the app, CLIs, a second window):
 * a lock directory `<file>.lock` (proper-lockfile: atomic mkdir, refreshed while held, taken over
 * when stale after a crash). A writer waits its turn rather than failing.
 */
import lockfile from 'proper-lockfile';
import { ProjectFileError } from './errors';
import { say } from '../cmo/logMessages';

/**
 * A crashed holder's lock is taken over after this long without a refresh. Long, because a live
 * holder whose thread is busy (parsing a 10 MB project on a loaded machine) cannot refresh it, and
 * taking over a live holder's lock is how an update gets lost; a crash is rare and costs one wait.
 */
const STALE_MS = 20_000;
/** how long a writer waits for its turn before it gives up with a message (≈ 90 s, past a stale lock) */
const RETRIES = { retries: 450, factor: 1.15, minTimeout: 15, maxTimeout: 200, randomize: true };

export interface Held {
  /** true when the lock was lost while held (another process judged it stale): do not write */
  readonly compromised: () => boolean;
}

/** Runs `f` holding `file`'s lock; waits for another writer to finish first. */
export async function withLock<T>(
  file: string,
  f: (held: Held) => Promise<T>,
  opts: { wait?: boolean } = {},
): Promise<T> {
  let lost = false;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: STALE_MS,
      update: 2000,
      retries: opts.wait === false ? 0 : RETRIES,
      onCompromised: () => {
        lost = true;
      },
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new ProjectFileError(file, say('fileLockedTooLong'));
    throw new ProjectFileError(file, say('fileCannotLock', { code: code ?? (e as Error).message }));
  }
  try {
    return await f({ compromised: () => lost });
  } finally {
    await release().catch(() => {
      /* a compromised lock is already gone */
    });
  }
}

/** Runs `f` under the lock when it is free right now; otherwise does nothing (for housekeeping). */
export async function ifUnlocked(file: string, f: () => Promise<unknown>): Promise<void> {
  try {
    await withLock(file, f, { wait: false });
  } catch {
    /* busy or not writable: skip */
  }
}
