/**
 * Which window has a project open: `.<name>.open` beside the project holds the host's pid and
 * address while it runs. A second window on the same project finds it and opens read-only, saying
 * where the first one is; a marker whose process is gone (a crash) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Marker {
  pid: number;
  url: string;
}

export const markerPath = (project: string) => path.join(path.dirname(project), `.${path.basename(project)}.open`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The other live window that has `project` open, as "pid 123, http://127.0.0.1:port/", or null. */
export function openElsewhere(project: string): string | null {
  try {
    const m = JSON.parse(fs.readFileSync(markerPath(project), 'utf8')) as Partial<Marker>;
    if (typeof m.pid !== 'number' || m.pid === process.pid || !alive(m.pid)) return null;
    return `proces ${m.pid}${m.url ? `, ${m.url}` : ''}`;
  } catch {
    return null;
  }
}

/** Marks `project` as open here; returns the function that removes the mark. */
export function markOpen(project: string, url: string): () => void {
  const file = markerPath(project);
  try {
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url } satisfies Marker));
  } catch {
    return () => {};
  }
  return () => {
    try {
      const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Marker>;
      if (m.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      /* gone already */
    }
  };
}
