import fs from 'node:fs/promises';
import { constants as FS } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
import { Project, SCHEMA_VERSION, firstIssue } from '../cmo/model';
import { serializeProject, serializeToBuffers } from './serialize';

/** Any problem with a project file; the message always names the file. */
export class ProjectFileError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ProjectFileError';
  }
}

interface Seen { mtimeMs: number; size: number }

/** Parses and validates a project file's bytes; throws ProjectFileError naming the file and the first bad path. */
export function parseProject(file: string, raw: Buffer | string): Project {
  const text = (typeof raw === 'string' ? raw : raw.toString('utf8')).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ProjectFileError(file, 'filen er tom (empty file)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProjectFileError(file, `ikke gyldig JSON — filen er beskadiget eller afkortet (${(e as Error).message})`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new ProjectFileError(file, `lavet af en nyere version af CMO Workbench (schemaVersion ${version} > ${SCHEMA_VERSION})`);
  const parsed = Project.safeParse(json);
  if (!parsed.success) throw new ProjectFileError(file, `ikke et gyldigt projekt: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

export { serializeProject };

/** Writes `data` to a temp file beside `file`, fsyncs it and returns its path. */
async function writeTemp(file: string, data: string | Buffer[]): Promise<string> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
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
async function writeAll(fh: fs.FileHandle, bufs: Buffer[]): Promise<void> {
  for (let i = 0; i < bufs.length; i += 512) {
    let batch = bufs.slice(i, i + 512);
    while (batch.length) {
      const { bytesWritten } = await fh.writev(batch);
      let n = bytesWritten;
      while (batch.length && n >= batch[0]!.length) { n -= batch[0]!.length; batch = batch.slice(1); }
      if (n > 0 && batch.length) batch = [batch[0]!.subarray(n), ...batch.slice(1)];
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename itself durable; not supported on every platform (Windows).
  try { const d = await fs.open(dir, 'r'); try { await d.sync(); } finally { await d.close(); } } catch { /* best effort */ }
}

export const backupPath = (file: string) => `${file}.bak`;

/**
 * lowdb adapter for one `*.cmo.json`: every read is validated; every write is atomic
 * (temp, fsync, rename) and first copies the previous version to `<file>.bak`.
 * A write is refused when the file changed on disk since we read it (another program saved it).
 */
export class ProjectFileAdapter implements Adapter<Project> {
  private seen: Seen | null = null;
  constructor(readonly file: string) {}

  async read(): Promise<Project | null> {
    let raw: Buffer;
    try {
      raw = await fs.readFile(this.file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new ProjectFileError(this.file, 'filen findes ikke (no such file)');
      if (code === 'EISDIR') throw new ProjectFileError(this.file, 'er en mappe, ikke en projektfil');
      throw new ProjectFileError(this.file, `kan ikke læses (${code ?? (e as Error).message})`);
    }
    const project = parseProject(this.file, raw);
    const st = await fs.stat(this.file);
    this.seen = { mtimeMs: st.mtimeMs, size: st.size };
    return project;
  }

  async write(data: Project): Promise<void> {
    if (!this.seen) throw new ProjectFileError(this.file, 'skrives ikke: filen blev ikke læst korrekt først');
    const st = await fs.stat(this.file).catch(() => null);
    if (st && (st.mtimeMs !== this.seen.mtimeMs || st.size !== this.seen.size))
      throw new ProjectFileError(this.file, 'er ændret på disken af et andet program, siden den blev åbnet — gemmes ikke for ikke at overskrive ændringerne');
    const tmp = await writeTemp(this.file, serializeToBuffers(data));
    try {
      if (st) await fs.copyFile(this.file, backupPath(this.file), FS.COPYFILE_FICLONE);
      await fs.rename(tmp, this.file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw new ProjectFileError(this.file, `kunne ikke gemmes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    await syncDir(path.dirname(this.file));
    const after = await fs.stat(this.file);
    this.seen = { mtimeMs: after.mtimeMs, size: after.size };
  }
}

export type ProjectDb = Low<Project>;

/** Opens and validates a project; throws ProjectFileError without touching the file on any problem. */
export async function openProjectFile(file: string): Promise<ProjectDb> {
  const adapter = new ProjectFileAdapter(path.resolve(file));
  const project = await adapter.read();
  const db = new Low<Project>(adapter, project!);
  db.data = project!;
  return db;
}

/** Creates a new project file; refuses (without writing) when anything already exists at `file`. */
export async function createProjectFile(file: string, project: Project): Promise<void> {
  const abs = path.resolve(file);
  const parsed = Project.safeParse(project);
  if (!parsed.success) throw new ProjectFileError(abs, `ugyldigt nyt projekt: ${firstIssue(parsed.error)}`);
  try { await fs.access(path.dirname(abs)); } catch { throw new ProjectFileError(abs, 'mappen findes ikke'); }
  const tmp = await writeTemp(abs, serializeProject(parsed.data));
  try {
    // link is atomic and never clobbers (EEXIST); file systems without hard links get an exclusive copy
    await fs.link(tmp, abs).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') throw e;
      await fs.copyFile(tmp, abs, FS.COPYFILE_EXCL);
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProjectFileError(abs, code === 'EEXIST' ? 'findes allerede — et nyt projekt oprettes ikke oven i en eksisterende fil' : `kunne ikke oprettes (${code})`);
  } finally {
    await fs.rm(tmp, { force: true });
  }
  await syncDir(path.dirname(abs));
}
