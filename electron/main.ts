/**
 * Electron main: one window on the renderer (served through the app:// protocol, never file://),
 * the project service behind one IPC channel, menus and file dialogs. Everything else lives in src/.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import {
  app,
  BrowserWindow,
  Menu,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { createLifecycle, type Lifecycle } from '../src/service/workspace/lifecycle';
import { asQdpxJob, type QdpxReading } from '../src/service/workspace/qdpxJobs';
import { staticResponder } from '../src/host/staticFiles';
import { APP_ORIGIN, APP_SCHEME, isTrustedUrl, secureWebPreferences } from './security';
import {
  createDevToolsKeyGuard,
  createDevToolsOpenedGuard,
  createSecondInstanceHandler,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedRequest,
  takeSingleInstance,
} from './guards';
import { menuTemplate } from './menu';
import { IPC_CHANNEL, createIpcHandler } from './ipc';
import { SHELL_CHANNEL } from './channels';
import { shellLang, shellStrings, type ShellStrings } from './strings';
import { createTeamMenu } from './teamMenu';
import { createBeforeQuit } from './quit';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// the project lifecycle (src/service/workspace): which project is open, and project.create/open/close
const arg = process.argv.slice(1).find((a) => /\.json$/i.test(a));
const lifecycle: Lifecycle = createLifecycle({
  ...(arg ? { first: path.resolve(arg) } : {}),
  address: 'Electron',
  warmSearch: true,
  watchMs: 1000,
  offThreadImports: true,
});
let win: BrowserWindow | null = null;
/** set when the app is ready (the system's language is known then) */
let say: ShellStrings = shellStrings('da');

/** Runs a lifecycle step (boot, open, create), then shows the project it left open. */
async function show(step: () => Promise<unknown>, failed = say.cannotOpen) {
  try {
    await step();
    win?.setTitle(`CMO Workbench — ${path.basename(lifecycle.file)}`);
    await win?.loadURL(`${APP_ORIGIN}/index.html`);
  } catch (e) {
    dialog.showErrorBox(failed, (e as Error).message);
  }
}

/** the part of a .qdpx import done, 0..1 (the sources are most of it) */
function qdpxFraction(p: { stage: string; done: number; total: number }): number {
  if (p.stage === 'sources') return 0.1 + (0.85 * p.done) / Math.max(1, p.total);
  return p.stage === 'project' ? 0.97 : 0.05;
}

async function openDialog() {
  const filters = [{ name: say.fileType, extensions: ['json'] }];
  const r = await dialog.showOpenDialog({ title: say.openTitle, filters, properties: ['openFile'] });
  const file = r.filePaths[0];
  if (!r.canceled && file) await show(() => lifecycle.open({ file }));
}

async function newDialog() {
  const filters = [{ name: say.fileType, extensions: ['json'] }];
  const r = await dialog.showSaveDialog({ title: say.newTitle, defaultPath: say.newDefault, filters });
  const file = r.filePath;
  if (r.canceled || !file) return;
  const name = path.basename(file).replace(/\.cmo\.json$|\.json$/i, '');
  await show(() => lifecycle.create({ name }, file), say.cannotCreate);
}

/** A .qdpx becomes a new project in the projects folder (as the window's Projects dialog does), then opens. */
async function openRefiDialog() {
  const r = await dialog.showOpenDialog({
    title: say.openRefi,
    filters: [{ name: say.refiType, extensions: ['qdpx'] }],
    properties: ['openFile'],
  });
  const f = r.filePaths[0];
  if (r.canceled || !f) return;
  const name = path.basename(f).replace(/\.qdpx$/i, '');
  // read off the main thread, its progress on the taskbar/dock icon (src/service/workspace/qdpxJobs.ts)
  const read = (reading: QdpxReading) =>
    fs.readFile(f).then((data) => lifecycle.create({ name, from: { fileName: path.basename(f), data, reading } }));
  await show(() => asQdpxJob(undefined, read, (p) => win?.setProgressBar(p ? qdpxFraction(p) : -1)));
}

