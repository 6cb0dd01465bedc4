// Finds a Chromium for the end-to-end tests, installing one when it can; fails loudly otherwise.
// Order: $CHROMIUM_PATH, Debian/Ubuntu's chromium, Chrome; then `apt-get install chromium` where apt
// and root are available (Debian, CI here); then Playwright's own download (elsewhere).
import fs from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const found = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && fs.existsSync(p));

export function findChromium() {
  let p = found();
  if (p) return p;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && isRoot) {
    console.log('e2e: installing Debian chromium with apt-get …');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      console.error('e2e: apt-get install chromium failed:', e.message);
    }
    p = found();
    if (p) return p;
  }
  console.log("e2e: no system Chromium; trying Playwright's own (npx playwright install chromium) …");
  const r = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (r.status === 0) return ''; // Playwright then finds its own browser
  throw new Error(
    'e2e: no Chromium found and none could be installed. Install chromium (Debian: apt-get install ' +
      'chromium) or set CHROMIUM_PATH.',
  );
}
