/** The import command, speaker mapping and speaker auto-coding through the service; the CLI's import and source. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { DuplicateSourceError } from '../../../src/service/commands/importSource';
import { main } from '../../../src/cli/main';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const AMR =
  'Interviewer: Hvad skete der?\n\nAMR: Vi fik løftegrej, og det hjalp på ryggen.\n\nInterviewer: Og ' +
  'så?\n\nAMR: Så lavede vi en handlingsplan.\n';
const FOCUS = 'Moderator: Velkommen.\n\nMA 1: Tak.\n\nMA 2: Vi glæder os.\n\nMA 1: Ja.\n';
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

let dir: string, file: string, svc: Service;
beforeEach(async () => {
  dir = makeTmp('cmo-import-svc-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  let n = 0;
  svc = await openService(file, { user: 'tester', now: () => '2024-05-01T10:00:00.000Z', newId: (p) => `${p}-${++n}` });
});
afterEach(() => rmTmp(dir));

describe('source.import', () => {
  it('takes case and role from the file name when not given, and maps the speaker to that participant', async () => {
    const r = await svc.call('source.import', { fileName: 'Case 07 - AMR.txt', dataBase64: b64(AMR) });
    expect(r.source).toMatchObject({ name: 'Case 07 - AMR', caseId: 'case-07', speakers: ['Interviewer', 'AMR'] });
    expect(r.turns).toBe(4);
    const p = svc.project();
    const src = p.sources[0]!;
    const amr = p.participants.find((x) => x.id === src.speakerMap['AMR'])!;
    expect(amr).toMatchObject({
      roleId: 'arbejdsmiljorepraesentant',
      caseId: 'case-07',
      label: 'Arbejdsmiljørepræsentant, Case 7',
    });
    expect(src.speakerMap['Interviewer']).toBeUndefined();
    expect(src.participantIds).toEqual([amr.id]);
  });

  it('given case and role win over the file name; fromFileName: false ignores it', async () => {
    const a = await svc.call('source.import', { fileName: 'Case 07 - AMR.txt', dataBase64: b64(AMR), caseId: '3' });
    expect(a.source.caseId).toBe('case-03');
    const b = await svc.call('source.import', {
      fileName: 'Case 08 - Leder.txt',
      dataBase64: b64('IP: Hej med dig.\n'),
      fromFileName: false,
    });
    expect(b.source.caseId).toBeNull();
  });

  it('a focus group: several speakers of no known role each get their own participant', async () => {
    await svc.call('source.import', { fileName: 'Case 05 fokusgruppe.txt', dataBase64: b64(FOCUS), role: 'MA' });
    const p = svc.project();
    const map = p.sources[0]!.speakerMap;
    expect(Object.keys(map).sort()).toEqual(['MA 1', 'MA 2']);
    expect(map['MA 1']).not.toBe(map['MA 2']);
    expect(p.participants.map((x) => x.label).sort()).toEqual([
      'Medarbejder (MA 1), Case 5',
      'Medarbejder (MA 2), Case 5',
    ]);
  });

  it('a duplicate (same normalised text) is refused with DuplicateSourceError and changes nothing', async () => {
    const first = await svc.call('source.import', { fileName: 'a.txt', dataBase64: b64(AMR) });
    const before = fs.readFileSync(file, 'utf8');
    const err = await svc
      .call('source.import', { fileName: 'kopi.txt', dataBase64: b64(AMR.replace(/\n/g, '\r\n')) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuplicateSourceError);
    const dup = err as DuplicateSourceError;
    expect([dup.existingId, dup.existingName, dup.message]).toEqual([
      first.source.id,
      'a',
      'kopi.txt: den samme tekst er allerede importeret som "a" — springes over',
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('a batch: failing files leave nothing behind, the good ones land', async () => {
    const files: [string, string | Uint8Array][] = [
      ['god1.txt', AMR],
      ['tom.txt', ''],
      ['junk.docx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])],
      ['god2.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Leder>Hej.\n'],
      ['x.exe', 'MZ'],
    ];
    const out: string[] = [];
    for (const [name, data] of files) {
      try {
        await svc.call('source.import', { fileName: name, dataBase64: b64(data) });
        out.push(`${name} ok`);
      } catch (e) {
        out.push((e as Error).message);
      }
    }
    expect(out[0]).toBe('god1.txt ok');
    expect(out[1]).toBe('tom.txt: filen er tom (0 byte)');
    expect(out[2]).toMatch(/^junk\.docx: filen er beskadiget/);
    expect(out[3]).toBe('god2.vtt ok');
    expect(out[4]).toMatch(/^x\.exe: filtypen \.exe understøttes ikke/);
    const disk = (await openProjectFile(file)).data;
    expect(disk.sources.map((s) => s.name)).toEqual(['god1', 'god2']);
    expect(disk.sources[1]!.turns).toEqual([{ start: 0, end: 11, speaker: 'Leder', time: 1 }]);
    expect(disk.log.filter((l) => l.command === 'source.import')).toHaveLength(2);
  });
});

describe('import.preview', () => {
  it('fills case and role from file names and says which cannot be read', async () => {
    const r = await svc.call('import.preview', {
      fileNames: ['Case 03 - Leder.docx', 'case3_AMR.txt', 'C14 Tilsynsførende.vtt', 'noter.pdf'],
    });
    expect(r.map((x) => [x.caseId, x.roleId, x.format, x.problem !== null])).toEqual([
      ['case-03', 'leder', 'docx', false],
      ['case-03', 'arbejdsmiljorepraesentant', 'txt', false],
      ['case-14', 'tilsynsforende', 'vtt', false],
      [null, null, null, true],
    ]);
  });
});

describe('speaker mapping and auto-coding', () => {
  let id: string;
  beforeEach(async () => {
    id = (await svc.call('source.import', { fileName: 'fg.txt', dataBase64: b64(FOCUS), caseId: '5' })).source.id;
  });

  it('source.setSpeakers maps labels to a role in the case, to an existing participant, or to nobody', async () => {
    const r = await svc.call('source.setSpeakers', {
      id,
      speakers: { 'MA 1': { role: 'AMR' }, 'MA 2': { role: 'Leder', label: 'MA 2' }, Moderator: null },
    });
    const p = svc.project();
    const map = p.sources[0]!.speakerMap;
    const who = (l: string) => p.participants.find((x) => x.id === map[l]);
    expect(who('MA 1')).toMatchObject({
      roleId: 'arbejdsmiljorepraesentant',
      caseId: 'case-05',
      label: 'Arbejdsmiljørepræsentant, Case 5',
    });
    expect(who('MA 2')).toMatchObject({ roleId: 'leder', caseId: 'case-05' });
    expect(map['Moderator']).toBeUndefined();
    expect(r.participants.map((x) => x.id).sort()).toEqual([map['MA 1'], map['MA 2']].sort());
    await svc.call('source.setSpeakers', { id, speakers: { 'MA 2': { participantId: map['MA 1']! } } });
    expect(svc.project().sources[0]!.participantIds).toEqual([map['MA 1']]);
    await expect(svc.call('source.setSpeakers', { id, speakers: { Ukendt: null } })).rejects.toThrow(
      /"Ukendt" er ikke en taler/,
    );
    // one undoable step each
    await svc.call('history.undo', {});
    expect(svc.project().sources[0]!.speakerMap['MA 2']).toBe(map['MA 2']);
  });

  it('source.autocode codes every turn of a speaker, without the label, once', async () => {
    const r = await svc.call('source.autocode', { source: 'fg', speaker: 'MA 1', kind: 'M', pt: ['4a'] });
    expect(r.created.map((s) => s.text)).toEqual(['Tak.', 'Ja.']);
    expect(r.created.every((s) => s.kind === 'M' && s.pt.join() === '#4a' && s.coder === 'tester')).toBe(true);
    const again = await svc.call('source.autocode', { source: 'fg', speaker: 'MA 1', kind: 'M', pt: ['4a'] });
    expect(again).toMatchObject({ created: [], skipped: 2 });
    const pid = svc.project().sources[0]!.speakerMap['MA 2']!;
    const byParticipant = await svc.call('source.autocode', { source: 'fg', participant: pid, kind: 'C', pt: ['4a'] });
    expect(byParticipant.created.map((s) => s.text)).toEqual(['Vi glæder os.']);
    expect(svc.project().segments).toHaveLength(3);
    await expect(svc.call('source.autocode', { source: 'fg', kind: 'C', pt: ['4a'] })).rejects.toThrow();
  });
});

describe('CLI', () => {
  async function cmo(...argv: string[]) {
    let stdout = '',
      stderr = '';
    const o = process.stdout.write,
      e = process.stderr.write;
    process.stdout.write = ((s: string) => {
      stdout += s;
      return true;
    }) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => {
      stderr += s;
      return true;
    }) as typeof process.stderr.write;
    try {
      return { code: await main(argv), stdout, stderr };
    } finally {
      process.stdout.write = o;
      process.stderr.write = e;
    }
  }

  it('cmo import --json: an object per file, duplicates and errors reported, exit 1; a folder’s files', async () => {
    const inDir = path.join(dir, 'in');
    fs.mkdirSync(path.join(inDir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(inDir, 'Case 07 - AMR.txt'), AMR);
    fs.writeFileSync(path.join(inDir, 'sub', 'kopi.txt'), AMR);
    fs.writeFileSync(path.join(inDir, 'tom.txt'), '');
    fs.writeFileSync(path.join(inDir, 'ignoreres.jpg'), 'x');
    const r = await cmo('import', file, inDir, '--json');
    expect(r.code).toBe(1);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => [path.basename(String(x.file)), x.status])).toEqual([
      ['Case 07 - AMR.txt', 'imported'],
      ['kopi.txt', 'duplicate'],
      ['tom.txt', 'error'],
    ]);
    expect(rows[0]).toMatchObject({
      chars: AMR.length,
      turns: 4,
      speakers: ['Interviewer', 'AMR'],
      warnings: [],
      error: null,
      case: 'case-07',
    });
    expect(rows[1]).toMatchObject({ sourceId: rows[0]!.sourceId });
    expect(rows[2]!.error).toBe('tom.txt: filen er tom (0 byte)');
  });

  it('cmo source --json gives text, turns, case, participants, notes and provenance', async () => {
    fs.writeFileSync(path.join(dir, 'Case 07 - AMR.txt'), AMR);
    expect((await cmo('import', file, path.join(dir, 'Case 07 - AMR.txt'))).code).toBe(0);
    const r = await cmo('source', file, 'Case 07 - AMR', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown> & {
      turns: { speaker: string; start: number; end: number }[];
      text: string;
    };
    expect(s).toMatchObject({
      name: 'Case 07 - AMR',
      text: AMR,
      case: { id: 'case-07', label: 'Case 7', number: 7 },
      notes: [],
      provenance: { fileName: 'Case 07 - AMR.txt', format: 'txt', encoding: 'UTF-8' },
    });
    expect(s.turns[1]).toEqual({
      speaker: 'AMR',
      start: AMR.indexOf('AMR:'),
      end: AMR.indexOf('\n\nInterviewer: Og'),
      time: null,
    });
    expect(s.participants).toEqual([expect.objectContaining({ role: 'Arbejdsmiljørepræsentant', speakers: ['AMR'] })]);
    expect((await cmo('source', file, 'findes-ikke')).code).toBe(1);
  });

  it('cmo source --map and --autocode: confirm the mapping, then code every turn of a speaker', async () => {
    fs.writeFileSync(path.join(dir, 'fg.txt'), FOCUS);
    expect((await cmo('import', file, path.join(dir, 'fg.txt'), '--case', '5')).code).toBe(0);
    const r = await cmo(
      'source',
      file,
      'fg',
      '--map',
      'MA 1=AMR',
      '--map',
      'Moderator=-',
      '--autocode',
      'MA 1',
      '--kind',
      'M',
      '--pt',
      '4a',
      '--json',
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      speakerMap: Record<string, string>;
      participants: { role: string | null; speakers: string[] }[];
    };
    expect(s.speakerMap['Moderator']).toBeUndefined();
    expect(s.participants).toContainEqual(
      expect.objectContaining({ role: 'Arbejdsmiljørepræsentant', speakers: ['MA 1'] }),
    );
    const disk = (await openProjectFile(file)).data;
    expect(disk.segments.map((x) => x.text)).toEqual(['Tak.', 'Ja.']);
    expect((await cmo('source', file, 'fg', '--autocode', 'MA 1')).code).toBe(2);
  });
});
