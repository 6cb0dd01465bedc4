import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ZodError } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import { DomainError } from '../../../src/cmo/segments';
import type { Project } from '../../../src/cmo/model';
import { logText } from '../../../src/cmo/logMessages';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const LEDER_TXT =
  'Interviewer: Hvordan oplevede I aftaleforløbet?\n\n' +
  'Leder: Vi fik en skriftlig aftale med en frist på tre måneder.\n' +
  'Den tilsynsførende var meget kompetent, og hun gav os “gode råd” om løft.\n\n' +
  'Interviewer: Og arbejdsmiljørepræsentanten?\n\n' +
  'AMR: Jeg var med til alle møderne, og vi fik en skriftlig aftale.\n';

const TF_TXT =
  'Interviewer: Hvad betyder aftaleforløb for dit arbejde?\r\n\r\n' +
  'IP: Jeg får mere tid til vejledning ude på virksomhederne.\r\n';

const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

let dir: string;
let file: string;
let svc: Service;
let tick: number;

async function open(): Promise<Service> {
  return openService(file, {
    user: 'tester',
    now: () => new Date(Date.UTC(2024, 4, 1, 10, 0, tick++)).toISOString(),
    newId: (() => {
      let n = 0;
      return (prefix: string) => `${prefix}-${++n}-${tick}`;
    })(),
  });
}
/** The project as it is on disk right now. */
async function onDisk(): Promise<Project> {
  return (await openProjectFile(file)).data;
}
const bytes = () => fs.readFileSync(file);

beforeEach(async () => {
  tick = 0;
  dir = makeTmp('cmo-svc-');
  file = path.join(dir, 'test.cmo.json');
  await createProjectFile(file, nfaProject());
  svc = await open();
});
afterEach(() => rmTmp(dir));

async function importLeder() {
  return svc.call('source.import', {
    fileName: 'leder-case3.txt',
    dataBase64: b64(LEDER_TXT),
    caseId: '3',
    role: 'Leder',
  });
}

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

