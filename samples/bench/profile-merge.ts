/**
 * The bench's `team.merge` done once outside the harness, to be run under `node --cpu-prof --import tsx`:
 * A's project (the corpus's, every coding A's) and B's blind copy (the codings moved a little, one in ten left out)
 * written as the team metric writes them, then the copy merged through the service, saved. Prints the time of each
 * merge (`RUNS`, default 3) and a CPU profile of the merges alone (self and inclusive time per function, `TOP` rows;
 * none with `PROFILE=0`). `UNDO=1` also times undoing and redoing each merge.
 * `npx tsx samples/bench/profile-merge.ts [project.cmo.json]`
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { summarize, type Profile } from './profile-summary';
import type { Project } from '../../src/cmo/model';
import { coderCopy } from '../../src/cmo/coderCopy';
import { openService } from '../../src/service/service';
import { createProjectFile } from '../../src/store/projectFile';
import { coderB } from './metrics/team';

const from = process.argv[2] ?? '.bench/R100-seed1-g1/R100.cmo.json';
const runs = Number(process.env.RUNS ?? 3);
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'profile-merge-'));
const start = path.join(work, 'start.cmo.json');
await fs.copyFile(from, start);
const base = await openService(start);
const a: Project = {
  ...base.project(),
  coders: [{ id: 'A', name: 'A' }],
  segments: base.project().segments.map((s) => ({ ...s, coder: 'A' })),
  history: { undo: [], redo: [] },
};
base.close();
const aFile = path.join(work, 'a.cmo.json');
await createProjectFile(aFile, a);
const copy = coderCopy(a, { coder: 'B', blind: true, now: new Date().toISOString() });
const copyFile = path.join(work, 'b-copy.cmo.json');
await createProjectFile(copyFile, { ...copy, segments: coderB(a) });
const dataBase64 = (await fs.readFile(copyFile)).toString('base64');
const profiling = process.env.PROFILE !== '0';
const session = new Session();
session.connect();
if (profiling) await session.post('Profiler.enable');
const profiles: Profile[] = [];
for (let i = 0; i < runs; i++) {
  const file = path.join(work, `a-${i}.cmo.json`);
  await fs.copyFile(aFile, file);
  const s = await openService(file);
  if (profiling) await session.post('Profiler.start');
  const t0 = performance.now();
  const r = await s.call('coders.merge', { copies: [{ name: copyFile, dataBase64 }] });
  if (profiling) profiles.push(((await session.post('Profiler.stop')) as { profile: Profile }).profile);
  console.log(`merge ${i}: ${(performance.now() - t0).toFixed(0)} ms, ${r.added.segments} segments added`);
  if (process.env.UNDO) {
    const t1 = performance.now();
    await s.call('history.undo', {});
    const t2 = performance.now();
    await s.call('history.redo', {});
    console.log(`  undo ${(t2 - t1).toFixed(0)} ms, redo ${(performance.now() - t2).toFixed(0)} ms`);
  }
  s.close();
}
if (profiling) console.log(summarize(profiles, Number(process.env.TOP ?? 30)));
if (process.env.DUMP) await fs.writeFile(process.env.DUMP, JSON.stringify(profiles));
await fs.rm(work, { recursive: true, force: true });
