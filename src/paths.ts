import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** The repository (or packaged app) root, from this file's place in `src/`. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIST = path.join(ROOT, 'dist', 'renderer');

/** Where the app keeps the user's copy of the sample project: `$CMO_HOME` or `~/CMO Workbench`. */
export function userHome(): string {
  return process.env.CMO_HOME ? path.resolve(process.env.CMO_HOME) : path.join(os.homedir(), 'CMO Workbench');
}
export const sampleProjectPath = () => path.join(userHome(), 'Eksempelprojekt.cmo.json');
