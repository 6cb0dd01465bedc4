/** Interviewer detection at import, the same for every format: the interviewer is nobody's participant. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../src/service/service';
import { isInterviewerName } from '../../../src/cmo/interviewers';
import { rmTmp } from '../helpers';
import { FOCUS_TXT, TEAMS_NAMED_VTT, TEAMS_VTT, ZOOM_VTT, b64, freshService } from './fixtures';

let dir: string, svc: Service;
beforeEach(async () => ({ dir, svc } = await freshService()));
afterEach(() => rmTmp(dir));

const mapOf = (name: string) => svc.project().sources.find((s) => s.name === name)!.speakerMap;
const labelOf = (pid: string | undefined) => svc.project().participants.find((p) => p.id === pid)?.label;

describe('interviewer names', () => {
  it('match the defaults with suffixes, and nothing that merely starts like them', () => {
    for (const l of [
      'I',
      'Int',
      'Interviewer',
      'Intervieweren',
      'Moderator',
      'Facilitator',
      'Forsker',
      'Interviewer (NFA)',
      'I1',
      'I 2',
      'Interviewer 2',
      'interviewer 2 (NFA)',
      'Researcher 1',
      'Moderator [KJ]',
    ])
      expect(isInterviewerName(l), l).toBe(true);
    for (const l of [
      'Ida',
      'Ib',
      'Leder',
      'Interviewperson',
      'Tilsynsførende',
      'IP',
      'Inger (NFA)',
      'Forskeren Hansen',
    ])
      expect(isInterviewerName(l), l).toBe(false);
  });
  it('user-added names match with their own suffixes too', () => {
    expect(isInterviewerName('Karen Jensen (NFA)', ['Karen Jensen'])).toBe(true);
    expect(isInterviewerName('karen  jensen (NFA)', ['Karen Jensen (NFA)'])).toBe(true);
    expect(isInterviewerName('Karen Jensenius', ['Karen Jensen'])).toBe(false);
  });
});

describe('import maps every voice but the interviewer', () => {
  it('Teams VTT `<v Interviewer (NFA)>` + `<v Tilsynsførende>`: the interviewer on nobody', async () => {
    const r = await svc.call('source.import', {
      fileName: 'teams.vtt',
      dataBase64: b64(TEAMS_VTT),
      caseId: '4',
      role: 'Tilsynsførende',
    });
    expect(r.source.speakers.sort()).toEqual(['Interviewer (NFA)', 'Tilsynsførende']);
    const map = mapOf('teams');
    expect(map['Interviewer (NFA)']).toBeUndefined();
    expect(labelOf(map['Tilsynsførende'])).toBe('Tilsynsførende, Case 4');
    expect(svc.project().sources[0]!.participantIds).toEqual([map['Tilsynsførende']]);
  });

  it('a researcher’s Teams name is the interviewer once listed; listed later, her turns are unmapped', async () => {
    await svc.call('source.import', { fileName: 'Case 03 - Leder.vtt', dataBase64: b64(TEAMS_NAMED_VTT) });
    // before: two voices, so two participants to confirm — never one participant for both
    const before = mapOf('Case 03 - Leder');
    expect(before['Karen Jensen (NFA)']).toBeDefined();
    expect(before['Karen Jensen (NFA)']).not.toBe(before['Ole Madsen']);
    const added = await svc.call('interviewers.add', { names: ['Karen Jensen'] });
    expect(added.names).toContain('Karen Jensen');
    expect(added.unmapped).toEqual([{ source: 'Case 03 - Leder', label: 'Karen Jensen (NFA)' }]);
    const after = mapOf('Case 03 - Leder');
    expect(after['Karen Jensen (NFA)']).toBeUndefined();
    expect(labelOf(after['Ole Madsen'])).toMatch(/Leder.*Case 3/);
    // a new import with her name: mapped as the interviewer from the start
    await svc.call('source.import', {
      fileName: 'Case 04 - Leder.vtt',
      dataBase64: b64(TEAMS_NAMED_VTT.replace(/Ole Madsen/g, 'Per Holm')),
    });
    const m4 = mapOf('Case 04 - Leder');
    expect(Object.keys(m4)).toEqual(['Per Holm']);
    expect(labelOf(m4['Per Holm'])).toBe('Leder, Case 4');
    expect(svc.project().log.at(-2)!.summary).toMatch(/Interviewere tilføjet: Karen Jensen/);
  });

  it("Zoom VTT `Moderator 1:` prefixes: the moderator is nobody, the leader is the file's participant", async () => {
    await svc.call('source.import', { fileName: 'Case 07 - Leder.vtt', dataBase64: b64(ZOOM_VTT) });
    const map = mapOf('Case 07 - Leder');
    expect(Object.keys(map)).toEqual(['Leder']);
    expect(labelOf(map['Leder'])).toBe('Leder, Case 7');
  });

  it('a focus group with three participants: one participant each, the facilitator none', async () => {
    await svc.call('source.import', {
      fileName: 'Case 05 - fokusgruppe.txt',
      dataBase64: b64(FOCUS_TXT),
      role: 'Medarbejder',
    });
    const map = mapOf('Case 05 - fokusgruppe');
    expect(Object.keys(map).sort()).toEqual(['Anna', 'Bo', 'Carla']);
    expect(new Set(Object.values(map)).size).toBe(3);
    expect(labelOf(map['Anna'])).toBe('Medarbejder (Anna), Case 5');
  });

  it('the same text as .txt with `Interviewer (NFA):` labels maps the same way as the VTT', async () => {
    const txt =
      'Interviewer (NFA): Blev I inddraget?\n\nTilsynsførende: Ja, fra starten.\n\nInterviewer (NFA): ' +
      'Hvordan?\n\nTilsynsførende: Med møder.\n';
    await svc.call('source.import', { fileName: 'x.txt', dataBase64: b64(txt), caseId: '4', role: 'Tilsynsførende' });
    expect(Object.keys(mapOf('x'))).toEqual(['Tilsynsførende']);
  });

  it('interviewers list/add/remove: defaults until changed, unknown names refused, one undo step each', async () => {
    const l0 = await svc.call('interviewers.list', {});
    expect(l0.custom).toBe(false);
    expect(l0.names).toContain('Interviewer');
    await svc.call('interviewers.remove', { names: ['Forsker'] });
    const l1 = await svc.call('interviewers.list', {});
    expect(l1.custom).toBe(true);
    expect(l1.names).not.toContain('Forsker');
    await expect(svc.call('interviewers.remove', { names: ['Nobody'] })).rejects.toThrow(
      /"Nobody" står ikke på interviewerlisten/,
    );
    await svc.call('history.undo', {});
    expect((await svc.call('interviewers.list', {})).names).toContain('Forsker');
  });
});
