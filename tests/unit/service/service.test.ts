// The service: importing a source and coding text through it (the rest: service-edits, service-dispatch).
import iconv from 'iconv-lite';
import { DomainError } from '../../../src/cmo/segments';
import { logText } from '../../../src/cmo/logMessages';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEDER_TXT, TF_TXT, b64, svc, onDisk, bytes, importLeder, withService } from './setup';

withService();

describe('source.import', () => {
  it('imports a Danish .txt with case "3" and maps speakers to participants of that case', async () => {
    const r = await importLeder();
    expect(r.source).toMatchObject({ name: 'leder-case3', caseId: 'case-03', format: 'txt', segments: 0 });
    expect(r.source.speakers).toEqual(['Interviewer', 'Leder', 'AMR']);
    const p = svc.project();
    const src = p.sources[0]!;
    expect(src.text).toBe(LEDER_TXT);
    expect(src.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'Leder', 'Interviewer', 'AMR']);
    // the interviewer is no participant; Leder and AMR (by alias) are, in case 3
    expect(Object.keys(src.speakerMap).sort()).toEqual(['AMR', 'Leder']);
    const byLabel = (l: string) => p.participants.find((x) => x.id === src.speakerMap[l]);
    expect(byLabel('Leder')).toMatchObject({ roleId: 'leder', caseId: 'case-03', label: 'Leder, Case 3' });
    expect(byLabel('AMR')).toMatchObject({
      roleId: 'arbejdsmiljorepraesentant',
      caseId: 'case-03',
      label: 'Arbejdsmiljørepræsentant, Case 3',
    });
    expect(src.participantIds.sort()).toEqual(Object.values(src.speakerMap).sort());
    expect(src.provenance).toMatchObject({
      fileName: 'leder-case3.txt',
      format: 'txt',
      encoding: 'UTF-8',
      bytes: Buffer.byteLength(LEDER_TXT),
    });
    expect(await onDisk()).toEqual(p);
  });

  it('gives an unrecognised speaker label the --role, and normalises CRLF', async () => {
    await svc.call('source.import', { fileName: 'tf.txt', dataBase64: b64(TF_TXT), role: 'TF' });
    const p = svc.project();
    const src = p.sources[0]!;
    expect(src.text).not.toContain('\r');
    expect(src.caseId).toBeNull();
    expect(p.participants.find((x) => x.id === src.speakerMap.IP)).toMatchObject({
      roleId: 'tilsynsforende',
      caseId: null,
    });
  });

  it('reuses the participant of a case and role for a second interview', async () => {
    await importLeder();
    await svc.call('source.import', {
      fileName: 'leder-case3-del2.txt',
      dataBase64: b64('Leder: Anden del af interviewet.'),
      caseId: 'Case 3',
    });
    const p = svc.project();
    expect(p.participants.filter((x) => x.roleId === 'leder')).toHaveLength(1);
    expect(p.sources[1]!.speakerMap.Leder).toBe(p.sources[0]!.speakerMap.Leder);
  });

  it('reads Windows-1252 bytes as the same Danish text', async () => {
    const r = await svc.call('source.import', {
      fileName: 'leder-1252.txt',
      dataBase64: b64(iconv.encode(LEDER_TXT, 'windows-1252')),
      caseId: '3',
      role: 'Leder',
    });
    const src = svc.project().sources[0]!;
    expect(src.text).toBe(LEDER_TXT);
    expect(src.provenance.encoding).not.toBe('UTF-8');
    expect(r.warnings.length).toBeGreaterThan(0);
    // stored in Danish, and as messages the window shows in its language
    expect(src.provenance.warnings).toEqual([`Filen var ikke UTF-8; læst som ${src.provenance.encoding}`]);
    expect(r.warningsSaid!.map((w) => logText(w, 'en'))).toEqual([
      `The file was not UTF-8; read as ${src.provenance.encoding}`,
    ]);
    expect(src.provenance.warningsSaid).toEqual(r.warningsSaid);
  });

  it('refuses the same text again, also from another file name or encoding, and leaves the file alone', async () => {
    await importLeder();
    const before = bytes();
    const again = await svc.dispatch('source.import', {
      fileName: 'kopi.txt',
      dataBase64: b64(iconv.encode(LEDER_TXT.replace(/\n/g, '\r\n'), 'windows-1252')),
    });
    expect(again).toMatchObject({ ok: false, kind: 'domain' });
    expect(!again.ok && again.error).toMatch(/allerede importeret som "leder-case3"/);
    expect(bytes()).toEqual(before);
    expect(svc.project().sources).toHaveLength(1);
  });

  it('refuses an unknown case or role, naming the known ones', async () => {
    const c = await svc.dispatch('source.import', { fileName: 'x.txt', dataBase64: b64('Leder: hej'), caseId: '42' });
    expect(c).toMatchObject({ ok: false, kind: 'domain' });
    expect(!c.ok && c.error).toMatch(/ukendt case "42".*Case 1/);
    const r = await svc.dispatch('source.import', {
      fileName: 'x.txt',
      dataBase64: b64('Leder: hej'),
      role: 'Borgmester',
    });
    expect(!r.ok && r.error).toMatch(/ukendt rolle "Borgmester"/);
    expect(svc.project().sources).toEqual([]);
  });

  it('refuses an empty file and an unsupported type', async () => {
    expect(await svc.dispatch('source.import', { fileName: 'tom.txt', dataBase64: '' })).toMatchObject({
      ok: false,
      kind: 'domain',
    });
    expect(await svc.dispatch('source.import', { fileName: 'blank.txt', dataBase64: b64(' \n\n ') })).toMatchObject({
      ok: false,
      kind: 'domain',
    });
    expect(await svc.dispatch('source.import', { fileName: 'x.pdf', dataBase64: b64('%PDF-1.4') })).toMatchObject({
      ok: false,
      kind: 'domain',
    });
  });

  it('gives a clashing name a number', async () => {
    await importLeder();
    const r = await svc.call('source.import', {
      fileName: 'leder-case3.txt',
      dataBase64: b64('Leder: Noget helt andet.'),
    });
    expect(r.source.name).toBe('leder-case3 (2)');
  });
});

