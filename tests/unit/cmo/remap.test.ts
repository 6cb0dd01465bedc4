import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  editSource,
  editsBetween,
  findReplaceEdits,
  mapOffset,
  narrowEdits,
  type Edit,
} from '../../../src/cmo/remap';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import type { Project, Segment } from '../../../src/cmo/model';

const TEXT = 'Leder: Vi fik hjælp til løftene. Det gik godt 😀 bagefter.\n\nInterviewer: Og så?';
//                  ^7
const base = projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: 't0' });
const at = (s: string) => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(s);
  return { start: i, end: i + s.length };
};
const seg = (id: string, passage: string): Segment => ({
  id,
  sourceId: 's',
  ...at(passage),
  text: passage,
  kind: 'M',
  pt: ['#4a'],
  codes: [],
  verdict: 'supports',
  memo: '',
  coder: '',
  createdAt: 't0',
  updatedAt: 't0',
  needsReview: false,
  previousText: null,
});
const project = (): Project => ({
  ...base,
  participants: [{ id: 'p1', label: 'Leder, Case 1', roleId: 'leder', caseId: 'case-01' }],
  sources: [
    {
      id: 's',
      name: 'Case 1',
      text: TEXT,
      caseId: 'case-01',
      participantIds: ['p1'],
      speakerMap: { Leder: 'p1' },
      notes: [],
      contentHash: 'h',
      turns: [
        { start: 0, end: TEXT.indexOf('\n'), speaker: 'Leder', time: null },
        { start: TEXT.indexOf('Interviewer'), end: TEXT.length, speaker: 'Interviewer', time: null },
      ],
      provenance: { fileName: 'x.txt', format: 'txt', importedAt: 't0', bytes: 1, encoding: 'UTF-8', warnings: [] },
    },
  ],
  segments: [seg('hjælp', 'Vi fik hjælp til løftene.'), seg('emoji', 'Det gik godt 😀 bagefter.')],
});
const run = (edits: Edit[]) => {
  const out = editSource(project(), 's', edits, 't1', () => 'h2');
  const byId = Object.fromEntries(out.project.segments.map((s) => [s.id, s]));
  return { out, byId, text: out.project.sources[0]!.text };
};

describe('mapOffset', () => {
  const ins: Edit[] = [{ start: 5, end: 5, text: 'abc' }];
  it('an insertion at a segment start stays outside it; at its end too', () => {
    expect(mapOffset(ins, 5, 'start')).toBe(8);
    expect(mapOffset(ins, 5, 'end')).toBe(5);
  });
  it('offsets inside a replaced range snap outward', () => {
    const rep: Edit[] = [{ start: 4, end: 8, text: 'xy' }];
    expect(mapOffset(rep, 6, 'start')).toBe(4);
    expect(mapOffset(rep, 6, 'end')).toBe(6);
    expect(mapOffset(rep, 10, 'start')).toBe(8);
  });
});

