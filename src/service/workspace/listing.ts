/** What `project.recent` answers: the projects opened lately and those in the projects folder, with their names. */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectEntry, ProjectsListing } from '../../api/contract';
import { userHome } from '../../paths';
import { openElsewhere } from './openMarker';
import { recentProjects } from './recent';

/** A project's name, read from the top of its file (a little, not a 10 MB project), or null. */
export function nameOf(file: string): string | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const m = buf
        .subarray(0, n)
        .toString('utf8')
        .match(/"name":\s*("(?:[^"\\]|\\.)*")/);
      return m ? (JSON.parse(m[1]!) as string) : null;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** `current`: the project open now ('' when none). */
export function projectsListing(current: string): ProjectsListing {
  const folder = userHome();
  const entry = (file: string): ProjectEntry => ({ file, name: nameOf(file), current: file === current });
  let inFolder: string[] = [];
  try {
    inFolder = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.cmo.json'))
      .map((f) => path.join(folder, f));
  } catch {
    /* none yet */
  }
  return {
    current,
    folder,
    readOnly: (current && openElsewhere(current)) || null,
    recent: recentProjects()
      .filter((f) => fs.existsSync(f))
      .map(entry),
    inFolder: inFolder.sort().map(entry),
  };
}
