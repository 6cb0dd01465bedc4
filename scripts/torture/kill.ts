/**
 * kill -9 at random moments during `cmo code` on a multi-MB project: afterwards the project must
 * load, every coding whose process exited 0 must be there, the next save must leave no litter, and
 * the `.bak` must parse as a whole project.
 */
import path from 'node:path';
import {
  backupWhole,
  buildProject,
  codeArgs,
  codedByCli,
  codedInProcess,
  loadableByCli,
  runCli,
  sentence,
  strayFiles,
} from './common';
import { emptyRow, timed, type Row } from './table';
import type { Options } from './options';

export async function killSection(o: Options): Promise<Row> {
  const row = emptyRow('kill -9 during saves (`cmo code`)');
  const dir = path.join(o.work, 'kill');
  const proj = await buildProject(o.cache, dir, o.turns);
  let next = 1;
  // how long one coding takes here: the kills land between 30 % and 130 % of it, so most fall in or
  // around the save and some codings finish first (those must survive every later kill)
  let span = Infinity;
  // (the smoke's 5 kills need only a rough span: one probe, one CLI start fewer on its longest path)
  for (let k = 0; k < (o.smoke ? 1 : 2); k++) {
    const probe = await runCli(codeArgs(proj, next++));
    if (probe.code !== 0) throw new Error(`cmo code on the torture project failed: ${probe.err.trim()}`);
    span = Math.min(span, probe.ms);
  }
  const acked: number[] = [];
  let badBackups = 0;
  for (let k = 0; k < o.kills; k++) {
    const i = next++;
    const at = span * (0.3 + Math.random());
    const r = await runCli(codeArgs(proj, i), { killAfterMs: at });
    row.runs++;
    if (r.code === 0) acked.push(i);
    else if (r.signal !== 'SIGKILL') {
      row.refused++;
      o.log(`kill run ${k}: exit ${r.code}: ${r.err.trim().slice(0, 160)}`);
    }
    timed(
      row,
      r.ms,
      r.signal === 'SIGKILL' ? `cmo code, killed at ${Math.round(at)} ms` : 'cmo code (done before its kill)',
    );
    const now = codedInProcess(proj);
    if (now === null) {
      // the user's own check: does the CLI open it?
      if (!(await loadableByCli(proj))) {
        row.unreadable++;
        o.log(`kill run ${k}: project unreadable`);
      }
    } else {
      const lost = acked.filter((x) => !now.has(sentence(x)));
      if (lost.length) o.log(`kill run ${k}: lost ${lost.length} confirmed (sentences ${lost.slice(0, 5).join(', ')})`);
    }
    if (backupWhole(proj) === false) badBackups++;
    if ((k + 1) % 25 === 0) o.log(`kill: ${k + 1}/${o.kills} (${acked.length} confirmed)`);
  }
  // the next save, undisturbed, then what a user would check
  const last = await runCli(codeArgs(proj, next++));
  if (last.code !== 0) {
    row.unreadable++;
    o.log(`after the kills a coding failed: ${last.err.trim().slice(0, 200)}`);
  } else acked.push(next - 1);
  // the user's two checks, read-only, side by side
  const [loads, coded] = await Promise.all([loadableByCli(proj), codedByCli(proj)]);
  if (!loads) row.unreadable++;
  if (coded === null) row.unreadable++;
  else row.lost = acked.filter((x) => !coded.has(sentence(x))).length;
  const stray = strayFiles(dir);
  row.stray = stray.length;
  if (stray.length) o.log(`kill: left beside the project: ${stray.slice(0, 5).join(', ')}`);
  // a backup that does not load is no backup: counted with the unreadable projects
  if (badBackups) o.log(`kill: the .bak did not parse after ${badBackups} kills`);
  row.unreadable += badBackups + (backupWhole(proj) === false ? 1 : 0);
  row.notes = [`${acked.length} of ${row.runs + 1} codings confirmed; .bak broken after ${badBackups} kills`];
  return row;
}
