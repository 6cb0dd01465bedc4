// `npm run lint` (and the lint stage of `npm test`): the formatter, the layer and size rules, and the per-layer type
// checks (the window without Node types, the domain without DOM or Node). Two at a time; each keeps a cache in
// .cache/ so an unchanged file is not read again. Exits non-zero when any of them fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('.cache', { recursive: true });
const tsc = (project, name) => [
  'npx',
  '--no-install',
  'tsc',
  '-p',
  project,
  '--incremental',
  '--tsBuildInfoFile',
  name,
];
const steps = [
  ['tsc renderer', tsc('tsconfig.renderer.json', '.cache/renderer.tsbuildinfo')],
  ['eslint', ['npx', '--no-install', 'eslint', '.', '--cache', '--cache-location', '.cache/eslint']],
  [
    'prettier',
    [
      'npx',
      '--no-install',
      'prettier',
      '--check',
      '.',
      '--log-level',
      'warn',
      '--cache',
      '--cache-location',
      '.cache/prettier',
    ],
  ],
  ['tsc cmo', tsc('tsconfig.cmo.json', '.cache/cmo.tsbuildinfo')],
];

function run([name, [cmd, ...args]]) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const s = ((Date.now() - t) / 1000).toFixed(1);
      process.stdout.write(`${out}${name}: ${code === 0 ? 'ok' : 'FAILED'} (${s} s)\n`);
      resolve(code === 0);
    });
  });
}

const queue = [...steps];
const worker = async () => {
  let ok = true;
  for (let s = queue.shift(); s; s = queue.shift()) ok = (await run(s)) && ok;
  return ok;
};
const results = await Promise.all([worker(), worker()]);
process.exit(results.every(Boolean) ? 0 : 1);
