import type { ExportFile } from '../../../src/api/contract';

/** Saves a file the host produced: a download in the browser, Electron's save dialog in the app. */
export function downloadFile(f: ExportFile): void {
  const bytes = Uint8Array.from(atob(f.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: f.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
