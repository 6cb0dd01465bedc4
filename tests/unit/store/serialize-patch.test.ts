/**
 * An undo step's JSON made of the pieces its entities already have (the segments a merge added are written once per
 * save, not once in the list and again in the step): the same bytes JSON.stringify writes for it.
 */
import { describe, expect, it } from 'vitest';
import { diff, type Patch } from '../../../src/cmo/history';
import type { Project, Segment } from '../../../src/cmo/model';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { serializeProject } from '../../../src/store/serialize';

const seg = (id: string, memo: string): Segment => ({
  id,
  sourceId: 's',
  start: 0,
  end: 3,
  text: 'a"b\n\u2028ø',
  kind: 'C',
  pt: ['#1'],
  codes: [],
  verdict: 'unclear',
  memo,
  coder: 'B',
  previousText: null,
  createdAt: 'x',
  updatedAt: 'x',
  needsReview: false,
});

describe('undo steps written from pieces', () => {
  it('writes each step as JSON.stringify does, whatever the changes hold', () => {
    const base = projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: '2026-01-01T00:00:00Z' });
    const a: Project = { ...base, segments: [seg('a', ''), seg('b', '')] };
    const b: Project = { ...a, name: 'Ny', segments: [seg('a', 'ændret'), seg('c', ''), seg('d', 'x')] };
    const step: Patch = { label: 'Flet', message: undefined, command: 'coders.merge', at: 'nu', changes: diff(a, b) };
    const odd = { label: 'x', command: 'c', at: 'y', changes: [{ key: 'k', before: [1, null], after: undefined }] };
    const empty = { label: '', command: '', at: '', changes: [] } as Patch;
    const p: Project = { ...b, history: { undo: [step, odd as Patch], redo: [empty] } };
    const text = serializeProject(p);
    for (const s of [step, odd, empty]) expect(text).toContain(`  ${JSON.stringify(s)}`);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(p)));
    expect(serializeProject(p)).toBe(text); // from the cache the second time
  });
});
