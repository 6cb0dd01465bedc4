/**
 * The fuzz sections: the targets run one after the other in a worker process under a watchdog. A
 * case that uses the hang limit × 6 (30 s at least) of CPU time without an answer — or stays silent
 * for 10 minutes of wall clock — is cut off (the worker killed, its input kept as a repro, a hang
 * counted) and the rest go on in a new worker; a worker that dies (stack overflow, heap) is a crash,
 * kept the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emptyRow, timed, type Row } from '../table';
import type { Options } from '../options';
import { ROOT, children } from '../common';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

export const IMPORTERS = [
  'txt',
  'md',
  'rtf',
  'vtt',
  'srt',
  'docx',
  'odt',
  'qdc',
  'codebook-csv',
  'sheet-csv',
  'sheet-xlsx',
  'qdpx',
];

const TITLES: Record<string, string> = {
  loader: 'fuzz: project loader, damaged files',
  qdc: 'fuzz: codebook .qdc',
  'codebook-csv': 'fuzz: codebook .csv',
  'sheet-csv': 'fuzz: coding sheet .csv',
  'sheet-xlsx': 'fuzz: coding sheet .xlsx',
  qdpx: 'fuzz: .qdpx project',
};

interface Done {
  target: string;
  runs: number;
  refused: number;
  crash: number;
  unreadable: number;
  altered: number;
  hangs: number;
  slowestMs: number;
  slowest: string;
  firstMessage: string;
}

/**
 * A case that used this much CPU time without an answer is cut off as a hang. CPU time, not the wall
 * clock: at load 12–20 on 2 cores a worker gets a tenth of a core, and a 3 s input took 30 s of wall
 * clock — the machine's doing, not the input's.
 */
const cutOffMs = (o: Options) => Math.max(30_000, o.hangMs * 6);
/** a worker silent this long by the wall clock is cut off whatever its CPU time (stuck without working) */
const SILENT_MS = 10 * 60_000;

/** CPU time (ms) process `pid` has used, from /proc/<pid>/stat (utime + stime, in USER_HZ = 100); null elsewhere. */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

interface Ended {
  current: string | null;
  cases: number;
  cutOff: boolean;
  /** why the worker ended before its last target: one line, '' when it finished */
  dead: string;
  /** the worker said it died outside a case (the generator or the harness): the input on disk is not the cause */
  outsideCase: boolean;
  /** the counts of the target it died in, up to the case before */
  partial: Done | null;
}

/** The line that says why a process died: the last error-looking line of its stderr, else its last line. */
function lastWord(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^at /.test(l) && !/^Node\.js v/.test(l) && !/^\^+$/.test(l));
  return (lines.findLast((l) => /error|fatal|killed|abort/i.test(l)) ?? lines.at(-1) ?? '').slice(0, 300);
}

/** One worker over `specs`; each target's counts go to `onDone`; resolves with how it ended. */
function worker(
  specs: { target: string; runs: number }[],
  seed: number,
  o: Options,
  onDone: (d: Done) => void,
): Promise<Ended> {
  return new Promise((resolve) => {
    const spec = specs.map((s) => `${s.target}:${s.runs}`).join(',');
    const args = [
      '--max-old-space-size=2048',
      '--import',
      'tsx',
      WORKER,
      spec,
      String(seed),
      o.out,
      String(o.hangMs),
      String(o.smoke ? 4000 : 15_000),
    ];
    const env = { ...process.env, TORTURE_SMOKE: o.smoke ? '1' : '0' };
    const p = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
    children.add(p.pid!);
    let current: string | null = null,
      cases = 0,
      buf = '',
      err = '',
      cutOff = false,
      shrinking = false,
      finished = false,
      said: { where: string; reason: string; inCase: boolean; counts: Done | null } | null = null;
    // the wall clock and the worker's CPU time at its last line (the CPU read at the next tick)
    let last = Date.now(),
      heard = true,
      cpuAtLast = 0;
    const dog = setInterval(() => {
      const cpu = cpuMs(p.pid!);
      if (heard) [cpuAtLast, heard] = [cpu ?? 0, false];
      const silent = Date.now() - last;
      const working = cpu === null ? silent : cpu - cpuAtLast;
      if (working > cutOffMs(o) || silent > SILENT_MS) {
        cutOff = true;
        p.kill('SIGKILL');
      }
    }, 250);
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        last = Date.now();
        heard = true;
        let m: { t: string; target?: string; shrink?: boolean } & Done & NonNullable<typeof said>;
        try {
          m = JSON.parse(line);
        } catch {
          continue;
        } // a stray line from the code under test
        if (m.t === 'begin') {
          current = m.target!;
          cases = 0;
          shrinking = false;
        }
        if (m.t === 'case' && !m.shrink && !shrinking) cases++;
        if (m.t === 'shrink') shrinking = true;
        if (m.t === 'dead') said = { where: m.where, reason: m.reason, inCase: m.inCase, counts: m.counts };
        if (m.t === 'done') {
          onDone(m);
          current = null;
          if (m.target === specs[specs.length - 1]!.target) finished = true;
        }
      }
    });
    p.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    p.on('close', (code, signal) => {
      children.delete(p.pid!);
      clearInterval(dog);
      const why = said ? `died ${said.where}: ${said.reason}` : `exit ${code ?? signal}: ${lastWord(err)}`;
      resolve({
        current: finished ? null : current,
        cases,
        cutOff: cutOff && !finished,
        dead: finished ? '' : why,
        outsideCase: !!said && !said.inCase,
        partial: said?.counts ? { ...said.counts, target: current ?? '' } : null,
      });
    });
  });
}

