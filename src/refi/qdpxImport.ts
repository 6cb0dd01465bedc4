/** Opens a .qdpx as a new project: read (bounded), map, report. Nothing is written here. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Project } from '../cmo/model';
import { ImportError } from '../import/errors';
import { QdpxProblem } from './qdpxModel';
import { guidKey, readQdpx, type RefiProject } from './qdpxRead';
import { decodeXml } from './qdpxDecode';
import { parseQdc } from './qdc';
import { refiToProject, type ImportReport, type QdpxProgress } from './qdpxMap';
import { ZipProblem } from './zipRead';
import { say } from '../cmo/logMessages';

/** A .qdpx larger than this is refused before it is read. */
export const MAX_QDPX_BYTES = 1024 * 1024 * 1024;

/** The project a .qdpx becomes (on top of `base`: its id, name, language, programme theory and roles). */
export function projectFromQdpx(
  buf: Buffer,
  fileName: string,
  base: Project,
  now: string,
  onProgress?: (p: QdpxProgress) => void,
): { project: Project; report: ImportReport } {
  try {
    onProgress?.({ stage: 'archive', done: 0, total: 1, codings: 0 });
    const qdc = codebookOnly(buf, fileName);
    return refiToProject(qdc ?? readQdpx(buf, fileName), base, now, onProgress);
  } catch (e) {
    if (e instanceof QdpxProblem || e instanceof ZipProblem) throw new ImportError(fileName, e.said);
    throw e;
  }
}

/** A REFI-QDA codebook (.qdc: bare XML, no zip) as a project of its codes alone; null for anything else. */
function codebookOnly(buf: Buffer, fileName: string): RefiProject | null {
  if (buf.length < 12 || buf.readUInt32LE(0) === 0x04034b50) return null;
  const { text } = decodeXml(buf);
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([\w.-]+:)?CodeBook[\s>]/.test(text.slice(0, 4096))) return null;
  const codes = parseQdc(text, fileName);
  const origin = /<([\w.-]+:)?CodeBook\b[^>]*\borigin="([^"]*)"/.exec(text.slice(0, 4096))?.[2] ?? '';
  return {
    ...{ name: '', origin, users: [], variables: [], cases: [], sources: [], notes: [], sets: [], links: [] },
    codes: codes.map((c) => ({
      ...c,
      guid: guidKey(c.guid),
      parentGuid: c.parentGuid && guidKey(c.parentGuid),
      noteRefs: [],
    })),
    projectNoteRefs: [],
    description: '',
    lost: new Map(),
  };
}

export async function readQdpxFile(file: string): Promise<Buffer> {
  const name = path.basename(file);
  const st = await fs.stat(file).catch(() => null);
  if (!st) throw new ImportError(name, say('qdpxNoSuchFile'));
  if (!st.isFile()) throw new ImportError(name, say('qdpxNotAFile'));
  if (st.size > MAX_QDPX_BYTES)
    throw new ImportError(name, say('qdpxTooBig', { mb: Math.round(st.size / 1024 / 1024) }));
  return fs.readFile(file);
}
