/**
 * How much work a matrix does, counted rather than timed: the per-segment helpers (who said it, how
 * many words) run at most once per segment, however many cells, rows and columns and totals the
 * segment lands in, and not again for the same project state. The R100 matrix took 45–53 ms instead
 * of 6 ms when its totals went over every cell's segments again (samples/bench/metrics/matrix.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeMatrix, MEASURES, type Matrix, type MatrixQuery } from '../../../src/cmo/matrix';
import { contextIndex, segmentContexts } from '../../../src/cmo/segments';
import { DEFAULT_INTERVIEWERS } from '../../../src/cmo/interviewers';
import { turnAt } from '../../../src/cmo/turns';
import { wordCount } from '../../../src/cmo/text';
import type { Project } from '../../../src/cmo/model';
import { fixture, segs } from './fixture';

vi.mock('../../../src/cmo/turns', async (original) => {
  const m = await original<typeof import('../../../src/cmo/turns')>();
  return { ...m, turnAt: vi.fn(m.turnAt) };
});
vi.mock('../../../src/cmo/text', async (original) => {
  const m = await original<typeof import('../../../src/cmo/text')>();
  return { ...m, wordCount: vi.fn(m.wordCount) };
});

/** the fixture as a new project state: new segment and source objects, so no memo knows them yet */
const freshState = (): Project => {
  const p = fixture();
  return { ...p, sources: p.sources.map((s) => ({ ...s })), segments: p.segments.map((s) => ({ ...s })) };
};
const calls = (f: unknown) => vi.mocked(f as (...a: unknown[]) => unknown).mock.calls.length;

beforeEach(() => vi.clearAllMocks());

describe('matrix work per segment', () => {
  it('works out who said each segment once per project state, for every cell, row and column', () => {
    const p = freshState();
    computeMatrix(p, { rows: 'case', cols: 'pt-kind' });
    expect(calls(turnAt)).toBeGreaterThan(0);
    expect(calls(turnAt)).toBeLessThanOrEqual(p.segments.length);
    vi.clearAllMocks();
    for (const rows of ['case', 'role', 'participant', 'source'])
      for (const cols of ['pt', 'kind', 'pt-kind', 'verdict'])
        for (const measure of MEASURES) computeMatrix(p, { rows, cols, measure });
    expect(calls(turnAt)).toBe(0);
    // one lookup per state: the same contexts, in segment order
    expect(segmentContexts(p)).toBe(segmentContexts(p));
    expect(segmentContexts(p)).toEqual(p.segments.map(contextIndex(p)));
  });

  it('counts each passage’s words once, though it lands in several cells and in every total', () => {
    const p = freshState();
    // g2 is on #9 and #4a: two cells, two column totals, its row's total and the grand total
    const m = computeMatrix(p, { rows: 'case', cols: 'pt', measure: 'words' });
    expect(m.totals!.all).toBe(p.segments.reduce((a, s) => a + wordCount(s.text), 0));
    vi.clearAllMocks();
    const again = computeMatrix({ ...p, segments: [...p.segments] }, { rows: 'role', cols: 'kind', measure: 'words' });
    expect(calls(wordCount)).toBe(0);
    expect(again.totals!.all).toBe(m.totals!.all);
  });

  it('counts words at most once per segment on first sight', () => {
    const p = freshState();
    computeMatrix(p, { rows: 'case', cols: 'pt', measure: 'words' });
    expect(calls(wordCount)).toBeGreaterThan(0);
    expect(calls(wordCount)).toBeLessThanOrEqual(p.segments.length);
  });

  it('works out who said it again when the interviewer names change (sources and participants unchanged)', () => {
    const p = freshState();
    const leder = p.segments.find((s) => s.id === segs.g1.id)!;
    expect(contextIndex(p)(leder).participantId).toBe('p-leder3');
    const renamed = { ...p, interviewers: [...DEFAULT_INTERVIEWERS, 'Leder'] };
    expect(contextIndex(renamed)(leder).participantId).toBeNull();
    expect(computeMatrix(renamed, { rows: 'participant', cols: 'kind' }).rows.map((r) => r.id)).toContain('__none__');
  });
});

/** The totals by their definition: the measure over the distinct segments of a row's or column's cells. */
function totalsByDefinition(p: Project, m: Matrix): { rows: number[]; cols: number[]; all: number } {
  const byId = new Map(p.segments.map((s) => [s.id, s]));
  const ctx = contextIndex(p);
  const over = (cells: [number, number][]) => {
    const got = [...new Set(cells.flatMap(([r, c]) => m.segmentIds[r]![c]!))].map((id) => byId.get(id)!);
    switch (m.measure) {
      case 'segments':
        return got.length;
      case 'sources':
        return new Set(got.map((s) => s.sourceId)).size;
      case 'participants':
        return new Set(got.map((s) => ctx(s).participantId).filter(Boolean)).size;
      default:
        return got.reduce((a, s) => a + wordCount(s.text), 0);
    }
  };
  const row = (r: number) => m.cols.map((_, c): [number, number] => [r, c]);
  const col = (c: number) => m.rows.map((_, r): [number, number] => [r, c]);
  return {
    rows: m.rows.map((_, r) => over(row(r))),
    cols: m.cols.map((_, c) => over(col(c))),
    all: over(m.rows.flatMap((_, r) => row(r))),
  };
}

describe('matrix totals gathered while the cells fill', () => {
  it('equal the totals by definition for every dimension and measure', () => {
    const p = fixture();
    const queries: MatrixQuery[] = [];
    for (const rows of ['case', 'role', 'participant', 'source', 'attr:sektor'])
      for (const cols of ['pt', 'kind', 'pt-kind', 'verdict'])
        for (const measure of MEASURES.filter((x) => x !== 'cmoc')) queries.push({ rows, cols, measure });
    queries.push({ rows: 'case', cols: 'pt', kinds: ['M', 'O'], pts: ['#4a', '#9'], measure: 'participants' });
    for (const q of queries) {
      const m = computeMatrix(p, q);
      expect(m.totals, JSON.stringify(q)).toEqual(totalsByDefinition(p, m));
    }
  });
});
