// The renderer's one door to the app: `window.cmoBridge.call(method, params)`, nothing else.
import { contextBridge, ipcRenderer } from 'electron';

const IPC_CHANNEL = 'cmo:call';
contextBridge.exposeInMainWorld('cmoBridge', {
  call: (method: string, params: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, params),
});
