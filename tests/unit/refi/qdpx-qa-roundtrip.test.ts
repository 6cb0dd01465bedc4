/** Our .qdpx and back (qa-refi, 7 Dec): what the round trip lost before its fix. */
import { describe, expect, it } from 'vitest';
import { projectToQdpx } from '../../../src/refi/qdpxWrite';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { checkIntegrity } from '../../../src/cmo/integrity';
import type { Project } from '../../../src/cmo/model';
import { makeSource, nfaProject, NOW, segOn } from '../helpers';

function teamProject(): Project {
  const p = nfaProject();
  const src = makeSource({
    id: 'src-1',
    name: 'Case 01 - Leder',
    caseId: p.cases[0]!.id,
    text: 'Interviewer: Hvorfor? 🤔\n\nLeder: Vi sagde ja 😀, fordi vi ville have hjælp.\n\nLeder: Kontrollen 🎉 hjalp.\n',
  });
  const a = segOn(src, 'seg-a', 'Vi sagde ja 😀, fordi vi ville have hjælp.', 'M', ['#4b'], { coder: 'Anna Ø' });
  const b = segOn(src, 'seg-b', 'Kontrollen 🎉 hjalp.', 'O', ['#10'], { coder: 'Bo Å' });
  b.needsReview = true;
  b.previousText = 'Kontrollen hjalp os.';
  return {
    ...p,
    coders: [
      { id: 'coder-anna', name: 'Anna Ø', initials: 'AØ', color: '#aa3300' },
      { id: 'Bo Å', name: 'Bo Å' },
    ],
    interviewers: ['Interviewer', 'Karen Jensen (NFA)'],
    sources: [{ ...src, speakersConfirmed: true }],
    segments: [a, b],
    configurations: [
      {
        id: 'cfg-1',
        pt: '#10',
        contextIds: [],
        mechanismIds: ['seg-a'],
        outcomeIds: ['seg-b'],
        statement: 'Hvis … så … fordi …',
        verdict: 'supports',
        coder: 'Bo Å',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  };
}

describe('our .qdpx round trip keeps what we model', () => {
  it('coders with ids, initials, colours; who made a configuration; review state; speakers confirmed', async () => {
    const p = teamProject();
    const { buffer } = await projectToQdpx(p);
    const back = projectFromQdpx(buffer, 'rt.qdpx', nfaProject(), NOW).project;
    expect(checkIntegrity(back)).toEqual([]);
    expect(back.coders).toEqual(p.coders);
    expect(back.configurations[0]!.coder).toBe('Bo Å');
    const b = back.segments.find((s) => s.id === 'seg-b')!;
    expect([b.needsReview, b.previousText, b.start, b.end, b.text]).toEqual([
      true,
      'Kontrollen hjalp os.',
      p.segments[1]!.start,
      p.segments[1]!.end,
      'Kontrollen 🎉 hjalp.',
    ]);
    expect(back.sources[0]!.speakersConfirmed).toBe(true);
    expect(back.interviewers).toEqual(p.interviewers);
  });

  it('the same project exports to the same bytes of project.qde twice (stable GUIDs)', async () => {
    const p = teamProject();
    const JSZip = (await import('jszip')).default;
    const qdeOf = async () =>
      (await JSZip.loadAsync((await projectToQdpx(p)).buffer)).file('project.qde')!.async('string');
    expect(await qdeOf()).toBe(await qdeOf());
  });

  it('every creatingUser is one of the Users (a memo by someone who coded nothing too)', async () => {
    const p = teamProject();
    p.memos = [{ id: 'm1', on: 'project', target: null, text: 'x', coder: 'Cia', createdAt: NOW, updatedAt: NOW }];
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync((await projectToQdpx(p)).buffer)).file('project.qde')!.async('string');
    const users = new Set([...xml.matchAll(/<User guid="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...xml.matchAll(/creatingUser="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(3);
    expect(refs.filter((g) => !users.has(g))).toEqual([]);
  });

  it('control characters in a memo, a name or a note never make the .qde ill-formed', async () => {
    const p = teamProject();
    p.memos = [
      { id: 'm1', on: 'project', target: null, text: 'pm\u001b!', coder: 'A\u0003', createdAt: NOW, updatedAt: NOW },
    ];
    p.segments[0]!.memo = 'memo\u0008 x';
    p.sources[0]!.notes = ['note\u000c her'];
    p.codes[0]!.name = 'Kode\u0001';
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync((await projectToQdpx(p)).buffer)).file('project.qde')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const back = projectFromQdpx((await projectToQdpx(p)).buffer, 'rt.qdpx', nfaProject(), NOW).project;
    expect(back.segments[0]!.memo).toBe('memo x');
    expect(back.memos[0]!.text).toBe('pm!');
  });
});
