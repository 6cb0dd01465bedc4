import { describe, expect, it } from 'vitest';
import { applyPatch, diff, type Patch } from '../../../src/cmo/history';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import type { Project, Segment } from '../../../src/cmo/model';

const base = projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: '2026-01-01T00:00:00Z' });
const seg = (id: string, start: number): Segment => ({
  id,
  sourceId: 's',
  start,
  end: start + 3,
  text: 'abc',
  kind: 'C',
  pt: ['#1'],
  codes: [],
  verdict: 'unclear',
  memo: '',
  coder: '',
  previousText: null,
  createdAt: 'x',
  updatedAt: 'x',
  needsReview: false,
});
const patch = (a: Project, b: Project): Patch => ({ label: 'l', command: 'c', at: 'now', changes: diff(a, b) });

describe('undo patches', () => {
  const p0: Project = { ...base, segments: [seg('a', 0), seg('b', 10), seg('c', 20)] };

  it('round-trips additions, removals, edits and plain fields, keeping order', () => {
    const p1: Project = {
      ...p0,
      name: 'Omdøbt',
      segments: [p0.segments[0]!, { ...p0.segments[2]!, memo: 'ændret' }, seg('d', 30)], // b removed, c edited, d added
    };
    const pt = patch(p0, p1);
    expect(pt.changes).toHaveLength(4);
    const back = applyPatch(p1, pt, 'backward');
    expect(back.segments).toEqual(p0.segments);
    expect(back.name).toBe(p0.name);
    const again = applyPatch(back, pt, 'forward');
    expect(again.segments).toEqual(p1.segments);
    expect(again.name).toBe('Omdøbt');
  });

  it('stores only what changed, and survives JSON (it lives in the project file)', () => {
    const p1: Project = { ...p0, segments: [...p0.segments, seg('d', 30)] };
    const pt = JSON.parse(JSON.stringify(patch(p0, p1))) as Patch;
    expect(pt.changes).toEqual([{ c: 'segments', id: 'd', index: 3, before: null, after: seg('d', 30) }]);
    expect(applyPatch(p1, pt, 'backward').segments.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('ignores the audit log and timestamps', () => {
    const p1: Project = {
      ...p0,
      updatedAt: 'later',
      log: [...p0.log, { at: 'x', who: 'y', command: 'z', summary: 's' }],
    };
    expect(diff(p0, p1)).toEqual([]);
  });

  it('restores several removed entities at their original positions', () => {
    const p1: Project = { ...p0, segments: [p0.segments[1]!] };
    const back = applyPatch(p1, patch(p0, p1), 'backward');
    expect(back.segments.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
