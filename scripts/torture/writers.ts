/**
 * Concurrent writers on one project: two `cmo code` at once, and the app (the browser host,
 * `npm start -- <proj> --browser`) coding while a CLI codes. Counts confirmed codings that are not
 * on disk afterwards, and refusals (a writer told no instead of waiting its turn).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  ROOT,
  SRC,
  children,
  backupWhole,
  buildProject,
  clearMessage,
  codeArgs,
  codedByCli,
  loadableByCli,
  runCli,
  sentence,
  sleep,
  strayFiles,
  type RunResult,
} from './common';
import { emptyRow, timed, type Row } from './table';
import type { Options } from './options';

/** Tallies a CLI's answer: confirmed, refused with a message, or a crash. */
function tally(row: Row, r: RunResult, i: number, acked: number[], o: Options, what: string): void {
  if (r.code === 0) {
    acked.push(i);
    return;
  }
  if (clearMessage(r.err)) row.refused++;
  else row.crashes++;
  o.log(`${what}: exit ${r.code ?? r.signal}: ${r.err.trim().split('\n')[0]?.slice(0, 200)}`);
}

/** After the section: loadable, nothing confirmed lost, no litter, a whole backup. */
async function finalChecks(row: Row, proj: string, acked: number[], o: Options): Promise<void> {
  // the user's two checks, read-only, side by side
  const [loads, coded] = await Promise.all([loadableByCli(proj), codedByCli(proj)]);
  if (!loads) row.unreadable++;
  if (coded === null) {
    row.unreadable++;
    return;
  }
  const lost = acked.filter((x) => !coded.has(sentence(x)));
  row.lost += lost.length;
  if (lost.length)
    o.log(`${row.section}: lost ${lost.length} confirmed codings (sentences ${lost.slice(0, 8).join(', ')})`);
  const stray = strayFiles(path.dirname(proj));
  row.stray += stray.length;
  if (stray.length) o.log(`${row.section}: left beside the project: ${stray.slice(0, 5).join(', ')}`);
  if (backupWhole(proj) === false) row.unreadable++;
}

/** A section in which no writer ever succeeded proves nothing: the harness itself is broken. */
function nothingConfirmed(row: Row, confirmed: number, o: Options): void {
  if (confirmed > 0) return;
  row.crashes++;
  o.log(`${row.section}: nothing was confirmed, so nothing was tested`);
}

export async function cliPairsSection(o: Options): Promise<Row> {
  const row = emptyRow('two `cmo code` at once');
  const proj = await buildProject(o.cache, path.join(o.work, 'pairs'), o.turns);
  const acked: number[] = [];
  let next = 1;
  for (let k = 0; k < o.cliPairs; k++) {
    const a = next++,
      b = next++;
    const [ra, rb] = await Promise.all([runCli(codeArgs(proj, a)), runCli(codeArgs(proj, b, 'O'))]);
    row.runs += 2;
    tally(row, ra, a, acked, o, `pair ${k} (a)`);
    tally(row, rb, b, acked, o, `pair ${k} (b)`);
    timed(row, Math.max(ra.ms, rb.ms), 'a pair of `cmo code`');
  }
  await finalChecks(row, proj, acked, o);
  nothingConfirmed(row, acked.length, o);
  row.notes = [`${acked.length} of ${row.runs} confirmed`];
  return row;
}

interface App {
  url: URL;
  token: string;
  /** SIGTERM, then waits for every process of the app to end; false when they had not after STOP_MS */
  stop(): Promise<boolean>;
}

/**
 * How long the app may take to end after SIGTERM with no call under way: its shutdown only closes the
 * server, stops the watch and removes its open-marker (well under a second even at load 13).
 */
const STOP_MS = 30_000;

/** Whether any process of group `pgid` is still running (a zombie, already dead, does not count). */
function groupRunning(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (!fs.existsSync('/proc/self/stat')) return true;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      /* ended meanwhile */
    }
  }
  return false;
}

/**
 * The app's own home for this run (its recent list, logs): the app remembers the project it opened as
 * the one to open next, and a torture project in /tmp must not become what the user's `npm start` opens.
 */
let appHome: string | null = null;
function tortureHome(): string {
  if (!appHome) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-torture-home-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    appHome = dir;
  }
  return appHome;
}

/**
 * `npm start -- <proj> --browser --no-open --port 0` (a free port chosen by the system: a port picked
 * at random here could be in use), resolved when it prints its URL line.
 */
