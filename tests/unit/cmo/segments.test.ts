import { describe, expect, it } from 'vitest';
import { CmoConfiguration, type Project } from '../../../src/cmo/model';
import {
  DomainError,
  addSegment,
  contextIndex,
  makeSegment,
  removeSegment,
  resolvePts,
  updateSegment,
} from '../../../src/cmo/segments';
import { getSource } from '../../../src/cmo/lookup';
import { NOW, makeSource, nfaProject, withData } from '../helpers';
import { fixture, s1, s3, segs } from './fixture';

const LATER = '2024-05-02T09:00:00.000Z';

describe('resolvePts', () => {
  const p = nfaProject();
  it('resolves loose references to template ids, dropping duplicates and keeping order', () => {
    expect(resolvePts(p, ['4a'])).toEqual(['#4a']);
    expect(resolvePts(p, ['#4A'])).toEqual(['#4a']);
    expect(resolvePts(p, ['9', '4a', '#4A', ' #4a '])).toEqual(['#9', '#4a']);
    expect(resolvePts(p, ['overordnet', '15'])).toEqual(['overordnet', '#15']);
  });
  it('rejects an empty list and unknown points with a DomainError naming the reference', () => {
    expect(() => resolvePts(p, [])).toThrow(DomainError);
    expect(() => resolvePts(p, ['4a', '4c'])).toThrow(/Ukendt programteoripunkt: 4c/);
    expect(() => resolvePts(p, ['#16'])).toThrow(DomainError);
  });
});

describe('makeSegment', () => {
  const p = fixture([]);
  const base = { sourceId: 's1', kind: 'C' as const, pt: ['11'] };
  const len = s1.text.length;

  it('builds a segment with the quoted text, resolved PTs and defaults', () => {
    const start = s1.text.indexOf('tre måneder');
    const seg = makeSegment(p, { ...base, start, end: start + 11 }, 'x1', NOW);
    expect(seg).toMatchObject({
      id: 'x1',
      sourceId: 's1',
      start,
      end: start + 11,
      text: 'tre måneder',
      kind: 'C',
      pt: ['#11'],
      verdict: 'unclear',
      memo: '',
      coder: '',
      createdAt: NOW,
      updatedAt: NOW,
      needsReview: false,
    });
  });

  it('keeps verdict, memo and coder when given', () => {
    const seg = makeSegment(p, { ...base, start: 0, end: 11, verdict: 'refutes', memo: 'note', coder: 'ak' }, 'x', NOW);
    expect(seg).toMatchObject({ verdict: 'refutes', memo: 'note', coder: 'ak', text: 'Interviewer' });
  });

  it.each([
    ['negative start', -1, 5],
    ['end past the text', 0, len + 1],
    ['empty range', 5, 5],
    ['reversed range', 10, 5],
    ['fractional offsets', 1.5, 6],
    ['NaN', Number.NaN, 6],
  ])('refuses %s with a DomainError naming the source and its length', (_what, start, end) => {
    const call = () => makeSegment(p, { ...base, start, end }, 'x', NOW);
    expect(call).toThrow(DomainError);
    expect(call).toThrow(`i ${s1.name} (længde ${len})`);
  });

  it('accepts a range ending exactly at the end of the text', () => {
    expect(makeSegment(p, { ...base, start: len - 4, end: len }, 'x', NOW).text).toBe('god.');
  });

  it('refuses a whitespace-only range', () => {
    const nl = s1.text.indexOf('\n');
    expect(() => makeSegment(p, { ...base, start: nl, end: nl + 1 }, 'x', NOW)).toThrow('Tekststykket er tomt');
  });

  it('refuses an unknown source or PT', () => {
    expect(() => makeSegment(p, { ...base, sourceId: 'nope', start: 0, end: 3 }, 'x', NOW)).toThrow(
      /Ukendt kilde: nope/,
    );
    expect(() => makeSegment(p, { ...base, pt: ['99'], start: 0, end: 3 }, 'x', NOW)).toThrow(
      /Ukendt programteoripunkt: 99/,
    );
    expect(() => getSource(p, 'nope')).toThrow(DomainError);
  });
});

describe('addSegment', () => {
  it('returns a new project and leaves the old one as it was', () => {
    const p = fixture([]);
    const next = addSegment(p, segs.g1);
    expect(next.segments).toEqual([segs.g1]);
    expect(p.segments).toEqual([]);
  });
});

