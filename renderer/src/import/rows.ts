/** What the import dialog keeps per picked file, and the steps it goes through. */
import type { ImportPreview } from '../../../src/api/contract';
import type { Phase } from './batch';
import { baseName, type PickedFile } from './files';
import type { Sniffed } from './sniffRows';

export interface Row extends Sniffed {
  key: string;
  picked: PickedFile;
  /** what the file name (and the folder's) says; null until the preview came back */
  meta: ImportPreview | null;
  folderMeta: ImportPreview | null;
  problem: string | null;
  include: boolean;
  name: string;
  caseId: string;
  roleId: string;
}

export const defaultName = (p: PickedFile) => baseName(p.path).replace(/\.[^.]+$/, '') || baseName(p.path);

export type Step = 'pick' | 'preview' | 'running' | 'done' | 'speakers';

export interface Progress {
  index: number;
  phase: Phase;
  fraction: number;
}