async function exportRefiDialog() {
  try {
    const out = await lifecycle.call('refi.exportProject', {});
    const r = await dialog.showSaveDialog({
      title: say.exportRefi,
      defaultPath: out.fileName,
      filters: [{ name: say.refiType, extensions: ['qdpx'] }],
    });
    if (!r.canceled && r.filePath) await fs.writeFile(r.filePath, Buffer.from(out.dataBase64, 'base64'));
  } catch (e) {
    dialog.showErrorBox(say.cannotExport, (e as Error).message);
  }
}

// File → Coder copy… / Merge coder copies… (electron/teamMenu.ts): the window chooses the coder, main picks the copies
const team = createTeamMenu({
  say: () => say,
  lang: () => shellLang(app.getLocale()),
  showOpenDialog: (o) => (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o)),
  readFile: (f) => fs.readFile(f),
  merge: (copies) => lifecycle.call('coders.merge', { copies }),
  tell: (event) => {
    if (!win || win.isDestroyed()) return;
    win.webContents.send(SHELL_CHANNEL, event);
    win.show();
  },
  showError: (title, message) => dialog.showErrorBox(title, message),
});

function menu() {
  const o = {
    platform: process.platform,
    packaged: app.isPackaged,
    onNew: () => void newDialog(),
    onOpen: () => void openDialog(),
    onOpenRefi: () => void openRefiDialog(),
    onExportRefi: () => void exportRefiDialog(),
    onCoderCopy: () => team.coderCopy(),
    onMergeCopies: () => void team.mergeCopies(),
  };
  return Menu.buildFromTemplate(menuTemplate(say, o) as MenuItemConstructorOptions[]);
}

/** An https link opens in the user's browser only after they said yes to a dialog naming it. */
async function confirmLink(url: string): Promise<boolean> {
  const opts = {
    type: 'question' as const,
    title: say.openLinkTitle,
    message: say.openLinkQuestion,
    detail: url,
    buttons: [say.openLink, say.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const r = win && !win.isDestroyed() ? await dialog.showMessageBox(win, opts) : await dialog.showMessageBox(opts);
  return r.response === 0;
}

// one running app: a second start brings this window to the front and quits (it would otherwise
// open the same project beside this one, and two windows would write one file)
if (takeSingleInstance(app)) {
  app.on(
    'second-instance',
    createSecondInstanceHandler(() => win),
  );

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isTrustedUrl(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isTrustedUrl(url)) e.preventDefault();
    });
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.on('before-input-event', createDevToolsKeyGuard(app.isPackaged));
    contents.on('devtools-opened', createDevToolsOpenedGuard(app.isPackaged, contents));
    const openExternal = (u: string) => shell.openExternal(u);
    contents.setWindowOpenHandler(createWindowOpenHandler({ confirm: confirmLink, openExternal }));
  });

  app.whenReady().then(async () => {
    say = shellStrings(app.getLocale());
    session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
    session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
    session.defaultSession.webRequest.onBeforeRequest((details, cb) =>
      cb({ cancel: !isAllowedRequest(details.url, app.isPackaged) }),
    );
    protocol.handle(APP_SCHEME, staticResponder());
    ipcMain.handle(
      IPC_CHANNEL,
      createIpcHandler(() => lifecycle),
    );
    Menu.setApplicationMenu(menu());
    const webPreferences = secureWebPreferences(path.join(__dirname, 'preload.cjs'), !app.isPackaged);
    win = new BrowserWindow({ width: 1400, height: 900, title: 'CMO Workbench', webPreferences });
    // the project named, else the one used last, else the user's copy of the sample
    await show(() => lifecycle.boot());
  });

  // quitting waits for the lifecycle's shutdown: changes under way saved, lock and open marker gone
  app.on(
    'before-quit',
    createBeforeQuit(
      () => lifecycle.shutdown(),
      () => app.quit(),
    ),
  );
  app.on('window-all-closed', () => app.quit());
}
