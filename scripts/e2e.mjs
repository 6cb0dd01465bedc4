// `npm run test:e2e`: end-to-end tests in browser mode, driven by Playwright in a real Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
if (chromium) console.log(`e2e: Chromium ${chromium}`);
const r = spawnSync('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(r.status ?? 1);
