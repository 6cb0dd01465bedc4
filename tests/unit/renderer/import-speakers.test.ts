/** The speaker screen's plan (renderer/src/import/speakers.ts) sent through the real service. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { NONE, planSpeakers, sameChoice, savedChoice, type Choice } from '../../../renderer/src/import/speakers';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const TEAMS = `WEBVTT

00:00:01.000 --> 00:00:03.000
<v Taler 1>Kan du fortælle om besøget?</v>

00:00:04.000 --> 00:00:09.000
<v Taler 2>Vi kom ud i marts og så de tunge løft.</v>
`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

let dir: string, svc: Service;
beforeEach(async () => {
  dir = makeTmp('cmo-import-speakers-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  let n = 0;
  svc = await openService(file, { user: 'tester', now: () => '2024-05-01T10:00:00.000Z', newId: (p) => `${p}-${++n}` });
});
afterEach(() => rmTmp(dir));

/** The screen's rows for a source with the given edits, then what it saves. */
async function save(sourceId: string, edits: Record<string, Choice>) {
  const info = await svc.call('project.info', {});
  const { source } = await svc.call('source.get', { id: sourceId });
  const labels = [...new Set(source.turns.map((t) => t.speaker).filter(Boolean))];
  const rows = labels.map((label) => {
    const was = savedChoice(info, source.speakerMap, source.caseId, label);
    const choice = edits[label] ?? was;
    return { label, choice, changed: !sameChoice(choice, was) };
  });
  const plan = planSpeakers(info, rows);
  await svc.call('source.setSpeakers', { id: sourceId, speakers: plan });
  const after = await svc.call('project.info', {});
  const map = (await svc.call('source.get', { id: sourceId })).source.speakerMap;
  return {
    plan,
    who: Object.fromEntries(labels.map((l) => [l, after.participants.find((p) => p.id === map[l])?.label ?? null])),
  };
}

describe('speaker mapping plan', () => {
  it('Teams speakers, file named for the inspector: the interviewer set to nobody, the inspector kept', async () => {
    const r = await svc.call('source.import', { fileName: 'C14 Tilsynsførende.vtt', dataBase64: b64(TEAMS) });
    const { plan, who } = await save(r.source.id, { 'Taler 1': { who: NONE, caseId: 'case-14' } });
    expect(plan).toEqual({ 'Taler 1': null }); // only what changed is sent
    expect(who).toEqual({ 'Taler 1': null, 'Taler 2': 'Tilsynsførende (Taler 2), Case 14' });
  });

  it("a speaker set to a role in a case never borrows another speaker's own participant", async () => {
    const r = await svc.call('source.import', { fileName: 'C14 Tilsynsførende.vtt', dataBase64: b64(TEAMS) });
    await save(r.source.id, { 'Taler 1': { who: NONE, caseId: '' }, 'Taler 2': { who: 'leder', caseId: 'case-14' } });
    // back to the inspector: "Tilsynsførende (Taler 1), Case 14" is Taler 1's, not Taler 2's
    const { who } = await save(r.source.id, { 'Taler 2': { who: 'tilsynsforende', caseId: 'case-14' } });
    expect(who['Taler 2']).toBe('Tilsynsførende (Taler 2), Case 14');
  });

  it("a single speaker as a role is the case's participant of that role, shared by its interviews", async () => {
    const a = await svc.call('source.import', {
      fileName: 'Case 03 - Leder.txt',
      dataBase64: b64('Interviewer: Hej.\n\nIP: Vi fik en aftale.\n'),
    });
    const b = await svc.call('source.import', {
      fileName: 'Case 03 opfølgning.txt',
      dataBase64: b64('I: Og siden?\n\nX: Det holdt.\n'),
    });
    const { plan, who } = await save(b.source.id, { X: { who: 'leder', caseId: 'case-03' } });
    const leder = (await svc.call('source.get', { id: a.source.id })).source.speakerMap['IP'];
    expect(plan).toEqual({ X: { participantId: leder } });
    expect(who).toEqual({ I: null, X: 'Leder, Case 3' });
  });

  it('a focus group: two speakers as one role in one case are two participants', async () => {
    const r = await svc.call('source.import', {
      fileName: 'Case 05 fokusgruppe.txt',
      dataBase64: b64('Moderator: Velkommen.\n\nA: Tak.\n\nB: Ja.\n'),
    });
    const { who } = await save(r.source.id, {
      A: { who: 'medarbejder', caseId: 'case-05' },
      B: { who: 'medarbejder', caseId: 'case-05' },
    });
    expect(who).toEqual({ Moderator: null, A: 'Medarbejder (A), Case 5', B: 'Medarbejder (B), Case 5' });
  });
});