/** Keeps the input a worker was on when it was cut off or died. */
function keepCurrent(dir: string, target: string, tag: string, why: string): string | null {
  const cur = fs.existsSync(dir)
    ? fs.readdirSync(dir).find((f) => f.startsWith('current.') && f !== 'current.json')
    : undefined;
  if (!cur) return null;
  const to = path.join(dir, 'repros', `${target}-${tag}-${Date.now()}${path.extname(cur)}`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(dir, cur), to);
  let meta = {};
  try {
    meta = JSON.parse(fs.readFileSync(path.join(dir, 'current.json'), 'utf8'));
  } catch {
    /* none */
  }
  fs.writeFileSync(
    to.replace(/\.[^.]+$/, '.json'),
    JSON.stringify({ target, ...meta, verdict: tag, message: why }, null, 2),
  );
  return to;
}

/** Fuzzes `targets` with `runs` cases each; one table row per target. */
export async function fuzzTargets(targets: string[], runs: number, o: Options): Promise<Row[]> {
  const rows = new Map(targets.map((t) => [t, emptyRow(TITLES[t] ?? `fuzz: .${t} transcript`)]));
  const notes = new Map(targets.map((t) => [t, [] as string[]]));
  for (const t of targets) fs.rmSync(path.join(o.out, 'fuzz', t), { recursive: true, force: true });
  let specs = targets.map((target) => ({ target, runs }));
  const began = Date.now();
  let seed = o.seed,
    restarts = 0;
  while (specs.length && restarts++ < 12) {
    const ended = await worker(specs, seed, o, (d) => {
      const row = rows.get(d.target)!;
      row.runs += d.runs;
      row.refused += d.refused;
      row.crashes += d.crash;
      row.unreadable += d.unreadable;
      row.altered += d.altered;
      row.hangs += d.hangs;
      timed(row, d.slowestMs, d.slowest);
      if (d.firstMessage) notes.get(d.target)!.push(`first: ${d.firstMessage}`);
      specs = specs.filter((s) => s.target !== d.target);
      o.log(
        `fuzz ${d.target}: ${d.runs} cases, ${d.crash} crashes, ${d.hangs} hangs ` +
          `(${((Date.now() - began) / 1000).toFixed(0)} s so far)`,
      );
    });
    if (!ended.current) {
      if (!ended.dead) break;
      o.log(`fuzz worker ended between targets: ${ended.dead}`);
      continue;
    }
    // the case it was on hung or killed the worker: counted, kept, and the rest run on
    const t = ended.current,
      row = rows.get(t)!;
    const p = ended.partial;
    if (p) {
      // the cases before the one it died on, as the worker had counted them
      row.refused += p.refused;
      row.crashes += p.crash;
      row.unreadable += p.unreadable;
      row.altered += p.altered;
      row.hangs += p.hangs;
      timed(row, p.slowestMs, p.slowest);
    }
    row.runs += p ? p.runs + (ended.outsideCase ? 0 : 1) : Math.max(1, ended.cases);
    if (ended.cutOff) {
      row.hangs++;
      timed(row, cutOffMs(o), `${t}: cut off (a hang)`);
    } else row.crashes++;
    const dir = path.join(o.out, 'fuzz', t);
    // died between cases: the input on disk is the last one that passed, not the cause
    const kept = ended.outsideCase
      ? null
      : keepCurrent(
          dir,
          t,
          ended.cutOff ? 'hang' : 'dead',
          ended.cutOff ? `no answer after ${cutOffMs(o)} ms of CPU time` : ended.dead,
        );
    const line =
      (ended.cutOff ? `hang: no answer after ${cutOffMs(o)} ms of CPU time` : `worker ${ended.dead}`) +
      (kept ? `; input kept: ${path.relative(o.out, kept)}` : '');
    notes.get(t)!.push(line);
    o.log(`fuzz ${t}: ${line}`);
    const used = Math.max(1, ended.cases);
    specs = specs.map((s) => (s.target === t ? { target: t, runs: s.runs - used } : s)).filter((s) => s.runs > 0);
    seed += 1;
  }
  // every target's repros in one folder
  fs.mkdirSync(o.repros, { recursive: true });
  for (const t of targets) {
    const dir = path.join(o.out, 'fuzz', t, 'repros');
    if (fs.existsSync(dir))
      for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(o.repros, f));
    rows.get(t)!.notes = notes.get(t)!;
    for (const n of notes.get(t)!) o.log(`${t}: ${n}`);
  }
  return [...rows.values()];
}
