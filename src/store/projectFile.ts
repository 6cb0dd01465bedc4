import fs from 'node:fs/promises';
import { constants as FS } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
import { Project, SCHEMA_VERSION, firstIssue } from '../cmo/model';
import { checkIntegrity, integrityLine } from '../cmo/integrity';
import { serializeProject, serializeToBuffers } from './serialize';
import { ProjectFileError } from './errors';
import { backUp, backupPath, sweepTemps, syncDir, writeTemp } from './atomic';
import { withLock, ifUnlocked } from './lock';
import { say, type LogMessage } from '../cmo/logMessages';

export { ProjectFileError, backupPath, serializeProject, withLock };

/** What this process last read or wrote: the file's identity on disk and its content's hash. */
/** `hash` null: the file this process wrote itself, known by identity alone (no hash on the save path) */
interface Seen {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  hash: string | null;
}

const hashOf = (bufs: readonly Buffer[]) => {
  const h = crypto.createHash('sha1');
  for (const b of bufs) h.update(b);
  return h.digest('hex');
};

/** Parses a project file's bytes against the schema only (what `cmo repair` starts from). */
export function parseUnchecked(file: string, raw: Buffer | string): Project {
  const text = (typeof raw === 'string' ? raw : raw.toString('utf8')).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ProjectFileError(file, say('fileEmpty'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProjectFileError(file, say('fileNotJson', { detail: (e as Error).message }));
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new ProjectFileError(file, say('fileNewerVersion', { version: String(version), supported: SCHEMA_VERSION }));
  const parsed = Project.safeParse(json);
  if (!parsed.success) throw new ProjectFileError(file, say('fileInvalidProject', { issue: firstIssue(parsed.error) }));
  return parsed.data;
}

/** Parses and validates a project file's bytes (schema, then integrity); throws ProjectFileError naming the file. */
export function parseProject(file: string, raw: Buffer | string): Project {
  const project = parseUnchecked(file, raw);
  const problems = checkIntegrity(project);
  if (problems.length) throw new ProjectFileError(file, say('fileInconsistent', { problems: integrityLine(problems) }));
  return project;
}

/** A refusal of a damaged file, pointing at its backup when that one loads. */
async function withBackupHint(file: string, e: unknown): Promise<never> {
  if (!(e instanceof ProjectFileError)) throw e;
  const bak = backupPath(file);
  const raw = await fs.readFile(bak).catch(() => null);
  if (!raw) throw e;
  try {
    parseProject(bak, raw);
  } catch {
    throw e;
  }
  const problem = (e.data.problem as LogMessage | string | undefined) ?? e.problem;
  throw new ProjectFileError(file, say('fileBackupLoads', { problem, backup: path.basename(bak), file }));
}

/**
 * The file's bytes and the identity of exactly those bytes: read and stat through one handle, so a
 * save that renames a new file in between cannot pair the old bytes with the new file's identity
 * (which would hide that save from the next change, and lose it).
 */
async function readBytes(file: string): Promise<{ raw: Buffer; st: import('node:fs').BigIntStats }> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ProjectFileError(file, say('fileNotFound'));
    if (code === 'EISDIR') throw new ProjectFileError(file, say('fileIsFolder'));
    throw new ProjectFileError(file, say('fileCannotRead', { code: code ?? (e as Error).message }));
  }
  try {
    const st = await fh.stat({ bigint: true });
    if (st.isDirectory()) throw new ProjectFileError(file, say('fileIsFolder'));
    return { raw: await fh.readFile(), st };
  } catch (e) {
    if (e instanceof ProjectFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProjectFileError(
      file,
      code === 'EISDIR' ? say('fileIsFolder') : say('fileCannotRead', { code: code ?? (e as Error).message }),
    );
  } finally {
    await fh.close().catch(() => {});
  }
}

/**
 * lowdb adapter for one `*.cmo.json`: every read is validated; every write is atomic (temp,
 * fsync, rename) after a whole backup to `<file>.bak`. Writes must run under `withLock(file)`
 * after `changedOnDisk()` said no (the service does both): a write over a file this process has
 * not seen is refused.
 */
export class ProjectFileAdapter implements Adapter<Project> {
  private seen: Seen | null = null;
  constructor(readonly file: string) {}

  async read(): Promise<Project | null> {
    const { raw, st } = await readBytes(this.file);
    let project: Project;
    try {
      project = parseProject(this.file, raw);
    } catch (e) {
      return withBackupHint(this.file, e);
    }
    this.seen = { ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, hash: hashOf([raw]) };
    return project;
  }

  /** Whether the file on disk is no longer what this process last read or wrote (its content, not just its time). */
  async changedOnDisk(): Promise<boolean> {
    if (!this.seen) return true;
    const st = await fs.stat(this.file, { bigint: true }).catch(() => null);
    if (!st) return true;
    const s = this.seen;
    if (st.ino === s.ino && st.size === s.size && st.mtimeNs === s.mtimeNs) return false;
    const now = await readBytes(this.file).catch(() => null);
    if (!now || s.hash === null || hashOf([now.raw]) !== s.hash) return true;
    this.seen = { ...s, ino: now.st.ino, size: now.st.size, mtimeNs: now.st.mtimeNs };
    return false;
  }

  async write(data: Project): Promise<void> {
    if (!this.seen) throw new ProjectFileError(this.file, say('fileNotReadFirst'));
    const bufs = serializeToBuffers(data);
    await sweepTemps(this.file);
    const tmp = await writeTemp(this.file, bufs);
    try {
      await backUp(this.file).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await fs.rename(tmp, this.file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw new ProjectFileError(
        this.file,
        say('fileCannotSave', { code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }),
      );
    }
    await syncDir(path.dirname(this.file));
    const after = await fs.stat(this.file, { bigint: true });
    this.seen = { ino: after.ino, size: after.size, mtimeNs: after.mtimeNs, hash: null };
  }
}

export type ProjectDb = Low<Project> & { adapter: ProjectFileAdapter };

/** Opens and validates a project; throws ProjectFileError without touching the file on any problem. */
export async function openProjectFile(file: string): Promise<ProjectDb> {
  const adapter = new ProjectFileAdapter(path.resolve(file));
  const project = await adapter.read();
  // a killed writer's temp files go now, if no one else is writing
  await ifUnlocked(adapter.file, () => sweepTemps(adapter.file));
  const db = new Low<Project>(adapter, project!) as ProjectDb;
  db.data = project!;
  return db;
}

/** Creates a new project file; refuses (without writing) when anything already exists at `file`. */
export async function createProjectFile(file: string, project: Project): Promise<void> {
  const abs = path.resolve(file);
  const parsed = Project.safeParse(project);
  if (!parsed.success) throw new ProjectFileError(abs, say('fileInvalidNew', { issue: firstIssue(parsed.error) }));
  const problems = checkIntegrity(parsed.data);
  if (problems.length) throw new ProjectFileError(abs, say('fileInvalidNew', { issue: integrityLine(problems) }));
  try {
    await fs.access(path.dirname(abs));
  } catch {
    throw new ProjectFileError(abs, say('fileNoFolder'));
  }
  const tmp = await writeTemp(abs, serializeProject(parsed.data));
  try {
    // link is atomic and never clobbers (EEXIST); file systems without hard links get an exclusive copy
    await fs.link(tmp, abs).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') throw e;
      await fs.copyFile(tmp, abs, FS.COPYFILE_EXCL);
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProjectFileError(
      abs,
      code === 'EEXIST' ? say('fileExists') : say('fileCannotCreate', { code: String(code) }),
    );
  } finally {
    await fs.rm(tmp, { force: true });
  }
  await syncDir(path.dirname(abs));
}
