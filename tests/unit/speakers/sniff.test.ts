/** The import preview looks inside each file: empty, wrong content, password-protected, duplicate, ready. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { rmTmp } from '../helpers';
import { TEAMS_VTT, b64, freshService } from './fixtures';

let dir: string, svc: Service;
beforeEach(async () => ({ dir, svc } = await freshService()));
afterEach(() => rmTmp(dir));

const sniff = (fileName: string, data: string | Uint8Array) =>
  svc.call('import.sniff', { fileName, dataBase64: b64(data) });

describe('import.sniff', () => {
  it('says what each file is before import', async () => {
    expect(await sniff('tom.txt', '')).toMatchObject({ status: 'empty' });
    expect(await sniff('blank.txt', '   \n\n  ')).toMatchObject({ status: 'empty' });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]);
    const j = await sniff('Case 03 - Leder.docx', jpeg);
    expect(j).toMatchObject({ status: 'wrongContent' });
    expect(j.problem).toMatch(/billede/);
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 600);
    expect(await sniff('hemmelig.docx', ole)).toMatchObject({ status: 'encrypted' });
    const ready = await sniff('teams.vtt', TEAMS_VTT);
    expect(ready).toMatchObject({
      status: 'ready',
      problem: null,
      turns: 4,
      speakers: ['Interviewer (NFA)', 'Tilsynsførende'],
    });
    await svc.call('source.import', { fileName: 'teams.vtt', dataBase64: b64(TEAMS_VTT) });
    const dup = await sniff('kopi.vtt', TEAMS_VTT.replace(/\n/g, '\r\n'));
    expect(dup).toMatchObject({ status: 'duplicate', duplicateOf: { name: 'teams' }, hash: ready.hash });
    expect(await sniff('x.pdf', '%PDF-1.4')).toMatchObject({ status: 'unsupported' });
  });
});
