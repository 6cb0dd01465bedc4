/**
 * `cmo repair`: mend a project that does not hang together, or put its backup back. The damaged
 * file is first kept beside it (`<file>.damaged-<time>`), and the backup is never replaced by a
 * file that does not load.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { repairProject } from '../cmo/repair';
import type { IntegrityProblem } from '../cmo/integrity';
import { ProjectFileError } from './errors';
import { backupPath, syncDir, writeTemp } from './atomic';
import { withLock } from './lock';
import { parseProject, parseUnchecked, serializeProject } from './projectFile';
import { say } from '../cmo/logMessages';
import { notice, type Notice } from '../cmo/notice';

export interface RepairReport {
  file: string;
  /** what was mended (or would be), each a code and data worded by the reader (src/cmo/repairMessages.ts) */
  fixed: Notice[];
  left: IntegrityProblem[];
  keptAs: string | null;
  fromBackup: boolean;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

async function replace(file: string, data: string, original: Buffer): Promise<string> {
  const keptAs = `${file}.damaged-${stamp()}`;
  await fs.writeFile(keptAs, original, { flag: 'wx' });
  const tmp = await writeTemp(file, data);
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(path.dirname(file));
  return keptAs;
}

export async function repairFile(
  input: string,
  opts: { fromBackup?: boolean; dryRun?: boolean } = {},
): Promise<RepairReport> {
  const file = path.resolve(input);
  return withLock(file, async () => {
    const original = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new ProjectFileError(file, say('fileCannotRead', { code: e.code ?? e.message }));
    });
    if (opts.fromBackup) {
      const bak = backupPath(file);
      const raw = await fs.readFile(bak).catch(() => {
        throw new ProjectFileError(file, say('fileNoBackup', { backup: path.basename(bak) }));
      });
      parseProject(bak, raw);
      const keptAs = opts.dryRun ? null : await replace(file, raw.toString('utf8'), original);
      const fixed = [notice('repairFromBackup', { backup: path.basename(bak) })];
      return { file, fixed, left: [], keptAs, fromBackup: true };
    }
    const p = parseUnchecked(file, original);
    const { project, fixed, left } = repairProject(p);
    if (!fixed.length || opts.dryRun) return { file, fixed, left, keptAs: null, fromBackup: false };
    if (left.length) return { file, fixed: [], left, keptAs: null, fromBackup: false };
    const keptAs = await replace(file, serializeProject(project), original);
    return { file, fixed, left, keptAs, fromBackup: false };
  });
}