function startApp(proj: string, timeoutMs: number): Promise<App> {
  return new Promise((resolve, reject) => {
    const p = spawn('npm', ['start', '--', proj, '--browser', '--no-open', '--port', '0'], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, CMO_HOME: tortureHome(), ELECTRON_SKIP_BINARY_DOWNLOAD: '1', NO_COLOR: '1' },
    });
    children.add(-p.pid!);
    let buf = '';
    // npm, the group's leader, exits at once on SIGTERM while the app (its grandchild) is still
    // shutting down: waiting for npm alone and then killing the group cut that shutdown short and left
    // its open-marker beside the project (3 of the 7 failed smokes kept in /tmp on 2026-12-06)
    const stop = async () => {
      try {
        process.kill(-p.pid!, 'SIGTERM');
      } catch {
        children.delete(-p.pid!);
        return true;
      }
      const until = Date.now() + STOP_MS;
      while (groupRunning(p.pid!) && Date.now() < until) await sleep(50);
      const ended = !groupRunning(p.pid!);
      if (!ended)
        try {
          process.kill(-p.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      children.delete(-p.pid!);
      return ended;
    };
    const t = setTimeout(() => {
      void stop();
      reject(new Error(`no URL from npm start in ${timeoutMs} ms: ${buf.slice(-300)}`));
    }, timeoutMs);
    const on = (d: Buffer) => {
      buf += d.toString();
      const m = buf.match(/CMO Workbench:\s*(http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      if (!m) return;
      clearTimeout(t);
      const url = new URL(m[1]!);
      resolve({ url, token: url.searchParams.get('token') ?? '', stop });
    };
    p.stdout.on('data', on);
    p.stderr.on('data', on);
    p.on('exit', (c) => {
      clearTimeout(t);
      reject(new Error(`npm start exited ${c}: ${buf.slice(-300)}`));
    });
  });
}

type Reply = { ok: boolean; kind?: string; error?: string };

async function appCall(app: App, method: string, params: unknown): Promise<Reply> {
  try {
    const res = await fetch(`${app.url.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CMO-Token': app.token },
      body: JSON.stringify(params),
    });
    return (await res.json().catch(() => ({ ok: false, kind: 'http', error: `HTTP ${res.status}` }))) as Reply;
  } catch (e) {
    return { ok: false, kind: 'network', error: (e as Error).message };
  }
}

export async function appCliSection(o: Options): Promise<Row> {
  const row = emptyRow('the app and `cmo code` at once');
  const proj = await buildProject(o.cache, path.join(o.work, 'app'), o.turns);
  // npm start builds the renderer first when it is missing or stale (a fresh clone): minutes, not seconds
  const app = await startApp(proj, 240_000);
  const ackApp: number[] = [],
    ackCli: number[] = [];
  let next = 1;
  const appCode = async (i: number, kind: string) => {
    const t0 = performance.now();
    const h = await appCall(app, 'segment.codeText', { source: SRC, text: sentence(i), kind, pt: ['4a'] });
    timed(row, performance.now() - t0, "the app's segment.codeText");
    row.runs++;
    if (h.ok) ackApp.push(i);
    else if (h.kind === 'internal' || h.kind === 'network' || !clearMessage(h.error ?? '')) row.crashes++;
    else row.refused++;
    if (!h.ok) o.log(`app coding ${i}: ${JSON.stringify(h).slice(0, 200)}`);
  };
  try {
    for (let k = 0; k < o.appRounds; k++) {
      const a = next++,
        b = next++;
      const cli = runCli(codeArgs(proj, a));
      await sleep(100 + Math.random() * 600);
      await appCode(b, 'O');
      const rc = await cli;
      row.runs++;
      tally(row, rc, a, ackCli, o, `app round ${k} (cli)`);
    }
    // after outside changes the app still codes (it must not be stale for good)
    await appCode(next++, 'M');
  } finally {
    // an app that does not end on SIGTERM is a finding (a hang), not something to kill quietly
    if (!(await app.stop())) {
      row.hangs++;
      o.log(`the app did not end within ${STOP_MS / 1000} s of SIGTERM; killed`);
    }
  }
  await finalChecks(row, proj, [...ackApp, ...ackCli], o);
  nothingConfirmed(row, Math.min(ackApp.length, ackCli.length), o);
  row.notes = [`app: ${ackApp.length} confirmed; CLI: ${ackCli.length} of ${o.appRounds} confirmed`];
  return row;
}