describe('editing a coded transcript', () => {
  it('an insertion before a segment shifts it, unflagged, by the UTF-16 length (emoji counts 2)', () => {
    const e = findReplaceEdits(TEXT, 'Leder:', 'Leder 🙂:', false);
    const { byId, text } = run(e);
    expect(byId.hjælp!.start).toBe(at('Vi fik').start + ' 🙂'.length); // 3 code units
    expect(text.slice(byId.hjælp!.start, byId.hjælp!.end)).toBe('Vi fik hjælp til løftene.');
    expect(byId.hjælp!.needsReview).toBe(false);
    expect(byId.emoji!.needsReview).toBe(false);
  });

  it('a replacement inside a segment keeps it, with the new text, flagged, old text kept', () => {
    const { byId, out } = run(findReplaceEdits(TEXT, 'hjælp', 'god hjælp', false));
    expect(byId.hjælp!.text).toBe('Vi fik god hjælp til løftene.');
    expect(byId.hjælp!.needsReview).toBe(true);
    expect(byId.hjælp!.previousText).toBe('Vi fik hjælp til løftene.');
    expect(out.flagged).toEqual(['hjælp']);
    expect(byId.emoji!.start).toBe(at('Det gik').start + 4);
  });

  it('a deletion across a segment boundary clips the segment and flags it', () => {
    const r = at('løftene. Det');
    const { byId, text } = run([{ start: r.start, end: r.end, text: 'Det' }]);
    expect(text).toContain('hjælp til Det gik');
    expect(byId.hjælp!.needsReview).toBe(true);
    expect(byId.emoji!.text.startsWith('Det gik godt')).toBe(true);
  });

  it('an edit after every segment changes nothing', () => {
    const { byId, out } = run(findReplaceEdits(TEXT, 'Og så?', 'Og hvad så?', false));
    expect(out.moved).toBe(0);
    expect(byId.hjælp).toEqual(project().segments[0]);
  });

  it('deleting a whole segment keeps it, empty and flagged, never lost', () => {
    const r = at('Vi fik hjælp til løftene. ');
    const { byId, out } = run([{ ...r, text: '' }]);
    expect(out.project.segments).toHaveLength(2);
    expect(byId.hjælp!.start).toBe(byId.hjælp!.end);
    expect(byId.hjælp!.needsReview).toBe(true);
  });

  it('a renamed speaker label keeps its participant', () => {
    const { out } = run(findReplaceEdits(TEXT, 'Leder:', 'Chef:', false));
    const src = out.project.sources[0]!;
    expect(src.turns[0]!.speaker).toBe('Chef');
    expect(src.speakerMap.Chef).toBe('p1');
  });

  it('a find/replace changes only the words that differ: a coding ending in the found passage keeps its end', () => {
    // the coding "Vi fik hjælp" ends inside the found "hjælp til løftene. Det"
    const text = TEXT.replace('Vi fik hjælp til', 'Vi fik hjælp, til');
    const p = project();
    p.sources[0]!.text = text;
    const passage = 'Vi fik hjælp';
    p.segments = [{ ...seg('kort', 'Vi fik hjælp'), start: text.indexOf(passage), end: text.indexOf(passage) + 12 }];
    const found = findReplaceEdits(text, 'hjælp, til løftene', 'hjælp til løftene', false);
    expect(found).toHaveLength(1);
    const narrow = narrowEdits(text, found);
    expect(narrow).toEqual([{ start: text.indexOf(','), end: text.indexOf(',') + 1, text: '' }]);
    expect(applyEdits(text, narrow)).toBe(applyEdits(text, found));
    const out = editSource(p, 's', narrow, 't1', () => 'h2');
    expect(out.project.segments[0]).toMatchObject({ text: 'Vi fik hjælp', needsReview: false });
    // the whole found range as one edit stretched the coding over the replaced passage and flagged it
    const wide = editSource(p, 's', found, 't1', () => 'h2');
    expect(wide.project.segments[0]).toMatchObject({ text: 'Vi fik hjælp til løftene', needsReview: true });
    // words, not letters: a changed word is one edit; replacing a passage with itself is none
    expect(narrowEdits('Hansen kom', [{ start: 0, end: 6, text: 'Jensen' }])).toEqual([
      { start: 0, end: 6, text: 'Jensen' },
    ]);
    expect(narrowEdits(text, findReplaceEdits(text, 'til løftene', 'til løftene', false))).toEqual([]);
  });

  it('find/replace refuses ambiguity unless --all, and missing text', () => {
    expect(() => findReplaceEdits('a b a', 'a', 'c', false)).toThrow(/2 gange/);
    expect(findReplaceEdits('a b a', 'a', 'c', true)).toHaveLength(2);
    expect(() => findReplaceEdits('a b a', 'x', 'c', false)).toThrow(/findes ikke/);
  });

  it('whole-text edits are found by diff and compose to the new text', () => {
    const b = TEXT.replace('hjælp', 'støtte').replace('godt', 'rigtig godt');
    const edits = editsBetween(TEXT, b);
    expect(applyEdits(TEXT, edits)).toBe(b);
    const { byId } = run(edits);
    expect(byId.hjælp!.text).toBe('Vi fik støtte til løftene.');
    expect(byId.emoji!.text).toBe('Det gik rigtig godt 😀 bagefter.');
  });
});
