/**
 * The import preview looks inside each chosen file (import.sniff) before "Import": an empty file,
 * one that is not what its extension says (a JPEG named .docx), a password-protected one, or one
 * whose text is already in the project (or in another chosen file) is shown as such, not as ready.
 */
import type { SniffResult } from '../../../src/api/contract';
import { changeInWords } from '../i18n/logWords';
import { translate } from '../i18n/useTranslation';
import { checkNs } from './checkI18n';
import { readAsBase64, MAX_SEND_BYTES, type PickedFile } from './files';

export interface Sniffed {
  sniffed?: boolean;
  hash?: string | null;
}

/** Reads and sniffs the files one after another (a few at a time would hold them all in memory). */
export async function sniffFiles(
  files: readonly { key: string; picked: PickedFile }[],
  sniff: (fileName: string, dataBase64: string) => Promise<SniffResult | undefined>,
  onOne: (key: string, r: SniffResult | null) => void,
): Promise<void> {
  for (const f of files) {
    if (f.picked.file.size > MAX_SEND_BYTES) {
      onOne(f.key, null);
      continue;
    }
    let data: string;
    try {
      data = await readAsBase64(f.picked.file, () => {});
    } catch {
      onOne(f.key, null);
      continue;
    }
    onOne(f.key, (await sniff(f.picked.path, data)) ?? null);
  }
}

/** A row after its file was sniffed: the problem in words (and left out) unless it is ready and unlike the others. */
type Row = Sniffed & { key: string; problem: string | null; include: boolean };
export function withSniff<R extends Row>(row: R, r: SniffResult | null, rows: readonly R[]): R {
  if (!r) return { ...row, sniffed: true };
  const t = translate(checkNs);
  const twin = r.hash ? rows.find((x) => x.key !== row.key && x.sniffed && x.hash === r.hash && !x.problem) : undefined;
  const status = r.status !== 'ready' ? r.status : twin ? 'duplicateInBatch' : null;
  if (!status) return { ...row, sniffed: true, hash: r.hash };
  const detail =
    status === 'duplicateInBatch'
      ? twin!.key.split('\u0000')[0]!.split('/').pop()
      : changeInWords(r.problemSaid, r.problem);
  const problem = row.problem ?? `${t(`sniff.${status}`)}${detail ? ` — ${detail}` : ''}`;
  return { ...row, sniffed: true, hash: r.hash, include: false, problem };
}
