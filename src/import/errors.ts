/** A file that cannot be imported: the message names the file and says what is wrong, in one line. */
export class ImportError extends Error {
  constructor(readonly fileName: string, readonly problem: string) {
    super(`${fileName}: ${problem}`);
    this.name = 'ImportError';
  }
}

/** Files larger than this are refused before they are read (plain-text formats; zip formats may hold images). */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_FILE_BYTES = 200 * 1024 * 1024;
/** ~5,000 pages: far beyond any interview, small enough to keep the project file and the UI responsive. */
export const MAX_TEXT_CHARS = 10_000_000;

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(n / 1024)} kB`;
}
