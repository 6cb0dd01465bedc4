// `npm test`: type check, lint (scripts/lint.mjs), unit tests, end-to-end tests; stops at the first failing stage
// and ends with one plain line of counts (`tests: N passed, N failed, N skipped`).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// not Playwright's outputDir (test-results/), which it empties when it starts
const OUT = path.resolve('.test-report');
fs.mkdirSync(OUT, { recursive: true });
const unitJson = path.join(OUT, 'unit.json');
const e2eJson = path.join(OUT, 'e2e.json');
for (const f of [unitJson, e2eJson]) fs.rmSync(f, { force: true });

// Electron's files are type-checked only where npm could install the electron package.
const hasElectronTypes = fs.existsSync('node_modules/electron/electron.d.ts');
const stages = [
  ['typecheck', ['npx', '--no-install', 'tsc', '-p', '.']],
  ...(hasElectronTypes ? [['typecheck-electron', ['npx', '--no-install', 'tsc', '-p', 'tsconfig.electron.json']]] : []),
  ['lint', ['node', 'scripts/lint.mjs']],
  [
    'unit',
    ['npx', '--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`],
  ],
  ['e2e', ['node', 'scripts/e2e.mjs', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson }],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
function tally() {
  try {
    const u = JSON.parse(fs.readFileSync(unitJson, 'utf8'));
    counts.passed += u.numPassedTests ?? 0;
    counts.failed += u.numFailedTests ?? 0;
    counts.skipped += (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0);
  } catch {
    /* stage did not run */
  }
  try {
    const e = JSON.parse(fs.readFileSync(e2eJson, 'utf8')).stats ?? {};
    counts.passed += (e.expected ?? 0) + (e.flaky ?? 0);
    counts.failed += e.unexpected ?? 0;
    counts.skipped += e.skipped ?? 0;
  } catch {
    /* stage did not run */
  }
}

const only = process.argv[2];
let status = 0;
for (const [name, [cmd, ...args], env = {}] of stages) {
  if (only && only !== name) continue;
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s) ===`);
  if (r.status !== 0) {
    status = r.status ?? 1;
    break;
  }
}
tally();
if (status !== 0 && counts.failed === 0) counts.failed = 1; // a failed type check or runner counts
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(status);
