import fs from 'node:fs';
import path from 'node:path';
import { ROOT, RENDERER_DIST } from '../src/paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the renderer with vite unless dist/renderer is newer than every renderer source. */
export async function ensureRendererBuilt(force = false): Promise<void> {
  const index = path.join(RENDERER_DIST, 'index.html');
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'renderer')),
    newestMtime(path.join(ROOT, 'src', 'api')),
    newestMtime(path.join(ROOT, 'src', 'cmo')),
  );
  if (!force && fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  // build beside, then swap in: a server (or a parallel test run) never sees a half-written renderer
  const tmp = `${RENDERER_DIST}.build-${process.pid}-${Date.now()}`;
  // always a production build: called from inside a test run NODE_ENV is 'test', and vite would then
  // build React's development mode (StrictMode runs every effect twice; a dialog closed by its cleanup)
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: tmp, emptyOutDir: true },
    });
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
  const old = `${RENDERER_DIST}.old-${process.pid}-${Date.now()}`;
  if (fs.existsSync(RENDERER_DIST)) fs.renameSync(RENDERER_DIST, old);
  try {
    fs.renameSync(tmp, RENDERER_DIST);
  } catch (e) {
    if (!fs.existsSync(RENDERER_DIST)) throw e; // another process swapped its build in first: fine
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Bundles the Electron main and preload scripts (CommonJS, as a sandboxed preload requires). */
export async function buildElectron(): Promise<string> {
  const { build } = await import('esbuild');
  const out = path.join(ROOT, 'dist-electron');
  await build({
    entryPoints: {
      main: path.join(ROOT, 'electron', 'main.ts'),
      preload: path.join(ROOT, 'electron', 'preload.ts'),
      // imports are read in a worker thread (src/import/offThread.ts finds it beside main.cjs)
      importWorker: path.join(ROOT, 'src', 'import', 'worker.ts'),
    },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: [path.join(ROOT, 'scripts', 'import-meta-url.js')],
  });
  return path.join(out, 'main.cjs');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(ROOT, 'scripts', 'build.ts')) {
  const what = process.argv[2] ?? 'all';
  if (what === 'renderer' || what === 'all') await ensureRendererBuilt(true);
  if (what === 'electron' || what === 'all') console.log('electron main:', await buildElectron());
}
