// The renderer's one door to the app: `window.cmoBridge` — `call(method, params)`, and `onShell(listener)`
// for what the shell's menus tell the window (the listener gets the event only; it is checked there).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, SHELL_CHANNEL } from './channels';

contextBridge.exposeInMainWorld('cmoBridge', {
  call: (method: string, params: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, params),
  onShell: (listener: (event: unknown) => void) => {
    if (typeof listener !== 'function') return () => {};
    const forward = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(SHELL_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(SHELL_CHANNEL, forward);
    };
  },
});
