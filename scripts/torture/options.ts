/** The torture suite's counts: the full run, or a smoke of it (`--smoke` or TORTURE_SMOKE=1) that fits in a minute. */
import path from 'node:path';
import fs from 'node:fs';
import { ROOT } from './common';

export interface Options {
  smoke: boolean;
  /** the CLI sections beside the fuzzing (the smoke always) */
  parallel: boolean;
  /** sections to run (all by default): kill, writers, app, fuzz, loader */
  only: Set<string>;
  /** torture-out/ (git-ignored): work folders, repros, the report */
  out: string;
  work: string;
  cache: string;
  repros: string;
  turns: number;
  kills: number;
  cliPairs: number;
  appRounds: number;
  fuzzRuns: number;
  loaderRuns: number;
  /** a fuzz case slower than this is a hang; a worker stuck this long × 4 is killed */
  hangMs: number;
  seed: number;
  log(line: string): void;
}

export function parseOptions(argv: string[]): Options {
  const has = (f: string) => argv.includes(f);
  const val = (f: string) => {
    const i = argv.indexOf(f);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const smoke = has('--smoke') || process.env.TORTURE_SMOKE === '1';
  const out = path.resolve(val('--out') ?? path.join(ROOT, 'torture-out'));
  const only = new Set(
    (val('--only') ?? 'kill,writers,app,fuzz,loader')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const num = (f: string, full: number, small: number) => {
    const v = val(f);
    const n = v === undefined ? (smoke ? small : full) : Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${f}: not a count: ${v}`);
    return n;
  };
  const logFile = path.join(out, 'torture.log');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(logFile, '');
  const quiet = has('--quiet');
  return {
    smoke,
    parallel: smoke || has('--parallel'),
    only,
    out,
    work: path.join(out, 'work'),
    cache: path.join(out, 'cache'),
    repros: path.join(out, 'repros'),
    turns: num('--turns', 2400, 300),
    kills: num('--kills', 200, 5),
    cliPairs: num('--pairs', 30, 2),
    appRounds: num('--rounds', 16, 2),
    fuzzRuns: num('--runs', 1000, 15),
    loaderRuns: num('--loader-runs', 1000, 40),
    hangMs: num('--hang-ms', 5000, 5000),
    seed: num('--seed', Date.now() % 1_000_000, Date.now() % 1_000_000),
    log: (line: string) => {
      fs.appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
      if (!quiet) process.stderr.write(`  ${line}\n`);
    },
  };
}
