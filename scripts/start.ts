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
import { ROOT, RENDERER_DIST, sampleProjectPath } from '../src/paths';
import { ensureSampleProject } from '../samples/sample-project';
import { toReply } from '../src/service/service';
import { openWorkspace } from '../src/host/workspace';
import { lastProject } from '../src/host/recent';
import { startBrowserHost } from '../src/host/browserHost';
import { openElsewhere } from '../src/host/openMarker';
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
  // the project named, else the one used last, else the user's copy of the sample
  const project = positionals[0]
    ? path.resolve(positionals[0])
    : (lastProject() ?? (await ensureSampleProject(sampleProjectPath())));

  await ensureRendererBuilt();
  const electron = values.browser ? null : electronBinary();
  if (electron) {
    const main = await buildElectron();
    const child = spawn(electron, [main, project], { stdio: 'inherit', cwd: ROOT });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!values.browser) console.log('Electron er ikke installeret her — starter i browsertilstand.');
  const elsewhere = openElsewhere(project);
  if (elsewhere)
    console.log(`Projektet er allerede åbent i et andet vindue (${elsewhere}) — åbner det skrivebeskyttet her.`);
  const workspace = await openWorkspace(project, {
    warmSearch: true,
    watchMs: 1000,
    offThreadImports: true,
    ensureSample: ensureSampleProject,
  });
  const host = await startBrowserHost({ service: workspace, staticDir: RENDERER_DIST, port });
  workspace.setAddress(new URL(host.url).origin + '/');
  process.on('exit', () => workspace.close());
  console.log(`Projekt: ${project}`);
  console.log(`CMO Workbench: ${host.url}`);
  if (!values['no-open']) openInBrowser(host.url);
  const stop = () => {
    host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `npm start: port ${(e as { port?: number }).port ?? ''} er optaget af et andet program — vælg en anden med --port, eller udelad --port for en ledig (port in use)`,
    );
    process.exit(1);
  }
  console.error(`npm start: ${toReply(e).error.replace(/^Intern fejl: /, '')}`);
  process.exit(1);
});
