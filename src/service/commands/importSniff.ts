/**
 * The import preview's look inside each file before "Import": read as the import would, and
 * said plainly when it is empty, not what its extension says (a JPEG named .docx), password-
 * protected, unreadable, or the same text as a source already in the project (content hash).
 */
import path from 'node:path';
import type { Project } from '../../cmo/model';
import { say, wordsFor } from '../../cmo/logMessages';
import { loadTranscript } from '../../import/index';
import { ImportError } from '../../import/errors';
import { contentHash } from './importSource';
import type { SniffResult, SniffStatus } from '../../api/contract';

const KIND: Record<string, SniffStatus> = {
  errZeroBytes: 'empty',
  errNoText: 'empty',
  errNoCues: 'empty',
  errFileHasNoText: 'empty',
  errEncryptedWord: 'encrypted',
  errEncryptedOdt: 'encrypted',
  errIsImage: 'wrongContent',
  errIsPdf: 'wrongContent',
  errIsProgram: 'wrongContent',
  errNotZip: 'wrongContent',
  errIsZip: 'wrongContent',
  errDocNamedDocx: 'wrongContent',
  errOldOfficeFormat: 'wrongContent',
  errLooksBinary: 'wrongContent',
  errOdtNotText: 'wrongContent',
  errZipNotDocument: 'wrongContent',
  errOldWordFormat: 'unsupported',
  errPdfUnsupported: 'unsupported',
  errPagesUnsupported: 'unsupported',
  errSpreadsheetUnsupported: 'unsupported',
  errAudioUnsupported: 'unsupported',
  errVideoUnsupported: 'unsupported',
  errUnsupportedType: 'unsupported',
};

export async function sniffImport(project: Project, p: { fileName: string; dataBase64: string }): Promise<SniffResult> {
  const fileName = path.basename(p.fileName);
  const base = { fileName, hash: null, duplicateOf: null, turns: 0, speakers: [] };
  try {
    const t = await loadTranscript(fileName, Buffer.from(p.dataBase64, 'base64'));
    const none = say('errNoText');
    if (!t.text.trim()) return { ...base, status: 'empty', problem: wordsFor(none, 'da'), problemSaid: none };
    const hash = contentHash(t.text);
    const dup = project.sources.find((s) => s.contentHash === hash);
    const speakers = [...new Set(t.turns.map((x) => x.speaker).filter(Boolean))];
    if (dup) {
      const said = say('errDuplicateImport', { file: fileName, existingName: dup.name });
      return {
        ...base,
        hash,
        turns: t.turns.length,
        speakers,
        status: 'duplicate',
        problem: wordsFor(said, 'da'),
        problemSaid: said,
        duplicateOf: { id: dup.id, name: dup.name },
      };
    }
    return { ...base, hash, turns: t.turns.length, speakers, status: 'ready', problem: null, problemSaid: null };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    const inner = e.said?.params?.problem;
    const key = inner && !Array.isArray(inner) && typeof inner === 'object' ? inner.key : '';
    return { ...base, status: KIND[key] ?? 'unreadable', problem: e.problem, problemSaid: e.said ?? null };
  }
}
