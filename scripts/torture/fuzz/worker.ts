/**
 * The fuzz targets in a process of their own (so a hang or a blown heap can be cut off from outside):
 * `node --import tsx worker.ts txt:1000,md:1000,… <seed> <out> <hangMs> <shrinkMs>`, one after the
 * other. Before each case it writes the input to <out>/fuzz/<target>/current.* and a line
 * `{"t":"case"}` on stdout (the parent's watchdog); after each target a line `{"t":"done", …}` with
 * its counts. A target's first failing case is replayed and shrunk by fast-check, and the shrunk
 * input saved under <out>/fuzz/<target>/repros/.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Ctx, TARGETS, type Outcome, type Target } from './targets';
import type { FuzzFile } from './genText';

const [specArg, seedArg, outArg, hangArg, shrinkArg] = process.argv.slice(2);
const specs = (specArg ?? '')
  .split(',')
  .map((x) => x.split(':'))
  .map(([t, n]) => ({ target: t!, runs: Number(n) }));
const seed = Number(seedArg),
  hangMs = Number(hangArg),
  out = outArg!,
  SHRINK_MS = Number(shrinkArg ?? 15_000);
const send = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const ext = (f: FuzzFile) => path.extname(f.name) || '.bin';
const bad = (o: Outcome) => o.verdict === 'crash' || o.verdict === 'unreadable' || o.verdict === 'altered';

/** Where the worker is, so that if it dies it can say on which input (or between which) and why. */
const at = { target: '', index: -1, label: '', inCase: false, counts: null as object | null };

/**
 * The worker's last word: one line on stdout for the parent (`{"t":"dead", …}`) and the same said
 * plainly on stderr, then exit 1. Whatever killed it — a throw inside fast-check's generation, an
 * error outside a case's own try, an unhandled rejection — is reported with the input it was on.
 */
function die(e: unknown): never {
  const reason = oneLine(e);
  const where = at.inCase
    ? `on case ${at.index + 1} (${at.label})`
    : at.index >= 0
      ? `after case ${at.index + 1} (${at.label}), outside a case (the generator or the harness)`
      : 'before its first case';
  send({ t: 'dead', target: at.target, inCase: at.inCase, where, reason, counts: at.counts });
  process.stderr.write(`fuzz worker ${at.target} died ${where}: ${reason}\n`);
  process.exit(1);
}

/** An error as one line: its name and message (first line) and the first frame in our own code. */
function oneLine(e: unknown): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const frame = (err.stack ?? '').split('\n').find((l) => /^\s+at /.test(l) && !l.includes('node_modules'));
  const file = frame?.match(/\(?([^()\s]+:\d+):\d+\)?\s*$/)?.[1];
  const msg = `${err.name}: ${err.message.split('\n')[0]!.slice(0, 300)}`;
  return file ? `${msg} (at ${path.relative(process.cwd(), file.replace(/^file:\/\//, ''))})` : msg;
}

process.on('uncaughtException', die);
process.on('unhandledRejection', die);

try {
  for (const { target: name, runs } of specs) {
    const target = TARGETS[name];
    if (!target) throw new Error(`unknown target ${name}`);
    Object.assign(at, { target: name, index: -1, label: '', inCase: false, counts: null });
    send({ t: 'begin', target: name });
    send({ t: 'done', target: name, ...(await fuzzOne(name, target, runs)) });
  }
} catch (e) {
  die(e);
}
process.exit(0);

async function fuzzOne(name: string, target: Target, runs: number) {
  const dir = path.join(out, 'fuzz', name);
  const repros = path.join(dir, 'repros');
  fs.mkdirSync(repros, { recursive: true });
  const save = (tag: string, f: FuzzFile, o: Outcome, extra: object = {}): string => {
    const base = path.join(repros, `${name}-${tag}-${seed}`);
    fs.writeFileSync(`${base}${ext(f)}`, f.bytes);
    fs.writeFileSync(
      `${base}.json`,
      JSON.stringify(
        {
          target: name,
          file: f.name,
          label: f.label,
          verdict: o.verdict,
          message: o.message.slice(0, 2000),
          seed,
          ...extra,
        },
        null,
        2,
      ),
    );
    return `${base}${ext(f)}`;
  };
  const ctx = new Ctx(path.join(dir, `ctx-${name}`));
  await ctx.setUp();
  const arb = target.arb(ctx);
  const counts = {
    runs: 0,
    ok: 0,
    refused: 0,
    crash: 0,
    unreadable: 0,
    altered: 0,
    hangs: 0,
    slowestMs: 0,
    slowest: '',
    repros: [] as string[],
    firstBad: -1,
    firstMessage: '',
  };
  at.counts = counts;
  let index = -1;

  // pass 1: every case judged and timed, none stopping the run
  await fc.assert(
    fc.asyncProperty(arb, async (f) => {
      index++;
      Object.assign(at, { index, label: f.label, inCase: true });
      fs.writeFileSync(path.join(dir, `current${ext(f)}`), f.bytes);
      fs.writeFileSync(path.join(dir, 'current.json'), JSON.stringify({ name: f.name, label: f.label }));
      send({ t: 'case', i: index, label: f.label });
      const t0 = process.cpuUsage();
      let o: Outcome;
      try {
        o = await target.run(ctx, f);
      } catch (e) {
        o = { verdict: 'crash', message: `threw: ${(e as Error)?.stack ?? e}` };
      }
      // CPU time, not the wall clock: on a machine shared with other work, waiting for a core is not
      // the input's doing (a wall-clock hang is what the parent's watchdog is for)
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      counts.runs++;
      counts[o.verdict]++;
      if (ms > counts.slowestMs) {
        counts.slowestMs = ms;
        counts.slowest = `${f.label} (CPU)`;
      }
      if (ms > hangMs) {
        counts.hangs++;
        if (counts.hangs <= 3) counts.repros.push(save(`slow${counts.hangs}`, f, o, { ms }));
      }
      if (bad(o) && counts.firstBad < 0) {
        counts.firstBad = index;
        counts.firstMessage = `${f.label}: ${o.message.slice(0, 300)}`;
      }
      at.inCase = false;
      return true;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );

  // pass 2: the first bad case replayed from its place in the run, and shrunk
  if (counts.firstBad >= 0) {
    send({ t: 'shrink' });
    let last: { f: FuzzFile; o: Outcome } | null = null;
    const r = await fc.check(
      fc.asyncProperty(arb, async (f) => {
        Object.assign(at, { label: `shrinking: ${f.label}`, inCase: true });
        fs.writeFileSync(path.join(dir, `current${ext(f)}`), f.bytes);
        send({ t: 'case', shrink: true });
        let o: Outcome;
        try {
          o = await target.run(ctx, f);
        } catch (e) {
          o = { verdict: 'crash', message: `threw: ${(e as Error)?.stack ?? e}` };
        }
        if (bad(o)) last = { f, o };
        at.inCase = false;
        return !bad(o);
      }),
      { numRuns: runs, seed, path: String(counts.firstBad), interruptAfterTimeLimit: SHRINK_MS },
    );
    const found = last as { f: FuzzFile; o: Outcome } | null;
    if (found)
      counts.repros.push(save('shrunk', found.f, found.o, { shrinks: r.numShrinks, path: r.counterexamplePath }));
  }
  await ctx.close();
  return counts;
}
