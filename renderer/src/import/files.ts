/**
 * Files from the researcher's disk: picked with a file or folder input, or dropped (files and
 * whole folders), read with FileReader into base64 with progress, checked against what the host
 * accepts in one request.
 */

/** A picked file and where it was picked from (`Interviews/Case 03/Leder.docx` for folders). */
export interface PickedFile {
  file: File;
  path: string;
}

/** The host takes a request body of at most 300 MB; base64 is 4/3 of the bytes, plus a little JSON. */
export const HOST_MAX_BODY = 300 * 1024 * 1024;
export const MAX_SEND_BYTES = Math.floor(((HOST_MAX_BODY - 64 * 1024) * 3) / 4);

/**
 * Files that are not transcripts and would only clutter a folder import: `.DS_Store`, Word's `~$` lock files,
 * `Thumbs.db`.
 */
export const isClutter = (name: string): boolean => /^(\.|~\$)/.test(name) || /^(thumbs\.db|desktop\.ini)$/i.test(name);

export const baseName = (p: string): string => p.replace(/^.*[\\/]/, '');
/** The folder a file was picked from, if any (`Case 03` for `Interviews/Case 03/Leder.docx`). */
export const parentFolder = (p: string): string | null => {
  const parts = p.split(/[\\/]/);
  return parts.length > 1 ? parts[parts.length - 2]! || null : null;
};

/** From an `<input type="file">` (with `multiple` or `webkitdirectory`). */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/**
 * From a drop: files, and folders walked recursively where the browser gives entries. The
 * entries must be taken while the drop event runs, so call this synchronously in the handler.
 */
export function filesFromDrop(dt: DataTransfer): Promise<PickedFile[]> {
  const entries = [...dt.items]
    .filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (!entries.length || entries.some((e) => !e))
    return Promise.resolve([...dt.files].map((file) => ({ file, path: file.name })));
  return Promise.all(entries.map((e) => walk(e!, ''))).then((xs) => xs.flat());
}

async function walk(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    return [{ file, path }];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries hands out a directory in batches until it returns none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((c) => walk(c, path)));
  return nested.flat();
}

/** Does a drag carry files (and not, say, selected text)? */
export const dragHasFiles = (e: { dataTransfer: DataTransfer | null }): boolean =>
  !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/** A file's bytes as base64, read with FileReader; `progress` gets the fraction read (large files read for a while). */
export function readAsBase64(file: File, progress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) progress(e.loaded / e.total);
    };
    r.onload = () => {
      const url = typeof r.result === 'string' ? r.result : '';
      const comma = url.indexOf(',');
      progress(1);
      // an empty file reads as a bare `data:` URL
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    r.onerror = () => reject(new Error(r.error?.message ?? 'read error'));
    r.readAsDataURL(file);
  });
}

/** A stable key for a picked file, to leave out the same file picked twice. */
export const fileKey = (p: PickedFile): string => `${p.path}\u0000${p.file.size}\u0000${p.file.lastModified}`;
