/**
 * `npm run bench [-- --corpus R100|R500|tiny] [--json] [--only load,search,…] [--runs 5] [--seed 1]`
 *
 * Prints a table (or, with --json, `{"corpus","node","metrics":{…}}` on stdout; progress goes to
 * stderr) and exits non-zero when any figure is over its budget or a group failed.
 */
import { CORPUS_NAMES, type CorpusName } from './corpus/index';
import { GROUPS, runBench, toJson, toTable } from './harness';

function usage(problem?: string): never {
  if (problem) console.error(`bench: ${problem}`);
  console.error(
    `usage: npm run bench -- [--corpus ${CORPUS_NAMES.join('|')}] [--json] [--only ` +
      `${GROUPS.map((g) => g.name).join(',')}] [--runs N] [--seed N]`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus: CorpusName = 'R100';
let json = false;
let only: string[] | undefined;
let runs = 5;
let seed = 1;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const value = () => args[++i] ?? usage(`${a} needs a value`);
  if (a === '--json') json = true;
  else if (a === '--corpus') {
    const c = value();
    if (!(CORPUS_NAMES as readonly string[]).includes(c)) usage(`unknown corpus ${c}`);
    corpus = c as CorpusName;
  } else if (a === '--only')
    only = value()
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else if (a === '--runs') {
    runs = Number(value());
    if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a positive integer');
  } else if (a === '--seed') {
    seed = Number(value());
    if (!Number.isInteger(seed)) usage('--seed must be an integer');
  } else if (a === '--help' || a === '-h') usage();
  else usage(`unknown argument ${a}`);
}
if (runs < 5) console.error(`bench: --runs ${runs} is below the 5 runs the published figures use`);

const t0 = performance.now();
const report = await runBench({
  corpus,
  runs,
  only,
  seed,
  log: (m) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`),
});
console.log(json ? JSON.stringify(toJson(report), null, 1) : toTable(report));
const failed = Object.entries(report.metrics)
  .filter(([, m]) => !m.ok)
  .map(([n]) => n);
if (failed.length) {
  console.error(`\nbench: ${failed.length} figure(s) over budget or failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
