import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/api/contract';
import { classifyError, runBatch, tally, withoutFilePrefix, type Outcome } from '../../../renderer/src/import/batch';
import { DomainError } from '../../../src/cmo/errors';
import { say } from '../../../src/cmo/logMessages';
import { isClutter, parentFolder, MAX_SEND_BYTES, HOST_MAX_BODY } from '../../../renderer/src/import/files';

const ok = (name: string) => ({ source: { id: name, name } }) as unknown as ImportResult;

describe('import batch', () => {
  it('imports one file after another; a failure does not stop the rest', async () => {
    const order: string[] = [];
    const outcomes = await runBatch(['a.txt', 'junk.docx', 'c.vtt'], {
      read: async (f, progress) => {
        order.push(`read ${f}`);
        progress(1);
        return f;
      },
      importOne: async (f) => {
        order.push(`import ${f}`);
        if (f === 'junk.docx') throw new Error('junk.docx: er ikke et Word-dokument');
        return ok(f);
      },
      onProgress: () => {},
      onOutcome: () => {},
      cancelled: () => false,
    });
    expect(order).toEqual([
      'read a.txt',
      'import a.txt',
      'read junk.docx',
      'import junk.docx',
      'read c.vtt',
      'import c.vtt',
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'error', 'imported']);
    expect(tally(outcomes)).toEqual({ imported: 2, duplicate: 0, error: 1, cancelled: 0 });
  });

  it('Cancel stops after the file under way; the rest are reported as cancelled', async () => {
    let cancel = false;
    const seen: [number, Outcome['status']][] = [];
    const outcomes = await runBatch([1, 2, 3, 4], {
      read: async () => '',
      importOne: async (n) => {
        if (n === 2) cancel = true;
        return ok(String(n));
      },
      onProgress: () => {},
      onOutcome: (i, o) => seen.push([i, o.status]),
      cancelled: () => cancel,
    });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'cancelled', 'cancelled']);
    expect(seen).toEqual([
      [0, 'imported'],
      [1, 'imported'],
      [2, 'cancelled'],
      [3, 'cancelled'],
    ]);
  });

  it("a read failure is that file's error", async () => {
    const outcomes = await runBatch(['x'], {
      read: async () => {
        throw new Error('disk gone');
      },
      importOne: async () => ok('x'),
      onProgress: () => {},
      onOutcome: () => {},
      cancelled: () => false,
    });
    expect(outcomes).toEqual([{ status: 'error', message: 'disk gone' }]);
  });

  it("tells a duplicate from an error by its code and keeps the existing source's name", () => {
    // as the API throws it: the host's Danish words, the refusal's code and data
    const refused = (code: string, data: Record<string, string>, text: string) =>
      Object.assign(new Error(text), { kind: 'domain', code, data });
    const dupText = 'kopi.txt: den samme tekst er allerede importeret som "Case 03 - Leder" — springes over';
    const dup = refused('errDuplicateImport', { file: 'kopi.txt', existingName: 'Case 03 - Leder' }, dupText);
    expect(classifyError(dup)).toMatchObject({ status: 'duplicate', existingName: 'Case 03 - Leder' });
    // the domain's own error (a DomainError with its code) too
    const own = new DomainError(say('errDuplicateImport', { file: 'kopi.txt', existingName: 'A' }));
    expect(classifyError(own)).toMatchObject({ status: 'duplicate', existingName: 'A' });
    // the words decide nothing: the same Danish text without the code is an error, another code too
    expect(classifyError(new Error(dupText))).toMatchObject({ status: 'error' });
    expect(classifyError(refused('errImportFile', { file: 'kopi.txt' }, dupText))).toMatchObject({ status: 'error' });
    expect(classifyError(new Error('junk.docx: er ikke et Word-dokument'))).toMatchObject({ status: 'error' });
    // the words shown are the window's (given)
    const english = () => 'kopi.txt: the same text has already been imported as "A" — skipped';
    expect(classifyError(own, english)).toEqual({ status: 'duplicate', existingName: 'A', message: english() });
    expect(
      classifyError(new Error('junk.docx: er ikke et Word-dokument'), () => 'junk.docx: is not a Word document'),
    ).toEqual({ status: 'error', message: 'junk.docx: is not a Word document' });
  });

  it('drops the file name the service puts in front of a message, only when it is there', () => {
    expect(withoutFilePrefix('junk.docx: er ikke et Word-dokument', 'mappe/junk.docx')).toBe(
      'er ikke et Word-dokument',
    );
    expect(withoutFilePrefix('request too large', 'junk.docx')).toBe('request too large');
  });

  it("leaves out clutter from folders, knows the parent folder, and stays under the host's body limit", () => {
    expect(isClutter('~$se 03 - Leder.docx')).toBe(true);
    expect(isClutter('.DS_Store')).toBe(true);
    expect(isClutter('Case 03 - Leder.docx')).toBe(false);
    expect(parentFolder('Interviews/Case 03/Leder.docx')).toBe('Case 03');
    expect(parentFolder('Leder.docx')).toBeNull();
    expect(Math.ceil(MAX_SEND_BYTES / 3) * 4).toBeLessThan(HOST_MAX_BODY);
  });
});