describe('updateSegment', () => {
  it('re-slices the text and clears needsReview when the range moves', () => {
    const p = withData(fixture([]), { segments: [{ ...segs.g4, needsReview: true, text: 'gammel tekst' }] });
    const start = s1.text.indexOf('Vi havde');
    const { project, segment } = updateSegment(p, 'g4', { start, end: segs.g4.end }, LATER);
    expect(segment.text).toBe('Vi havde tre måneder til at løse det');
    expect(segment).toMatchObject({ start, end: segs.g4.end, needsReview: false, updatedAt: LATER, createdAt: NOW });
    expect(project.segments).toEqual([segment]);
    // the input project is untouched
    expect(p.segments[0]!.text).toBe('gammel tekst');
    expect(p.segments[0]!.needsReview).toBe(true);
  });

  it('keeps the stored text when only the coding changes, and resolves new PTs', () => {
    const p = withData(fixture([]), { segments: [{ ...segs.g4, text: 'som kodet' }] });
    const { segment } = updateSegment(p, 'g4', { kind: 'O', pt: ['#3A', '11'], verdict: 'supports', memo: 'm' }, LATER);
    expect(segment).toMatchObject({
      kind: 'O',
      pt: ['#3a', '#11'],
      verdict: 'supports',
      memo: 'm',
      text: 'som kodet',
      start: segs.g4.start,
    });
  });

  it('sets and clears needsReview when the range stays', () => {
    const p = fixture(['g4']);
    const marked = updateSegment(p, 'g4', { needsReview: true }, LATER);
    expect(marked.segment.needsReview).toBe(true);
    expect(updateSegment(marked.project, 'g4', { verdict: 'refutes' }, LATER).segment.needsReview).toBe(true);
    expect(updateSegment(marked.project, 'g4', { needsReview: false }, LATER).segment.needsReview).toBe(false);
  });

  it('refuses unknown ids, bad ranges and unknown PTs', () => {
    const p = fixture(['g4']);
    expect(() => updateSegment(p, 'nope', { kind: 'M' }, LATER)).toThrow(/Ukendt kodning: nope/);
    expect(() => updateSegment(p, 'g4', { end: s1.text.length + 1 }, LATER)).toThrow(DomainError);
    expect(() => updateSegment(p, 'g4', { start: segs.g4.end }, LATER)).toThrow(DomainError);
    expect(() => updateSegment(p, 'g4', { pt: ['77'] }, LATER)).toThrow(DomainError);
    expect(() => updateSegment(p, 'g4', { pt: [] }, LATER)).toThrow(DomainError);
  });
});

describe('removeSegment', () => {
  // parsed, so fields with defaults are filled in whatever the model calls them
  const conf = (id: string, c: string[], m: string[], o: string[]): CmoConfiguration =>
    CmoConfiguration.parse({
      id,
      pt: '#4a',
      contextIds: c,
      mechanismIds: m,
      outcomeIds: o,
      createdAt: NOW,
      updatedAt: NOW,
    });

  it('removes the segment and every link to it from CMO configurations', () => {
    const p: Project = {
      ...fixture(['g1', 'g2', 'g3']),
      configurations: [conf('k1', ['g3', 'g1'], ['g1'], ['g2', 'g1']), conf('k2', ['g3'], [], ['g2'])],
    };
    const { project, removed } = removeSegment(p, 'g1');
    expect(removed.id).toBe('g1');
    expect(project.segments.map((s) => s.id)).toEqual(['g2', 'g3']);
    expect(project.configurations.map((c) => [c.contextIds, c.mechanismIds, c.outcomeIds])).toEqual([
      [['g3'], [], ['g2']],
      [['g3'], [], ['g2']],
    ]);
    // the configurations themselves stay, and the input is unchanged
    expect(project.configurations.map((c) => c.id)).toEqual(['k1', 'k2']);
    expect(p.configurations[0]!.mechanismIds).toEqual(['g1']);
    expect(p.segments).toHaveLength(3);
  });

  it('refuses an unknown id', () => {
    expect(() => removeSegment(fixture(), 'nope')).toThrow(DomainError);
  });
});