describe('segment.add, update and remove', () => {
  let sourceId: string;
  let text: string;
  beforeEach(async () => {
    sourceId = (await importLeder()).source.id;
    text = svc.project().sources[0]!.text;
  });

  it('snaps a selection to whole words by default', async () => {
    const s = text.indexOf('ompetent'),
      e = text.indexOf(' og hun') - 3;
    const seg = await svc.call('segment.add', { sourceId, start: s, end: e, kind: 'M', pt: ['4a'] });
    expect(seg.text).toBe('kompetent');
    expect(seg.start).toBe(text.indexOf('kompetent'));
    const raw = await svc.call('segment.add', {
      sourceId,
      start: s,
      end: e,
      kind: 'M',
      pt: ['4a'],
      snapToWords: false,
    });
    expect(raw.text).toBe(text.slice(s, e));
  });

  it('refuses a range past the end or a blank range', async () => {
    expect(
      await svc.dispatch('segment.add', {
        sourceId,
        start: 0,
        end: text.length + 5,
        kind: 'M',
        pt: ['4a'],
        snapToWords: false,
      }),
    ).toMatchObject({ ok: false, kind: 'domain' });
    const blank = text.indexOf('\n\n');
    expect(
      await svc.dispatch('segment.add', { sourceId, start: blank, end: blank + 2, kind: 'M', pt: ['4a'] }),
    ).toMatchObject({ ok: false, kind: 'domain' });
  });

  it('updates and removes, each on disk when the call returns', async () => {
    const seg = await svc.call('segment.codeText', {
      source: sourceId,
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    const upd = await svc.call('segment.update', {
      id: seg.id,
      patch: { verdict: 'refines', memo: 'Ekspertrolle', pt: ['4a', '4b'] },
    });
    expect(upd).toMatchObject({ verdict: 'refines', memo: 'Ekspertrolle', pt: ['#4a', '#4b'] });
    expect((await onDisk()).segments[0]).toMatchObject({ verdict: 'refines', pt: ['#4a', '#4b'] });
    const moved = await svc.call('segment.update', {
      id: seg.id,
      patch: { start: text.indexOf('Den tilsynsførende') },
    });
    expect(moved.text).toBe('Den tilsynsførende var meget kompetent');
    await svc.call('segment.remove', { id: seg.id });
    expect(svc.project().segments).toEqual([]);
    expect((await onDisk()).segments).toEqual([]);
    // bad input: the issue (in Danish from zod's own locale) for the window to put after its own "invalid input"
    const invalid = await svc.dispatch('segment.remove', {});
    expect(invalid).toMatchObject({
      ok: false,
      kind: 'invalid',
      error: 'Ugyldigt input — id: Ugyldigt input: forventede streng, fik undefined',
      code: 'errInvalidIssue',
    });
    const refused = await svc.dispatch('segment.remove', { id: seg.id });
    expect(refused).toMatchObject({
      ok: false,
      kind: 'domain',
      error: `Ukendt kodning: ${seg.id}`,
      code: 'errUnknownSegment',
      data: { id: seg.id },
    });
    // the window shows it in its own language
    const said = !refused.ok && refused.code ? { key: refused.code, params: refused.data } : null;
    expect(said && logText(said, 'en')).toBe(`Unknown coding: ${seg.id}`);
  });
});

describe('undo and redo', () => {
  it('restore earlier states while the audit log keeps growing', async () => {
    await importLeder();
    const afterImport = svc.project();
    const seg = await svc.call('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    const afterCode = svc.project();
    const logBefore = afterCode.log.length;

    const h = await svc.call('history.undo', {});
    expect(h).toMatchObject({ canUndo: true, canRedo: true });
    expect(svc.project().segments).toEqual(afterImport.segments);
    expect(svc.project().sources).toEqual(afterImport.sources);
    expect(svc.project().log).toHaveLength(logBefore + 1);
    expect(svc.project().log.at(-1)).toMatchObject({ command: 'history.undo', who: 'tester' });
    expect(svc.project().log.at(-1)!.summary).toMatch(/^Fortrød: /);
    // recorded as messages too, so the window shows them in its own language
    const undone = svc.project().log.at(-1)!.message!;
    expect(logText(undone, 'en')).toBe(
      `Undid: Coded M #4a in "leder-case3" [${seg.start}–${seg.end}] "meget kompetent"`,
    );
    expect(logText(undone, 'da')).toBe(svc.project().log.at(-1)!.summary);
    expect(await svc.call('history.state', {})).toMatchObject({
      redoMessage: { key: 'segmentAdded' },
      undoMessage: { key: 'imported' },
    });
    expect((await onDisk()).segments).toEqual([]);

    await svc.call('history.redo', {});
    expect(svc.project().segments).toEqual([seg]);
    expect(svc.project().log).toHaveLength(logBefore + 2);
    expect(svc.project().log.at(-1)!.command).toBe('history.redo');
    expect((await onDisk()).segments).toEqual([seg]);

    await svc.call('history.undo', {});
    await svc.call('history.undo', {});
    expect(svc.project().sources).toEqual([]);
    expect(svc.project().participants).toEqual([]);
    expect(svc.project().log).toHaveLength(logBefore + 4);
    const state = await svc.call('history.state', {});
    expect(state).toMatchObject({ canUndo: false, canRedo: true });
    const none = await svc.dispatch('history.undo', {});
    expect(none).toMatchObject({ ok: false, kind: 'domain' });
    expect(!none.ok && none.error).toMatch(/intet at fortryde/);
  });

  it('a new change clears redo', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'meget kompetent', kind: 'M', pt: ['4a'] });
    await svc.call('history.undo', {});
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'gode råd', kind: 'O', pt: ['5'] });
    expect(await svc.call('history.state', {})).toMatchObject({ canRedo: false, canUndo: true });
    expect(await svc.dispatch('history.redo', {})).toMatchObject({ ok: false, kind: 'domain' });
  });

  it('undo keeps the file equal to the state in memory', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'meget kompetent', kind: 'M', pt: ['4a'] });
    await svc.call('history.undo', {});
    expect(await onDisk()).toEqual(svc.project());
  });
});

describe('failures change nothing', () => {
  it('a failed mutation leaves the project and the file unchanged', async () => {
    await importLeder();
    const before = svc.project();
    const disk = bytes();
    const mtime = fs.statSync(file).mtimeMs;
    const history = await svc.call('history.state', {});
    for (const [m, params] of [
      ['segment.codeText', { source: 'leder-case3', text: 'en skriftlig aftale', kind: 'O', pt: ['9'] }],
      ['segment.add', { sourceId: 'nope', start: 0, end: 5, kind: 'C', pt: ['1'] }],
      ['segment.update', { id: 'nope', patch: { kind: 'M' } }],
      ['source.update', { id: 'nope', name: 'x' }],
      ['segment.add', { start: 'x' }],
    ] as const) {
      const r = await svc.dispatch(m, params);
      expect(r.ok, m).toBe(false);
    }
    expect(svc.project()).toBe(before);
    expect(bytes()).toEqual(disk);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(await svc.call('history.state', {})).toEqual(history);
  });

  it('a change saved by another program meanwhile is kept: the command is run again on the fresh file', async () => {
    await importLeder();
    const theirs = fs.readFileSync(file, 'utf8').replace('"Testprojekt"', '"Ændret udefra"');
    fs.writeFileSync(file, theirs);
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    expect(r).toMatchObject({ ok: true });
    const disk = JSON.parse(fs.readFileSync(file, 'utf8')) as Project;
    expect(disk.name).toBe('Ændret udefra');
    expect(disk.segments.map((s) => s.text)).toContain('meget kompetent');
    expect(svc.project().name).toBe('Ændret udefra');
  });

  it('a damaged file saved by another program is refused naming the file, and left as it is', async () => {
    await importLeder();
    const before = svc.project();
    const theirs = fs.readFileSync(file, 'utf8').slice(0, 200);
    fs.writeFileSync(file, theirs);
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    expect(r).toMatchObject({ ok: false, kind: 'file' });
    expect(!r.ok && r.error).toContain(file);
    expect(svc.project()).toBe(before);
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
  });
});

