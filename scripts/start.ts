/**
 * `npm start [project] [--browser] [--port N] [--no-open]`
 * Opens a project (by default the user's copy of the sample project) in Electron when its
 * binary is installed, otherwise in browser mode on 127.0.0.1 with a per-launch token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { ROOT, RENDERER_DIST } from '../src/paths';
import { toReply } from '../src/service/service';
import { openLifecycle } from '../src/service/workspace/lifecycle';
import { startBrowserHost } from '../src/host/browserHost';
import { ensureRendererBuilt, buildElectron } from './build';

function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function openInBrowser(url: string) {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    /* no browser opener: the URL is printed */
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { browser: { type: 'boolean' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  });
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: ugyldigt portnummer "${values.port}"`);
  // the project named, else the one used last, else the user's copy of the sample (the lifecycle's boot)
  const first = positionals[0] ? path.resolve(positionals[0]) : undefined;

  await ensureRendererBuilt();
  const electron = values.browser ? null : electronBinary();
  if (electron) {
    const main = await buildElectron();
    const child = spawn(electron, [main, ...(first ? [first] : [])], { stdio: 'inherit', cwd: ROOT });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!values.browser) console.log('Electron er ikke installeret her — starter i browsertilstand.');
  const lifecycle = await openLifecycle({ first, warmSearch: true, watchMs: 1000, offThreadImports: true });
  const elsewhere = lifecycle.recent().readOnly;
  if (elsewhere)
    console.log(`Projektet er allerede åbent i et andet vindue (${elsewhere}) — åbner det skrivebeskyttet her.`);
  const host = await startBrowserHost({ service: lifecycle, staticDir: RENDERER_DIST, port });
  lifecycle.setAddress(new URL(host.url).origin + '/');
  console.log(`Projekt: ${lifecycle.file}`);
  console.log(`CMO Workbench: ${host.url}`);
  if (!values['no-open']) openInBrowser(host.url);
  // Ctrl-C or a kill: no new calls, the ones under way saved, the lock and the open marker gone, then exit
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close(() => lifecycle.shutdown())
      .then(
        () => process.exit(0),
        (e) => {
          console.error(`npm start: ${toReply(e).error}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `npm start: port ${(e as { port?: number }).port ?? ''} er optaget af et andet program — ` +
        'vælg en anden med --port, eller udelad --port for en ledig (port in use)',
    );
    process.exit(1);
  }
  console.error(`npm start: ${toReply(e).error.replace(/^Intern fejl: /, '')}`);
  process.exit(1);
});
