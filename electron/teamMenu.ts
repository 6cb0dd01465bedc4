/**
 * The File menu's team coding (#20). "Coder copy…" opens the window's team coding at the copy: the
 * coder (the project's, or a new name) and "blind" (on by default) are chosen there, and the copy
 * is saved through the save dialog the window's download opens. "Merge coder copies…" picks copies
 * in an open dialog (several at once), merges them with the service's `coders.merge` (one undoable
 * step; nothing when they bring nothing new) and shows its report in the window. No Electron
 * imports: the dialogs, files, service and window are handed in, so a test can hold all of it.
 */
import path from 'node:path';
import { ShellEvent, type MergeReport } from '../src/api/shellEvents';
import { wordsFor, type LogLang } from '../src/service/words';
import type { ShellStrings } from './strings';

export interface OpenDialogOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('openFile' | 'multiSelections')[];
}

export interface TeamMenuDeps {
  /** the shell's words and language (known once the app is ready) */
  say(): ShellStrings;
  lang(): LogLang;
  showOpenDialog(o: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  readFile(file: string): Promise<Buffer>;
  /** the open project's `coders.merge` */
  merge(copies: { name: string; file: string; dataBase64: string }[]): Promise<MergeReport>;
  /** sends an event to the window (none when there is no window) */
  tell(event: ShellEvent): void;
  showError(title: string, message: string): void;
}

/** at most as many copies as `coders.merge` takes at once */
export const MAX_COPIES = 50;

export function createTeamMenu(d: TeamMenuDeps) {
  /** only what the window would accept is sent */
  const tell = (e: ShellEvent) => d.tell(ShellEvent.parse(e));

  const read = async (file: string) => {
    try {
      return (await d.readFile(file)).toString('base64');
    } catch (e) {
      const code = String((e as NodeJS.ErrnoException).code ?? 'EIO');
      const problem = wordsFor(
        code === 'ENOENT' ? { key: 'fileNotFound' } : { key: 'fileCannotRead', params: { code } },
        d.lang(),
      );
      throw new Error(wordsFor({ key: 'errProjectOpen', params: { file, problem } }, d.lang()));
    }
  };

  return {
    coderCopy(): void {
      tell({ action: 'coderCopy' });
    },

    async mergeCopies(): Promise<void> {
      const say = d.say();
      const r = await d.showOpenDialog({
        title: say.mergeTitle,
        filters: [{ name: say.fileType, extensions: ['json'] }],
        properties: ['openFile', 'multiSelections'],
      });
      if (r.canceled || !r.filePaths.length) return;
      try {
        if (r.filePaths.length > MAX_COPIES) throw new Error(say.tooManyCopies);
        const copies = [];
        for (const file of r.filePaths) copies.push({ name: path.basename(file), file, dataBase64: await read(file) });
        const report = await d.merge(copies);
        tell({ action: 'merged', files: copies.map((c) => c.name), report });
      } catch (e) {
        d.showError(say.cannotMerge, (e as Error).message);
      }
    },
  };
}