describe('dispatch', () => {
  it('answers an unknown method with kind "invalid"', async () => {
    const r = await svc.dispatch('segment.explode', {});
    expect(r).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!r.ok && r.error).toMatch(/segment\.explode/);
    expect(await svc.dispatch('__proto__', {})).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await svc.dispatch('toString', {})).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('answers bad params with kind "invalid", naming the field', async () => {
    const bad = await svc.dispatch('segment.add', { sourceId: 's', start: 'nul', end: 5, kind: 'C', pt: ['1'] });
    expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!bad.ok && bad.error).toMatch(/start/);
    expect(await svc.dispatch('segment.add', { sourceId: 's', start: 0, end: 5, kind: 'X', pt: ['1'] })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(await svc.dispatch('segment.add', { sourceId: 's', start: 0, end: 5, kind: 'C', pt: [] })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(await svc.dispatch('project.info', { extra: 1 })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await svc.dispatch('source.import', null)).toMatchObject({ ok: false, kind: 'invalid' });
    await expect(svc.call('segment.remove', {})).rejects.toBeInstanceOf(ZodError);
  });

  it('answers queries with ok and the result', async () => {
    await importLeder();
    const info = await svc.dispatch('project.info', {});
    expect(info.ok).toBe(true);
    expect(info.ok && info.result).toMatchObject({
      file: path.resolve(file),
      sources: 1,
      segments: 0,
      template: 'nfa-aftaleforloeb',
    });
  });
});

describe('queries through the service', () => {
  it('matrix, quotes and log reflect the coding', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'meget kompetent', kind: 'M', pt: ['4a'] });
    await svc.call('segment.codeText', {
      source: 'leder-case3',
      text: 'Jeg var med til alle møderne',
      kind: 'C',
      pt: ['4a', '9'],
    });
    const m = await svc.call('matrix.compute', { rows: 'role' });
    const col = m.cols.findIndex((c) => c.id === '#4a');
    expect(m.cells[m.rows.findIndex((r) => r.id === 'leder')]![col]).toBe(1);
    expect(m.cells[m.rows.findIndex((r) => r.id === 'arbejdsmiljorepraesentant')]![col]).toBe(1);
    const quotes = await svc.call('quotes.list', { roles: ['AMR'] });
    expect(quotes.map((q) => q.attribution)).toEqual(['(Arbejdsmiljørepræsentant, case 3)']);
    const md = await svc.call('quotes.markdown', { pts: ['9'] });
    expect(md.count).toBe(1);
    expect(md.markdown).toContain('> ”Jeg var med til alle møderne”  \n> (Arbejdsmiljørepræsentant, case 3)');
    expect(md.markdown).not.toContain('## #4a');
    const log = await svc.call('log.list', { limit: 2 });
    expect(log.map((e) => e.command)).toEqual(['segment.codeText', 'segment.codeText']);
    expect(log[0]!.summary).toContain('Jeg var med til alle møderne');
    const src = await svc.call('source.get', { id: svc.project().sources[0]!.id });
    expect(src.segments.map((s) => s.text)).toEqual(['meget kompetent', 'Jeg var med til alle møderne']);
  });
});

describe('persistence', () => {
  it('every mutation is on disk when the call returns, also for concurrent calls', async () => {
    await importLeder();
    expect(await onDisk()).toEqual(svc.project());
    const texts = ['meget kompetent', 'gode råd', 'tre måneder'];
    const results = await Promise.all(
      texts.map((t) => svc.call('segment.codeText', { source: 'leder-case3', text: t, kind: 'M', pt: ['4a'] })),
    );
    expect(results.map((r) => r.text)).toEqual(texts);
    const disk = await onDisk();
    expect(disk).toEqual(svc.project());
    expect(disk.segments.map((s) => s.text)).toEqual(texts);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a new session sees the saved work and can undo it', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'gode råd', kind: 'O', pt: ['5'] });
    const again = await open();
    expect(again.project()).toEqual(svc.project());
    expect(await again.call('history.state', {})).toMatchObject({ canUndo: true });
    await again.call('history.undo', {});
    expect((await onDisk()).segments).toEqual([]);
  });
});
