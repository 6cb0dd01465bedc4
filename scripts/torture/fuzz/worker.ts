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

for (const { target: name, runs } of specs) {
  const target = TARGETS[name];
  if (!target) {
    console.error(`worker: unknown target ${name}`);
    process.exit(2);
  }
  send({ t: 'begin', target: name });
  send({ t: 'done', target: name, ...(await fuzzOne(name, target, runs)) });
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
  let index = -1;

  // pass 1: every case judged and timed, none stopping the run
  await fc.assert(
    fc.asyncProperty(arb, async (f) => {
      index++;
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
        fs.writeFileSync(path.join(dir, `current${ext(f)}`), f.bytes);
        send({ t: 'case', shrink: true });
        let o: Outcome;
        try {
          o = await target.run(ctx, f);
        } catch (e) {
          o = { verdict: 'crash', message: `threw: ${(e as Error)?.stack ?? e}` };
        }
        if (bad(o)) last = { f, o };
        return !bad(o);
      }),
      { numRuns: runs, seed, path: String(counts.firstBad), interruptAfterTimeLimit: SHRINK_MS },
    );
    const found = last as { f: FuzzFile; o: Outcome } | null;
    if (found)
      counts.repros.push(save('shrunk', found.f, found.o, { shrinks: r.numShrinks, path: r.counterexamplePath }));
  }
  ctx.close();
  return counts;
}
