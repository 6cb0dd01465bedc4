/**
 * Coder copies (blind: no trace of the others) and merging them back (complete, idempotent, one undo step, conflicts
 * listed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService, type Service } from '../../../src/service/service';
import { coderCopy } from '../../../src/cmo/coderCopy';
import { makeTmp, rmTmp } from '../helpers';

const TEXT = 'Interviewer: Og så?\n\nLeder: Vi fik hjælp til løftene, og det virkede. Bagefter kom kontrollen.\n';
let dir = '';
afterEach(() => {
  if (dir) rmTmp(dir);
});

async function main(): Promise<{ svc: Service; file: string }> {
  dir = makeTmp('team-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(
    file,
    projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'Team', now: '2026-01-01T00:00:00Z' }),
  );
  const svc = await openService(file, { user: 'os-bruger-7' });
  await svc.call('source.import', {
    fileName: 'Case 01 - Leder.txt',
    dataBase64: Buffer.from(TEXT).toString('base64'),
    caseId: '1',
    role: 'Leder',
  });
  const k = await svc.call('segment.codeText', {
    source: 'Case 01 - Leder',
    text: 'Vi fik hjælp til løftene',
    kind: 'M',
    pt: ['#4a'],
    coder: 'Karen Jensen',
    memo: 'Karens note',
  });
  await svc.call('cmoc.add', { pt: '#4a', segmentIds: [k.id], statement: 'Karens konfiguration' });
  await svc.call('segment.codeText', {
    source: 'Case 01 - Leder',
    text: 'Bagefter kom kontrollen',
    kind: 'O',
    pt: ['#10'],
    coder: 'Mads',
  });
  return { svc, file };
}
const b64 = (f: string) => fs.readFileSync(f).toString('base64');

describe('coder copies', () => {
  it('a blind copy keeps sources, cases, codebook, PT; nothing of another coder (log, undo, coders)', async () => {
    const { svc } = await main();
    const p = svc.project();
    const copy = coderCopy(p, { coder: 'Mads', blind: true, now: '2026-01-02T00:00:00Z' });
    expect(copy.sources.map((s) => s.id)).toEqual(p.sources.map((s) => s.id));
    expect(copy.cases).toEqual(p.cases);
    expect(copy.programmeTheory).toEqual(p.programmeTheory);
    expect(copy.segments.map((s) => s.coder)).toEqual(['Mads']);
    expect(copy.configurations).toEqual([]);
    expect(copy.history).toEqual({ undo: [], redo: [] });
    expect(copy.coders.map((c) => c.name)).toEqual(['Mads']);
    const json = JSON.stringify(copy);
    expect(json).not.toMatch(/Karen/);
    expect(json).not.toMatch(/os-bruger-7/); // the log's "who" is gone too
  });
  it('a copy that is not blind keeps everything and adds the coder', async () => {
    const { svc } = await main();
    const copy = coderCopy(svc.project(), { coder: 'Ny', blind: false, now: '2026-01-02T00:00:00Z' });
    expect(copy.segments).toHaveLength(2);
    expect(copy.coders.map((c) => c.name)).toEqual(['Karen Jensen', 'Mads', 'Ny']);
  });
});

describe('merging copies', () => {
  it('brings in codings and configurations once; merging again adds nothing; one undo takes it all back', async () => {
    const { svc, file } = await main();
    const copyFile = path.join(dir, 'mads.cmo.json');
    await createProjectFile(
      copyFile,
      coderCopy(svc.project(), { coder: 'Mads', blind: true, now: '2026-01-02T00:00:00Z' }),
    );
    const c = await openService(copyFile, { user: 'Mads' });
    const m = await c.call('segment.codeText', {
      source: 'Case 01 - Leder',
      text: 'Vi fik hjælp til løftene',
      kind: 'M',
      pt: ['#4a'],
      coder: 'Mads',
    });
    await c.call('cmoc.add', { pt: '#4a', segmentIds: [m.id], statement: 'Mads konfiguration' });
    const first = await svc.call('coders.merge', { copies: [{ name: copyFile, dataBase64: b64(copyFile) }] });
    expect(first.added).toMatchObject({ segments: 1, configurations: 1 });
    expect(first.skipped).toBe(1); // Mads's own coding from before the copy
    expect(first.conflicts).toEqual([]);
    expect(svc.project().segments).toHaveLength(3);
    expect(
      svc
        .project()
        .configurations.map((x) => x.coder)
        .sort(),
    ).toEqual(['Karen Jensen', 'Mads']);
    // merging again adds nothing, and leaves no trace: no undo step, no log line, the file not written
    const bytes = fs.readFileSync(file, 'utf8');
    const steps = svc.project().history.undo.length;
    const logged = svc.project().log.length;
    const again = await svc.call('coders.merge', { copies: [{ name: copyFile, dataBase64: b64(copyFile) }] });
    expect(again.added).toMatchObject({ segments: 0, configurations: 0, codes: 0, cases: 0 });
    expect(again.skipped).toBe(3);
    expect(svc.project().segments).toHaveLength(3);
    expect(svc.project().history.undo).toHaveLength(steps);
    expect(svc.project().history.undo.at(-1)?.command).toBe('coders.merge');
    expect(svc.project().log).toHaveLength(logged);
    expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
    await svc.call('history.undo', {});
    expect(svc.project().segments).toHaveLength(2);
    expect(svc.project().configurations).toHaveLength(1);
    expect(await svc.dispatch('coders.merge', { copies: [{ name: file, file, dataBase64: b64(file) }] })).toMatchObject(
      { ok: false, error: expect.stringMatching(/selve projektet/) },
    );
  });
  it('lists conflicts (a case attribute and a code changed on both sides) and keeps the project as it is', async () => {
    const { svc } = await main();
    await svc.call('codes.add', { path: 'Ramme/Tillid' });
    const base = svc.project();
    const copy = coderCopy(base, { coder: 'Mads', blind: true, now: '2026-01-02T00:00:00Z' });
    const caseId = base.sources[0]!.caseId!;
    const code = base.codes.find((x) => x.name === 'Tillid')!;
    const changed = {
      ...copy,
      cases: copy.cases.map((x) => (x.id === caseId ? { ...x, attributes: { ...x.attributes, sektor: 'Privat' } } : x)),
      codes: copy.codes.map((x) => (x.id === code.id ? { ...x, name: 'Tiltro' } : x)),
    };
    await svc.call('cases.update', { id: caseId, attributes: { sektor: 'Offentlig' } });
    const r = await svc.call('coders.merge', {
      copies: [{ name: 'mads.cmo.json', dataBase64: Buffer.from(JSON.stringify(changed)).toString('base64') }],
    });
    expect(r.conflicts.map((x) => [x.kind, x.here, x.there])).toEqual(
      expect.arrayContaining([
        ['attribute', 'Offentlig', 'Privat'],
        ['code', 'Tillid', 'Tiltro'],
      ]),
    );
    expect(svc.project().codes.find((x) => x.id === code.id)!.name).toBe('Tillid');
    expect(svc.project().cases.find((x) => x.id === caseId)!.attributes.sektor).toBe('Offentlig');
  });
  it("a corrected transcript's codings are mapped onto the project's text, the changed ones flagged", async () => {
    const { svc } = await main();
    const copyFile = path.join(dir, 'rettet.cmo.json');
    await createProjectFile(
      copyFile,
      coderCopy(svc.project(), { coder: 'Ole', blind: true, now: '2026-01-02T00:00:00Z' }),
    );
    const c = await openService(copyFile, { user: 'Ole' });
    await c.call('source.edit', { source: 'Case 01 - Leder', find: 'Og så?', replace: 'Og hvad skete der så?' });
    await c.call('segment.codeText', {
      source: 'Case 01 - Leder',
      text: 'Bagefter kom kontrollen',
      kind: 'O',
      pt: ['#10'],
      coder: 'Ole',
    });
    await c.call('source.edit', { source: 'Case 01 - Leder', find: 'kom kontrollen', replace: 'kom kontrolbesøget' });
    const r = await svc.call('coders.merge', { copies: [{ name: copyFile, dataBase64: b64(copyFile) }] });
    expect(r.added.segments).toBe(1);
    expect(r.conflicts.map((x) => x.kind)).toEqual(['transcript']);
    const ole = svc.project().segments.find((s) => s.coder === 'Ole')!;
    expect(TEXT.slice(ole.start, ole.end)).toBe('Bagefter kom kontrollen');
    expect(ole.needsReview).toBe(true);
    expect(r.flagged).toEqual([ole.id]);
  });
});

describe('the duplicate refusal is per coder', () => {
  it('two coders may code one passage the same way; one coder not twice', async () => {
    const { svc } = await main();
    const args = { source: 'Case 01 - Leder', text: 'Vi fik hjælp til løftene', kind: 'M' as const, pt: ['#4a'] };
    expect(await svc.dispatch('segment.codeText', { ...args, coder: 'Mads' })).toMatchObject({ ok: true });
    expect(await svc.dispatch('segment.codeText', { ...args, coder: 'Mads' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/allerede kodet/),
    });
    expect(await svc.dispatch('coders.agreement', { coders: ['Karen Jensen', 'Nobody'] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Nobody/),
    });
  });
});
