/**
 * `npm run torture [-- --smoke] [--only kill,writers,app,fuzz,loader] [--seed N] [--kills N] …`
 * Tries to lose confirmed work and to break the app with hostile files, then prints one table —
 * runs, unreadable projects, lost confirmed actions, refusals, stray files, damaged files altered,
 * crashes, hangs, the slowest input — and exits 1 when anything was lost, unreadable, altered or
 * left behind, or crashed or hung. Work folders, the log and shrunk repros go to torture-out/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseOptions } from './options';
import { killSection } from './kill';
import { appCliSection, cliPairsSection } from './writers';
import { IMPORTERS, fuzzTargets } from './fuzz/fuzz';
import { emptyRow, failing, formatTable, type Row } from './table';
import { endChildren } from './common';

const o = parseOptions(process.argv.slice(2));
const rows: Row[] = [];
const t0 = Date.now();
console.log(`torture ${o.smoke ? '(smoke) ' : ''}seed ${o.seed} — log: ${path.join(o.out, 'torture.log')}`);

const parts = new Map<string, Row[]>();
/** the sections under way, by title (said if the run is stopped) */
const running = new Set<string>();

async function section(key: string, title: string, f: () => Promise<Row | Row[]>): Promise<void> {
  if (!o.only.has(key)) return;
  const s = Date.now();
  console.log(`— ${title}`);
  running.add(title);
  try {
    const r = await f();
    parts.set(key, Array.isArray(r) ? r : [r]);
  } catch (e) {
    // the harness itself could not run the section: that is a failure too, said plainly
    const row = emptyRow(`${title} (did not run)`);
    row.crashes = 1;
    row.notes = [(e as Error).message];
    parts.set(key, [row]);
    o.log(`${title}: ${(e as Error).stack ?? e}`);
  }
  running.delete(title);
  o.log(`${title}: ${((Date.now() - s) / 1000).toFixed(0)} s`);
}

function writeReport(rows: Row[], minutes: string, stopped?: string): void {
  const report = {
    date: new Date().toISOString(),
    smoke: o.smoke,
    seed: o.seed,
    minutes: Number(minutes),
    stopped,
    rows,
  };
  fs.writeFileSync(path.join(o.out, 'report.json'), JSON.stringify(report, null, 2));
}

// stopped from outside (a test's time limit, Ctrl-C): the app, the CLIs and the fuzz worker end
// with the suite, and the report says what had finished and what was still running
for (const sig of ['SIGTERM', 'SIGINT'] as const)
  process.on(sig, () => {
    endChildren();
    const secs = ((Date.now() - t0) / 1000).toFixed(0);
    const stopped = `stopped by ${sig} after ${secs} s; still running: ${[...running].join('; ') || 'nothing'}`;
    console.log(`\nFAIL: ${stopped} (seed ${o.seed})`);
    o.log(stopped);
    writeReport([...parts.values()].flat(), ((Date.now() - t0) / 60000).toFixed(1), stopped);
    process.exit(1);
  });

fs.rmSync(o.work, { recursive: true, force: true });
fs.rmSync(o.repros, { recursive: true, force: true });
const writerSections = [
  () => section('kill', `kill -9 during saves (${o.kills})`, () => killSection(o)),
  () => section('writers', `two CLIs at once (${o.cliPairs} pairs)`, () => cliPairsSection(o)),
  () => section('app', `the app and a CLI at once (${o.appRounds} rounds)`, () => appCliSection(o)),
];
// the smoke runs its three small writer sections at once too (each on its own project): one after
// the other they are ≈ 20 CLI starts in a row, 4 minutes at load 12 on 2 cores
const writers = async () => {
  if (o.smoke) await Promise.all(writerSections.map((f) => f()));
  else for (const f of writerSections) await f();
};
const fuzzing = async () => {
  await section('fuzz', `fuzzing ${IMPORTERS.length} importers (${o.fuzzRuns} cases each)`, () =>
    fuzzTargets(IMPORTERS, o.fuzzRuns, o),
  );
  await section('loader', `fuzzing the project loader (${o.loaderRuns} damaged files)`, () =>
    fuzzTargets(['loader'], o.loaderRuns, o),
  );
};
// the smoke (or --parallel) runs the CLI sections beside the fuzzing to fit in its minute; the full
// run one after the other unless asked, so that wall-clock timings are the machine's own
if (o.parallel) await Promise.all([writers(), fuzzing()]);
else {
  await writers();
  await fuzzing();
}
for (const k of ['kill', 'writers', 'app', 'fuzz', 'loader']) rows.push(...(parts.get(k) ?? []));

const table = formatTable(rows);
const OK = 'ok: nothing lost, unreadable, altered or left behind; no crash, no hang';
const minutes = ((Date.now() - t0) / 60000).toFixed(1);
const bad = rows.filter(failing);
console.log(`\n${table}\n`);
for (const r of rows) for (const n of r.notes ?? []) console.log(`  ${r.section}: ${n}`);
console.log(`\n${bad.length ? `FAIL: ${bad.map((r) => r.section).join('; ')}` : OK} (${minutes} min, seed ${o.seed})`);
writeReport(rows, minutes);
fs.writeFileSync(path.join(o.out, 'table.md'), `${table}\n`);
process.exit(bad.length ? 1 : 0);
