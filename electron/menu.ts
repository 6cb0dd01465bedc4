/**
 * The application menu as plain data (Menu.buildFromTemplate takes it), so a test can hold what a
 * packaged build offers: no DevTools entry there, and no key bound to it.
 */
import type { ShellStrings } from './strings';

export interface MenuItem {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export interface MenuOptions {
  platform: string;
  /** app.isPackaged: DevTools are a developer's tool, absent from the installed app */
  packaged: boolean;
  onNew(): void;
  onOpen(): void;
  /** a .qdpx from NVivo, MAXQDA, ATLAS.ti… as a new project */
  onOpenRefi(): void;
  onExportRefi(): void;
  /** team coding (electron/teamMenu.ts): a copy for one coder, and copies merged back in */
  onCoderCopy(): void;
  onMergeCopies(): void;
}

export function menuTemplate(say: ShellStrings, o: MenuOptions): MenuItem[] {
  return [
    ...(o.platform === 'darwin' ? [{ role: 'appMenu' }] : []),
    {
      label: say.file,
      submenu: [
        { label: say.newProject, accelerator: 'CmdOrCtrl+N', click: o.onNew },
        { label: say.openProject, accelerator: 'CmdOrCtrl+O', click: o.onOpen },
        { type: 'separator' },
        { label: say.openRefi, click: o.onOpenRefi },
        { label: say.exportRefi, click: o.onExportRefi },
        { type: 'separator' },
        { label: say.coderCopy, click: o.onCoderCopy },
        { label: say.mergeCopies, click: o.onMergeCopies },
        { type: 'separator' },
        { role: 'quit', label: say.quit },
      ],
    },
    {
      label: say.edit,
      submenu: [
        { role: 'copy', label: say.copy },
        { role: 'selectAll', label: say.selectAll },
      ],
    },
    {
      label: say.view,
      submenu: [
        { role: 'reload', label: say.reload },
        ...(o.packaged ? [] : [{ role: 'toggleDevTools', label: say.devTools }]),
        { role: 'togglefullscreen', label: say.fullScreen },
      ],
    },
  ];
}