describe('contextIndex', () => {
  const p = fixture();
  const ctx = contextIndex(p);

  it('attributes a segment to the speaker of its turn, and their role and case', () => {
    expect(ctx(segs.g1)).toEqual({ caseId: 'case-03', participantId: 'p-leder3', roleId: 'leder' });
    expect(ctx(segs.g2)).toEqual({ caseId: 'case-03', participantId: 'p-amr3', roleId: 'arbejdsmiljorepraesentant' });
    expect(ctx(segs.g4)).toEqual({ caseId: 'case-01', participantId: 'p-leder1', roleId: 'leder' });
  });

  it('gives interviewer turns no participant and no role, but the source’s case', () => {
    expect(ctx(segs.g3)).toEqual({ caseId: 'case-03', participantId: null, roleId: null });
  });

  it('falls back to the source’s case when the participant has none', () => {
    expect(ctx(segs.g5)).toEqual({ caseId: null, participantId: 'p-tf', roleId: 'tilsynsforende' });
    const withCase = { ...p, sources: p.sources.map((s) => (s.id === 'stf' ? { ...s, caseId: 'case-07' } : s)) };
    expect(contextIndex(withCase)(segs.g5)).toEqual({
      caseId: 'case-07',
      participantId: 'p-tf',
      roleId: 'tilsynsforende',
    });
  });

  it('prefers the participant’s case over the source’s', () => {
    const moved = {
      ...p,
      participants: p.participants.map((x) => (x.id === 'p-leder3' ? { ...x, caseId: 'case-05' } : x)),
    };
    expect(contextIndex(moved)(segs.g1).caseId).toBe('case-05');
    expect(contextIndex(moved)(segs.g3).caseId).toBe('case-03');
  });

  it('uses the only participant of a source without speaker turns', () => {
    const solo = makeSource({
      id: 'solo',
      text: 'et interview skrevet som løbende tekst uden talere',
      caseId: null,
      participantIds: ['p-leder1'],
    });
    const duo = makeSource({
      id: 'duo',
      text: 'endnu en tekst uden talere, to personer',
      caseId: 'case-02',
      participantIds: ['p-leder1', 'p-tf'],
    });
    const q = withData(p, { sources: [solo, duo] });
    const c = contextIndex(q);
    const seg = (sourceId: string) => ({ ...segs.g1, sourceId, start: 3, end: 10 });
    expect(solo.turns).toEqual([]);
    expect(c(seg('solo'))).toEqual({ caseId: 'case-01', participantId: 'p-leder1', roleId: 'leder' });
    expect(c(seg('duo'))).toEqual({ caseId: 'case-02', participantId: null, roleId: null });
  });

  it('attributes text before the first turn only when the source has a single participant', () => {
    const one = makeSource({
      id: 'pre1',
      text: 'Indledning om interviewet.\nLeder: Svar.',
      speakerMap: { Leder: 'p-leder1' },
    });
    const two = makeSource({
      id: 'pre2',
      text: 'Indledning om interviewet.\nLeder: Svar.\nTF: Også svar.',
      speakerMap: { Leder: 'p-leder1', TF: 'p-tf' },
    });
    const c = contextIndex(withData(p, { sources: [one, two] }));
    expect(c({ ...segs.g1, sourceId: 'pre1', start: 0, end: 10 }).participantId).toBe('p-leder1');
    expect(c({ ...segs.g1, sourceId: 'pre2', start: 0, end: 10 }).participantId).toBeNull();
    expect(
      c({ ...segs.g1, sourceId: 'pre2', start: two.text.indexOf('Også'), end: two.text.length }).participantId,
    ).toBe('p-tf');
  });

  it('gives nothing for an unknown source or an unmapped speaker', () => {
    expect(ctx({ ...segs.g1, sourceId: 'gone' })).toEqual({ caseId: null, participantId: null, roleId: null });
    const unmapped = { ...p, sources: p.sources.map((s) => (s.id === 's3' ? { ...s, speakerMap: {} } : s)) };
    expect(contextIndex(unmapped)(segs.g1)).toEqual({ caseId: 'case-03', participantId: null, roleId: null });
  });

  it('uses the turn at the segment’s start', () => {
    // a segment starting in the leader's turn and running into the interviewer's is the leader's
    const start = s3.text.indexOf('gode råd');
    const end = s3.text.indexOf('arbejdsmiljørepræsentanten?');
    expect(ctx({ ...segs.g1, start, end }).participantId).toBe('p-leder3');
  });
});
