// `npm test`: type check, unit tests, end-to-end tests; stops at the first failing stage.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

// Electron's files are type-checked only where npm could install the electron package.
const hasElectronTypes = fs.existsSync('node_modules/electron/electron.d.ts');

const stages = [
  ['typecheck', ['npx', '--no-install', 'tsc', '-p', '.']],
  ...(hasElectronTypes ? [['typecheck-electron', ['npx', '--no-install', 'tsc', '-p', 'tsconfig.electron.json']]] : []),
  ['unit', ['npx', '--no-install', 'vitest', 'run']],
  ['e2e', ['node', 'scripts/e2e.mjs']],
];
const only = process.argv[2];
for (const [name, [cmd, ...args]] of stages) {
  if (only && only !== name) continue;
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s) ===`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
