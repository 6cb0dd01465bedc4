/**
 * What the torture suite's sections share: the CLI run as the user runs it (`node bin/cmo.mjs`),
 * the multi-MB project they write to (built like ../shared/acceptance/reliability.mjs builds it),
 * and the checks after each run — loadable, confirmed codings present, no litter, whole backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseProject } from '../../src/store/projectFile';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'bin', 'cmo.mjs');
export const SRC = 'Case 02 - Leder';
export const PT = '#4a';

const WORDS = [
  'løft',
  'påbud',
  'vejledning',
  'kontrolbesøg',
  'arbejdsmiljø',
  'ledelsen',
  'stress',
  'aftalen',
  'hjælpen',
  'medarbejderne',
];
/** The i-th sentence of the transcript: every one distinct, so a coding of it is found by its text. */
export const sentence = (i: number) =>
  `Udsagn nummer ${i} handler om ${WORDS[i % 10]} og ${WORDS[(i * 7 + 3) % 10]} i virksomheden, sagde hun tydeligt.`;

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
}

/**
 * The suite's children still running: a pid, or minus a process group's id (the app). If the suite
 * itself is stopped (a test's time limit), they are ended with it instead of running on as orphans.
 */
export const children = new Set<number>();
export function endChildren(): void {
  for (const id of children)
    try {
      process.kill(id, 'SIGKILL');
    } catch {
      /* gone */
    }
}

/** Runs the CLI; `killAfterMs` sends SIGKILL then (the process may have finished before). */
export function runCli(args: string[], o: { killAfterMs?: number; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p: ChildProcess = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    children.add(p.pid!);
    let out = '',
      err = '';
    p.stdout?.on('data', (d) => (out += d));
    p.stderr?.on('data', (d) => (err += d));
    const timers = [
      o.killAfterMs !== undefined ? setTimeout(() => p.kill('SIGKILL'), o.killAfterMs) : null,
      setTimeout(() => p.kill('SIGKILL'), o.timeoutMs ?? 180_000),
    ];
    p.on('close', (code, signal) => {
      children.delete(p.pid!);
      for (const t of timers) if (t) clearTimeout(t);
      resolve({ code, signal, out, err, ms: performance.now() - t0 });
    });
  });
}

/**
 * The CLI for a check (`cmo info`, `cmo quotes`, building the project). Never spawnSync: the suite's
 * own process also runs the fuzz watchdog and talks to the app, and a blocked event loop made the
 * watchdog take a worker's buffered answers for silence and kill it as hung.
 */
export async function cli(
  args: string[],
  timeoutMs = 180_000,
): Promise<{ code: number | null; out: string; err: string }> {
  const r = await runCli(args, { timeoutMs });
  return { code: r.code, out: r.out, err: r.err };
}

export const codeArgs = (proj: string, i: number, kind = 'C') => [
  'code',
  proj,
  '--source',
  SRC,
  '--text',
  sentence(i),
  '--kind',
  kind,
  '--pt',
  PT,
];

/** A refusal a user can read: some words, no stack trace, not an internal error. */
export const clearMessage = (s: string) =>
  /\S/.test(s) && !/^\s+at .+:\d+:\d+\)?$/m.test(s) && !/intern fejl|internal error/i.test(s);

/**
 * A fresh project in `dir` with one transcript of `turns` interviewer/leader turns (2,400 turns:
 * ≈ 2.2 MB of text, a 5 MB project file, as in the acceptance check). Built once per size and
 * copied from then on.
 */
export async function buildProject(cacheDir: string, dir: string, turns: number): Promise<string> {
  const cached = path.join(cacheDir, `base-${turns}`, 'p.cmo.json');
  // one build per size even when sections ask at once
  if (!building.has(cached)) building.set(cached, build(cached, turns));
  await building.get(cached);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const proj = path.join(dir, 'p.cmo.json');
  fs.copyFileSync(cached, proj);
  return proj;
}
const building = new Map<string, Promise<void>>();

async function build(cached: string, turns: number): Promise<void> {
  if (!fs.existsSync(cached)) {
    const tmp = `${path.dirname(cached)}.building-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const proj = path.join(tmp, 'p.cmo.json');
    const lines: string[] = [];
    for (let t = 0; t < turns; t++) {
      lines.push(`Interviewer: Spørgsmål ${t}?`, '');
      lines.push(`Leder: ${Array.from({ length: 10 }, (_, k) => sentence(t * 10 + k)).join(' ')}`, '');
    }
    const txt = path.join(tmp, `${SRC}.txt`);
    fs.writeFileSync(txt, lines.join('\n'));
    let r = await cli(['new', proj, '--template', 'nfa-aftaleforloeb']);
    if (r.code !== 0) throw new Error(`cmo new: ${r.err.trim()}`);
    r = await cli(['import', proj, txt, '--case', 'Case 2', '--role', 'Leder', '--json'], 600_000);
    if (r.code !== 0) throw new Error(`cmo import: ${r.err.trim()}`);
    fs.rmSync(txt);
    fs.rmSync(path.dirname(cached), { recursive: true, force: true });
    fs.renameSync(tmp, path.dirname(cached));
  }
}

/** The sentences coded with the PT point, read in this process (null: the file does not load). */
export function codedInProcess(proj: string): Set<string> | null {
  try {
    const p = parseProject(proj, fs.readFileSync(proj));
    const src = p.sources.find((s) => s.name === SRC);
    const texts = p.segments
      .filter((s) => s.sourceId === src?.id && s.pt.includes(PT))
      .map((s) => src!.text.slice(s.start, s.end).trim());
    return new Set(texts);
  } catch {
    return null;
  }
}

/** The same through the CLI, as a user would check (`cmo quotes --pt … --format json`). */
export async function codedByCli(proj: string): Promise<Set<string> | null> {
  const r = await cli(['quotes', proj, '--pt', PT, '--format', 'json']);
  if (r.code !== 0) return null;
  try {
    const quotes = JSON.parse(r.out) as { text?: unknown }[];
    return new Set(quotes.map((q) => String(q.text ?? '').trim()));
  } catch {
    return null;
  }
}

export const loadableByCli = async (proj: string) => (await cli(['info', proj, '--json'])).code === 0;

/** Litter beside the project: temp files, lock directories nobody holds, a closed window's open-marker. */
export function strayFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => /\.tmp$|\.tmp\.|~$|\.lock$|\.open$/.test(f));
}

/** Whether `<project>.bak`, when there is one, parses as a whole project (null: no backup). */
export function backupWhole(proj: string): boolean | null {
  const bak = `${proj}.bak`;
  if (!fs.existsSync(bak)) return null;
  try {
    JSON.parse(fs.readFileSync(bak, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
