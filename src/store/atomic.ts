/**
 * Atomic file replacement: the new bytes go to a temp file beside the target (fsynced), the
 * previous version becomes `<file>.bak` by a hard link renamed into place — a whole backup, never a
 * half-copied one — and the temp file is renamed over the target. A kill at any moment leaves the
 * target and the backup each either old or new, and at most a temp file that the next save sweeps.
 */
import fs from 'node:fs/promises';
import { constants as FS } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export const backupPath = (file: string) => `${file}.bak`;

/** `.<name>.<pid>.<hex>.tmp`: hidden, beside the file (same file system, so rename is atomic). */
const tempName = (file: string, tag = '') =>
  path.join(
    path.dirname(file),
    `.${path.basename(file)}${tag}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );

/** Writes `data` to a temp file beside `file`, fsyncs it and returns its path; removes it on failure. */
export async function writeTemp(file: string, data: string | readonly Buffer[], tag = ''): Promise<string> {
  const tmp = tempName(file, tag);
  const fh = await fs.open(tmp, 'wx');
  try {
    if (typeof data === 'string') await fh.writeFile(data, 'utf8');
    else await writeAll(fh, data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    await fh.close().catch(() => {});
  }
  return tmp;
}

/** writev in batches (the OS caps vectors per call), handling short writes. */
async function writeAll(fh: fs.FileHandle, bufs: readonly Buffer[]): Promise<void> {
  for (let i = 0; i < bufs.length; i += 512) {
    let batch = bufs.slice(i, i + 512);
    while (batch.length) {
      const { bytesWritten } = await fh.writev(batch);
      let n = bytesWritten;
      while (batch.length && n >= batch[0]!.length) {
        n -= batch[0]!.length;
        batch = batch.slice(1);
      }
      if (n > 0 && batch.length) batch = [batch[0]!.subarray(n), ...batch.slice(1)];
    }
  }
}

export async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename itself durable; not supported on every platform (Windows).
  try {
    const d = await fs.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Makes `<file>.bak` the current `file`, atomically: a hard link (or, where links fail, a fsynced copy) renamed into
 * place.
 */
export async function backUp(file: string): Promise<void> {
  const tmp = tempName(file, '.bak');
  try {
    await fs.link(file, tmp).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw e;
      await fs.copyFile(file, tmp, FS.COPYFILE_EXCL);
      const fh = await fs.open(tmp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    });
    await fs.rename(tmp, backupPath(file));
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Removes the temp files a killed writer of `file` left behind. Call only while holding the file's lock. */
export async function sweepTemps(file: string): Promise<number> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const stray = names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'));
  await Promise.all(stray.map((n) => fs.rm(path.join(dir, n), { force: true }).catch(() => {})));
  return stray.length;
}
