/**
 * Electron main: one window on the renderer (served through the app:// protocol, never file://),
 * the project service behind one IPC channel, menus and file dialogs. Everything else lives in src/.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, shell } from 'electron';
import { openService, type Service } from '../src/service/service';
import { createProjectFile } from '../src/store/projectFile';
import { projectFromTemplate } from '../src/cmo/templates/index';
import { CSP } from '../src/host/csp';
import { RENDERER_DIST, sampleProjectPath } from '../src/paths';
import { ensureSampleProject } from '../samples/sample-project';
import { APP_ORIGIN, APP_SCHEME, isTrustedUrl, secureWebPreferences } from './security';
import { IPC_CHANNEL, createIpcHandler } from './ipc';
import { shellStrings, type ShellStrings } from './strings';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let service: Service | null = null;
let win: BrowserWindow | null = null;
/** set when the app is ready (the system's language is known then) */
let say: ShellStrings = shellStrings('da');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json', '.woff2': 'font/woff2' };

async function serveRenderer(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
  const file = path.resolve(RENDERER_DIST, rel);
  if (!file.startsWith(path.resolve(RENDERER_DIST) + path.sep)) return new Response('forbidden', { status: 403 });
  try {
    const body = await fs.readFile(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return new Response(body, { headers: { 'Content-Type': type, ...(type === 'text/html' ? { 'Content-Security-Policy': CSP } : {}) } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

async function open(file: string) {
  try {
    service = await openService(file, { warmSearch: true });
    win?.setTitle(`CMO Workbench — ${path.basename(file)}`);
    await win?.loadURL(`${APP_ORIGIN}/index.html`);
  } catch (e) {
    dialog.showErrorBox(say.cannotOpen, (e as Error).message);
  }
}

async function openDialog() {
  const r = await dialog.showOpenDialog({ title: say.openTitle, filters: [{ name: say.fileType, extensions: ['json'] }], properties: ['openFile'] });
  if (!r.canceled && r.filePaths[0]) await open(r.filePaths[0]);
}

async function newDialog() {
  const r = await dialog.showSaveDialog({ title: say.newTitle, defaultPath: say.newDefault, filters: [{ name: say.fileType, extensions: ['json'] }] });
  if (r.canceled || !r.filePath) return;
  try {
    const now = new Date().toISOString();
    await createProjectFile(r.filePath, projectFromTemplate('nfa-aftaleforloeb', { id: crypto.randomUUID(), name: path.basename(r.filePath).replace(/\.cmo\.json$|\.json$/i, ''), now }));
    await open(r.filePath);
  } catch (e) {
    dialog.showErrorBox(say.cannotCreate, (e as Error).message);
  }
}

function menu() {
  return Menu.buildFromTemplate([
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: say.file, submenu: [
      { label: say.newProject, accelerator: 'CmdOrCtrl+N', click: () => void newDialog() },
      { label: say.openProject, accelerator: 'CmdOrCtrl+O', click: () => void openDialog() },
      { type: 'separator' }, { role: 'quit', label: say.quit },
    ] },
    { label: say.edit, submenu: [{ role: 'copy', label: say.copy }, { role: 'selectAll', label: say.selectAll }] },
    { label: say.view, submenu: [{ role: 'reload', label: say.reload }, { role: 'toggleDevTools', label: say.devTools }, { role: 'togglefullscreen', label: say.fullScreen }] },
  ]);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (e, url) => { if (!isTrustedUrl(url)) e.preventDefault(); });
  contents.on('will-redirect', (e, url) => { if (!isTrustedUrl(url)) e.preventDefault(); });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url); // links open in the user's browser, never in the app
    return { action: 'deny' };
  });
});

app.whenReady().then(async () => {
  say = shellStrings(app.getLocale());
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !/^(app|devtools):/.test(details.url) }));
  protocol.handle(APP_SCHEME, serveRenderer);
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(() => service));
  Menu.setApplicationMenu(menu());
  win = new BrowserWindow({ width: 1400, height: 900, title: 'CMO Workbench', webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')) });
  const arg = process.argv.slice(1).find((a) => /\.json$/i.test(a));
  await open(arg ? path.resolve(arg) : await ensureSampleProject(sampleProjectPath()));
});

app.on('window-all-closed', () => app.quit());
