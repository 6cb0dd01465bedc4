/** Adopting one coder's coding of a unit as the consensus coder's; evidence in one coder's coding. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import { makeTmp, rmTmp } from '../helpers';

const TEXT = 'Interviewer: Og så?\n\nLeder: Vi fik hjælp til løftene, og det virkede. Bagefter kom kontrollen.\n';
let dir = '';
afterEach(() => {
  if (dir) rmTmp(dir);
});

async function project() {
  dir = makeTmp('team-adopt-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(
    file,
    projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'Team', now: '2026-01-01T00:00:00Z' }),
  );
  const svc = await openService(file, { user: 'u' });
  await svc.call('source.import', {
    fileName: 'Case 01 - Leder.txt',
    dataBase64: Buffer.from(TEXT).toString('base64'),
    caseId: '1',
    role: 'Leder',
  });
  const src = 'Case 01 - Leder';
  const k = await svc.call('segment.codeText', {
    source: src,
    text: 'Vi fik hjælp til løftene',
    kind: 'M',
    pt: ['#4a', '#5'],
    coder: 'Karen',
  });
  await svc.call('segment.codeText', {
    source: src,
    text: 'Bagefter kom kontrollen',
    kind: 'O',
    pt: ['#10'],
    coder: 'Karen',
  });
  const m = await svc.call('segment.codeText', {
    source: src,
    text: 'og det virkede',
    kind: 'M',
    pt: ['#4a'],
    coder: 'Mads',
  });
  await svc.call('cmoc.add', { pt: '#4a', segmentIds: [k.id] });
  await svc.call('cmoc.add', { pt: '#4a', segmentIds: [m.id] });
  return { svc, src };
}

describe('adopting a coding as the consensus', () => {
  it("copies one coder's segments of that unit only, for that unit, once; undo takes it back", async () => {
    const { svc, src } = await project();
    const r = await svc.call('coders.adopt', { source: src, from: 'karen', unit: { kind: 'M', pt: '#4a' } });
    expect(r.created).toHaveLength(1);
    const made = svc.project().segments.filter((s) => s.coder === 'Konsensus');
    expect(made.map((s) => [s.text, s.kind, s.pt])).toEqual([['Vi fik hjælp til løftene', 'M', ['#4a']]]);
    expect(svc.project().coders.map((c) => c.name)).toContain('Konsensus');
    // adopted again: nothing new, so no undo step and no log line claiming a change
    const steps = svc.project().history.undo.length;
    const logged = svc.project().log.length;
    expect(
      (await svc.call('coders.adopt', { source: src, from: 'Karen', unit: { kind: 'M', pt: '#4a' } })).created,
    ).toEqual([]);
    expect([svc.project().history.undo.length, svc.project().log.length]).toEqual([steps, logged]);
    // a unit the coder never coded: nothing adopted, and no consensus coder added for it either
    const none = await svc.call('coders.adopt', { source: src, from: 'Mads', as: 'Tredje', unit: { kind: 'O' } });
    expect(none.created).toEqual([]);
    expect(svc.project().coders.map((c) => c.name)).not.toContain('Tredje');
    expect(svc.project().history.undo).toHaveLength(steps);
    await svc.call('history.undo', {});
    expect(svc.project().segments.filter((s) => s.coder === 'Konsensus')).toEqual([]);
    expect(await svc.dispatch('coders.adopt', { source: src, from: 'Nobody', unit: { pt: '#4a' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Nobody/),
    });
  });
});

describe('adopting one passage', () => {
  it("copies only the given segments of the coder; another coder's segment id adopts nothing", async () => {
    const { svc, src } = await project();
    const karen = svc.project().segments.filter((s) => s.coder === 'Karen');
    const [k1, k2] = [karen[0]!, karen[1]!];
    const r = await svc.call('coders.adopt', { source: src, from: 'Karen', unit: { kind: 'O' }, segmentIds: [k2.id] });
    expect(r.created).toHaveLength(1);
    const made = () => svc.project().segments.filter((s) => s.coder === 'Konsensus');
    expect(made().map((s) => s.text)).toEqual(['Bagefter kom kontrollen']);
    // k1 is not of unit O; Mads's segment is not Karen's: nothing
    const mads = svc.project().segments.find((s) => s.coder === 'Mads')!;
    const none = await svc.call('coders.adopt', {
      source: src,
      from: 'Karen',
      unit: { kind: 'O' },
      segmentIds: [k1.id, mads.id],
    });
    expect(none.created).toEqual([]);
    expect(made()).toHaveLength(1);
  });
});

describe('evidence by coder', () => {
  it("shows one coder's passages and configurations", async () => {
    const { svc } = await project();
    const all = await svc.call('evidence.get', { pt: '#4a' });
    expect(all.quotes).toHaveLength(2);
    expect(all.configurations).toHaveLength(2);
    const mads = await svc.call('evidence.get', { pt: '#4a', coders: ['Mads'] });
    expect(mads.quotes.map((q) => q.text)).toEqual(['og det virkede']);
    expect(mads.configurations.map((c) => c.coder)).toEqual(['Mads']);
  });
});