describe('segment.codeText', () => {
  beforeEach(async () => {
    await importLeder();
  });

  it('codes a unique passage, tolerant of line breaks and quote style', async () => {
    const seg = await svc.call('segment.codeText', {
      source: 'leder-case3',
      text: 'kompetent, og hun gav os "gode råd"',
      kind: 'M',
      pt: ['4a'],
      verdict: 'supports',
    });
    const text = svc.project().sources[0]!.text;
    expect(text.slice(seg.start, seg.end)).toBe('kompetent, og hun gav os “gode råd”');
    expect(seg).toMatchObject({
      kind: 'M',
      pt: ['#4a'],
      verdict: 'supports',
      coder: 'tester',
      text: 'kompetent, og hun gav os “gode råd”',
    });
    const across = await svc.call('segment.codeText', {
      source: 'leder-case3.txt',
      text: 'tre måneder. Den tilsynsførende',
      kind: 'C',
      pt: ['#11'],
    });
    expect(text.slice(across.start, across.end)).toBe('tre måneder.\nDen tilsynsførende');
    expect((await onDisk()).segments.map((s) => s.id)).toEqual([seg.id, across.id]);
  });

  it('refuses a passage that is not there', async () => {
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'det står her ikke',
      kind: 'C',
      pt: ['1'],
    });
    expect(r).toMatchObject({ ok: false, kind: 'domain' });
    expect(!r.ok && r.error).toMatch(/findes ikke i "leder-case3": "det står her ikke"/);
  });

  it('refuses a passage that occurs more than once, saying where', async () => {
    const text = svc.project().sources[0]!.text;
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'en skriftlig aftale',
      kind: 'O',
      pt: ['9'],
    });
    expect(r).toMatchObject({ ok: false, kind: 'domain' });
    const first = text.indexOf('en skriftlig aftale'),
      second = text.lastIndexOf('en skriftlig aftale');
    expect(!r.ok && r.error).toContain('forekommer 2 gange');
    expect(!r.ok && r.error).toContain(`${first}, ${second}`);
  });

  it('refuses an unknown source or PT', async () => {
    expect(
      await svc.dispatch('segment.codeText', { source: 'findes-ikke', text: 'Leder', kind: 'C', pt: ['1'] }),
    ).toMatchObject({ ok: false, kind: 'domain' });
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'C',
      pt: ['4c'],
    });
    expect(!r.ok && r.error).toMatch(/Ukendt programteoripunkt: 4c/);
  });

  it('throws a DomainError from call()', async () => {
    await expect(
      svc.call('segment.codeText', { source: 'leder-case3', text: 'ikke her', kind: 'C', pt: ['1'] }),
    ).rejects.toBeInstanceOf(DomainError);
  });
});
