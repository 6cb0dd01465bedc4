/** The projects opened lately (newest first), kept in the projects folder as `recent.json`. */
import fs from 'node:fs';
import path from 'node:path';
import { userHome } from '../../paths';

const MAX = 12;
const file = () => path.join(userHome(), 'recent.json');

export function recentProjects(): string[] {
  try {
    const v = JSON.parse(fs.readFileSync(file(), 'utf8')) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberProject(project: string): void {
  const list = [path.resolve(project), ...recentProjects().filter((p) => p !== path.resolve(project))].slice(0, MAX);
  try {
    fs.mkdirSync(userHome(), { recursive: true });
    const tmp = `${file()}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(list, null, 1));
    fs.renameSync(tmp, file());
  } catch {
    /* a read-only home: no recent list */
  }
}

/** The last project that still exists, for `npm start` without a project. */
export function lastProject(): string | null {
  return recentProjects().find((p) => fs.existsSync(p)) ?? null;
}
