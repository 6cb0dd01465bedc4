/** Imports read in a worker thread: the host answers other calls while a large file is read; reads can be cancelled. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { cancelReads, loadTranscriptOffThread } from '../../../src/import/offThread';
import { loadTranscript } from '../../../src/import/index';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTmp('cmo-offthread-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
});
afterEach(() => rmTmp(dir));

const big = () =>
  Buffer.from(
    Array.from(
      { length: 30_000 },
      (_, i) =>
        `Interviewer: Spørgsmål ${i}?\n\nLeder: Svar nummer ${i} om løft, påbud og arbejdsmiljø i virksomheden.\n`,
    ).join('\n'),
  );

describe('reading imports off the host thread', () => {
  it('the same transcript as in this thread; an ImportError naming the file for bad input', async () => {
    const bytes = Buffer.from('Interviewer: Hej?\n\nLeder: Ja, hej — æøå.\n');
    expect(await loadTranscriptOffThread('Case 01 - Leder.txt', bytes)).toEqual(
      await loadTranscript('Case 01 - Leder.txt', bytes),
    );
    await expect(
      loadTranscriptOffThread('billede.docx', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])),
    ).rejects.toThrow(/^billede\.docx: /);
  });

  it('the host answers while a large file is read', async () => {
    const svc = await openService(file, { user: 'a', offThreadImports: true });
    const data = big().toString('base64');
    let importDone = 0;
    const importing = svc
      .dispatch('source.import', { fileName: 'Case 02 - Leder.txt', dataBase64: data, caseId: '2', role: 'Leder' })
      .then((r) => {
        importDone = Date.now();
        return r;
      });
    await new Promise((r) => setTimeout(r, 30));
    const info = await svc.dispatch('project.info', {});
    const infoDone = Date.now();
    expect(info.ok).toBe(true);
    const r = await importing;
    expect(r).toMatchObject({ ok: true });
    expect(infoDone).toBeLessThan(importDone);
    expect(svc.project().sources).toHaveLength(1);
  });

  it('a read can be cancelled: the import is refused with that said, nothing changes', async () => {
    const svc = await openService(file, { user: 'a', offThreadImports: true });
    const importing = svc.dispatch('source.import', {
      fileName: 'Case 02 - Leder.txt',
      dataBase64: big().toString('base64'),
      caseId: '2',
      role: 'Leder',
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(cancelReads()).toBe(1);
    const r = await importing;
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/Case 02 - Leder\.txt: indlæsningen blev afbrudt/);
    expect(svc.project().sources).toHaveLength(0);
  });
});
