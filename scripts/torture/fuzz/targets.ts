/**
 * What is fuzzed, and how one case is judged. Every importer is called the way the app and the CLI
 * call it (the service's `source.import`, `codes.importQdc`, `codes.importCsv`, `codeSheet.preview`;
 * a .qdpx through `projectFromQdpx`); the loader through `openService` on a damaged project file.
 * A case is fine when it is read, or refused with a clear line naming the file; anything else —
 * "Intern fejl", a stack, a refusal without the file's name, a saved project that no longer loads,
 * a damaged file changed by opening it — is a finding.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import fc from 'fast-check';
import { hostileFiles, type Importer } from '../../../tests/fuzz/generators';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, parseProject } from '../../../src/store/projectFile';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { ImportError } from '../../../src/import/errors';
import type { Project } from '../../../src/cmo/model';
import { clearMessage, sentence } from '../common';
import { plainFile, rtfFile, srtFile, vttFile, type FuzzFile } from './genText';
import { docxFile, odtFile, qdcFile, qdpxFile } from './genZip';
import { codebookCsvFile, sheetCsvFile, sheetXlsxFile } from './genCsv';
import { damagedProject } from './genProject';

export type Verdict = 'ok' | 'refused' | 'crash' | 'unreadable' | 'altered';
export interface Outcome {
  verdict: Verdict;
  message: string;
}

export const FUZZ_SOURCE = 'Case 02 - Leder';
const QUOTES = Array.from({ length: 40 }, (_, i) => sentence(i));

/** The fuzz project: a small one with a transcript and a few codings; a service on a copy of it. */
export class Ctx {
  readonly base: string;
  baseProject!: Project;
  private svc: Service | null = null;
  private used = 0;
  private copies = 0;
  file = '';

  constructor(readonly dir: string) {
    this.base = path.join(dir, 'base.cmo.json');
  }

  async setUp(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    const now = new Date().toISOString();
    fs.rmSync(this.base, { force: true });
    await createProjectFile(
      this.base,
      projectFromTemplate('nfa-aftaleforloeb', { id: crypto.randomUUID(), name: 'fuzz', now }),
    );
    const svc = await openService(this.base);
    const lines = Array.from(
      { length: 8 },
      (_, t) => `Interviewer: Spørgsmål ${t}?\n\nLeder: ${QUOTES.slice(t * 5, t * 5 + 5).join(' ')}\n`,
    );
    await svc.call('source.import', {
      fileName: `${FUZZ_SOURCE}.txt`,
      dataBase64: Buffer.from(lines.join('\n')).toString('base64'),
    });
    for (const [i, kind] of [
      [1, 'C'],
      [7, 'M'],
      [12, 'O'],
      [30, 'C'],
    ] as const)
      await svc.call('segment.codeText', { source: FUZZ_SOURCE, text: sentence(i), kind, pt: ['4a'] });
    await svc.shutdown();
    this.baseProject = parseProject(this.base, fs.readFileSync(this.base));
  }

  /** A service on a fresh copy every 10 cases, so imports do not pile up in one file. */
  async service(): Promise<Service> {
    if (this.svc && this.used++ < 10) return this.svc;
    // ended cleanly (every call under way finished, nothing left running) before its files are removed
    await this.svc?.shutdown();
    this.file = path.join(this.dir, `work-${this.copies++ % 2}.cmo.json`);
    for (const f of fs.readdirSync(this.dir))
      if (f.startsWith(path.basename(this.file))) fs.rmSync(path.join(this.dir, f), { recursive: true, force: true });
    fs.copyFileSync(this.base, this.file);
    this.svc = await openService(this.file);
    this.used = 0;
    return this.svc;
  }

  async close(): Promise<void> {
    await this.svc?.shutdown();
    this.svc = null;
  }
}

type Reply = { ok: boolean; kind?: string; error?: string };

/** A reply to an import: read, or refused with a clear line naming the file. */
function judge(reply: Reply, fileName: string): Outcome {
  if (reply.ok) return { verdict: 'ok', message: '' };
  const msg = reply.error ?? '';
  if (reply.kind === 'internal' || !clearMessage(msg)) return { verdict: 'crash', message: `${reply.kind}: ${msg}` };
  if (!msg.includes(fileName)) return { verdict: 'crash', message: `a refusal that does not name ${fileName}: ${msg}` };
  return { verdict: 'refused', message: msg };
}

/** After a change was saved, the project file must still load. */
function stillLoads(ctx: Ctx, o: Outcome): Outcome {
  if (o.verdict !== 'ok') return o;
  try {
    parseProject(ctx.file, fs.readFileSync(ctx.file));
    return o;
  } catch (e) {
    return { verdict: 'unreadable', message: `saved, then does not load: ${(e as Error).message}` };
  }
}

const b64 = (f: FuzzFile) => Buffer.from(f.bytes).toString('base64');
const utf8 = (f: FuzzFile) => Buffer.from(f.bytes).toString('utf8');

async function dispatch(ctx: Ctx, method: string, params: unknown, f: FuzzFile, mutates: boolean): Promise<Outcome> {
  const svc = await ctx.service();
  const o = judge(await svc.dispatch(method, params), f.name);
  return mutates ? stillLoads(ctx, o) : o;
}

const transcript = (arb: fc.Arbitrary<FuzzFile>) => ({
  arb: () => arb,
  run: (ctx: Ctx, f: FuzzFile) => dispatch(ctx, 'source.import', { fileName: f.name, dataBase64: b64(f) }, f, true),
});

async function qdpx(ctx: Ctx, f: FuzzFile): Promise<Outcome> {
  try {
    const { project } = projectFromQdpx(Buffer.from(f.bytes), f.name, ctx.baseProject, new Date().toISOString());
    JSON.stringify(project);
    return { verdict: 'ok', message: '' };
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if (!(e instanceof ImportError)) return { verdict: 'crash', message: `${(e as Error)?.name}: ${msg}` };
    if (!clearMessage(msg) || !msg.includes(f.name)) return { verdict: 'crash', message: `unclear refusal: ${msg}` };
    return { verdict: 'refused', message: msg };
  }
}

/** A damaged project file: refused naming it (or opened, when the damage is harmless), and not changed. */
async function loader(ctx: Ctx, f: FuzzFile): Promise<Outcome> {
  const dir = path.join(ctx.dir, 'damaged');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  const file = path.join(dir, f.name);
  fs.writeFileSync(file, f.bytes);
  const before = crypto.createHash('sha256').update(f.bytes).digest('hex');
  let o: Outcome;
  try {
    const svc = await openService(file);
    await svc.shutdown();
    o = { verdict: 'ok', message: '' };
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if ((e as Error)?.name !== 'ProjectFileError' || !clearMessage(msg))
      o = { verdict: 'crash', message: `${(e as Error)?.name}: ${msg}` };
    else if (!msg.includes(f.name)) o = { verdict: 'crash', message: `a refusal that does not name ${f.name}: ${msg}` };
    else o = { verdict: 'refused', message: msg };
  }
  const after = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const left = fs.readdirSync(dir).filter((x) => x !== f.name);
  if (after !== before) return { verdict: 'altered', message: `the file changed on open (${o.verdict}: ${o.message})` };
  if (o.verdict === 'refused' && left.length)
    return { verdict: 'altered', message: `files written beside a refused one: ${left.join(', ')}` };
  return o;
}

/** The importers' own hostile files (tests/fuzz/generators.ts) beside ours, half and half. */
const theirs = hostileFiles(process.env.TORTURE_SMOKE === '1' ? 0.1 : 1);
function both(ours: fc.Arbitrary<FuzzFile>, kind: Importer, ext?: string): fc.Arbitrary<FuzzFile> {
  const other = ext ? theirs[kind].map((f) => ({ ...f, name: f.name.replace(/\.[^.]+$/, ext) })) : theirs[kind];
  return fc.oneof(
    ours,
    other.map((f) => ({ ...f, label: `${f.label} (tests/fuzz)` })),
  );
}

export interface Target {
  arb(ctx: Ctx): fc.Arbitrary<FuzzFile>;
  run(ctx: Ctx, f: FuzzFile): Promise<Outcome>;
}

export const TARGETS: Record<string, Target> = {
  txt: transcript(both(plainFile('txt'), 'txt')),
  md: transcript(both(plainFile('md'), 'txt', '.md')),
  rtf: transcript(both(rtfFile, 'rtf')),
  vtt: transcript(both(vttFile, 'vtt')),
  srt: transcript(both(srtFile, 'srt')),
  docx: transcript(both(docxFile, 'docx')),
  odt: transcript(both(odtFile, 'odt')),
  qdc: {
    arb: () => qdcFile,
    run: (ctx, f) => dispatch(ctx, 'codes.importQdc', { fileName: f.name, xml: utf8(f) }, f, true),
  },
  'codebook-csv': {
    arb: () => codebookCsvFile,
    run: (ctx, f) => dispatch(ctx, 'codes.importCsv', { fileName: f.name, text: utf8(f) }, f, true),
  },
  'sheet-csv': {
    arb: () => sheetCsvFile(FUZZ_SOURCE, QUOTES),
    run: (ctx, f) => dispatch(ctx, 'codeSheet.preview', { fileName: f.name, dataBase64: b64(f) }, f, false),
  },
  'sheet-xlsx': {
    arb: () => sheetXlsxFile(FUZZ_SOURCE, QUOTES),
    run: (ctx, f) => dispatch(ctx, 'codeSheet.preview', { fileName: f.name, dataBase64: b64(f) }, f, false),
  },
  qdpx: { arb: () => qdpxFile, run: qdpx },
  loader: { arb: (ctx) => damagedProject(ctx.baseProject), run: loader },
};
