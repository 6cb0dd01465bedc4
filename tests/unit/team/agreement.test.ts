/** Agreement arithmetic against hand-computed cases (NVivo's character-level κ, percent, Krippendorff's α). */
import { describe, expect, it } from 'vitest';
import { Segment } from '../../../src/cmo/model';
import { charCounts, computeAgreement, figures } from '../../../src/cmo/agreement';
import { NOW, makeSource, nfaProject, withData } from '../helpers';

const src = makeSource({ id: 's', name: 'Ti tegn', text: 'abcdefghij' });
const seg = (id: string, coder: string, start: number, end: number, pt = ['#4a'], kind: 'C' | 'M' | 'O' = 'M') =>
  Segment.parse({
    id,
    sourceId: 's',
    start,
    end,
    text: src.text.slice(start, end),
    kind,
    pt,
    verdict: 'unclear',
    memo: '',
    coder,
    createdAt: NOW,
    updatedAt: NOW,
  });
const agree = (...segments: Segment[]) =>
  computeAgreement(withData(nfaProject(), { sources: [src], segments }), 'A', 'B');

describe('figures per source × unit (hand-computed)', () => {
  it('partial overlap: A [0,4), B [2,6) of 10', () => {
    const r = agree(seg('a', 'A', 0, 4), seg('b', 'B', 2, 6)).rows[0]!;
    expect(r).toMatchObject({
      both: 2,
      aOnly: 2,
      bOnly: 2,
      neither: 4,
      kind: 'M',
      pt: '#4a',
      unit: 'M #4a',
      source: 'Ti tegn',
      sourceId: 's',
    });
    expect(r.percent).toBeCloseTo(0.6, 10);
    expect(r.kappa).toBeCloseTo(0.08 / 0.48, 10); // Pe = .4·.4 + .6·.6 = .52
    expect(r.alpha).toBeCloseTo(1 - (19 * 4) / (12 * 8), 10);
  });
  it('full agreement: κ = α = 1', () => {
    const r = agree(seg('a', 'A', 2, 5), seg('b', 'B', 2, 5)).rows[0]!;
    expect(r).toMatchObject({ both: 3, aOnly: 0, bOnly: 0, neither: 7, kappa: 1, percent: 1, alpha: 1 });
  });
  it('disjoint: κ = −1, α = −0.9', () => {
    const r = agree(seg('a', 'A', 0, 5), seg('b', 'B', 5, 10)).rows[0]!;
    expect(r).toMatchObject({ both: 0, aOnly: 5, bOnly: 5, neither: 0, percent: 0 });
    expect(r.kappa).toBeCloseTo(-1, 10);
    expect(r.alpha).toBeCloseTo(1 - (19 * 10) / 100, 10);
  });
  it('nested: A [0,8) around B [2,4)', () => {
    const r = agree(seg('a', 'A', 0, 8), seg('b', 'B', 2, 4)).rows[0]!;
    expect(r).toMatchObject({ both: 2, aOnly: 6, bOnly: 0, neither: 2 });
    expect(r.percent).toBeCloseTo(0.4, 10);
    expect(r.kappa).toBeCloseTo((0.4 - 0.32) / 0.68, 10); // Pe = .8·.2 + .2·.8
    expect(r.alpha).toBeCloseTo(1 - (19 * 6) / (10 * 10), 10);
  });
  it('both coded the whole source as the one unit: Pe = 1, so κ = 1 (NVivo), and α = 1', () => {
    expect(figures(charCounts([[0, 10]], [[0, 10]], 10))).toEqual({ kappa: 1, percent: 1, alpha: 1 });
  });
  it('only one coder coded the unit: κ = 0', () => {
    const r = agree(seg('a', 'A', 0, 4), seg('b', 'B', 0, 4, ['#5'])).rows;
    expect(r.map((x) => [x.unit, x.kappa, x.percent])).toEqual([
      ['M #4a', 0, 0.6],
      ['M #5', 0, 0.6],
    ]);
  });
  it("a coder's overlapping segments count each character once", () => {
    const r = agree(seg('a1', 'A', 0, 4), seg('a2', 'A', 2, 6), seg('b', 'B', 0, 6)).rows[0]!;
    expect(r).toMatchObject({ both: 6, aOnly: 0, bOnly: 0, neither: 4, kappa: 1 });
  });
  it('several PT points on one segment: a row for each', () => {
    const a = agree(seg('a', 'A', 0, 4, ['#4a', '#5']), seg('b', 'B', 0, 4, ['#4a']));
    expect(a.rows.map((x) => [x.unit, x.kappa])).toEqual([
      ['M #4a', 1],
      ['M #5', 0],
    ]);
    expect(a.overall.kappa).toBeCloseTo(0.5, 10); // both rows N = 10
  });
});

describe('rows, overall and segment agreement', () => {
  it('no coding: no rows, no overall figure, no segments', () => {
    const a = agree();
    expect(a.rows).toEqual([]);
    expect(a.overall).toEqual({ kappa: null, percent: null, alpha: null });
    expect(a.segments).toEqual({ agree: 0, disagree: 0, percent: null });
  });
  it("other coders' codings and other units leave no row", () => {
    const a = agree(seg('a', 'A', 0, 4), seg('c', 'C', 0, 4, ['#9']));
    expect(a.rows.map((r) => r.unit)).toEqual(['M #4a']);
  });
  it('overall figures are weighted by source length', () => {
    const long = makeSource({ id: 't', name: 'Tyve tegn', text: 'abcdefghijklmnopqrst' });
    const on = (id: string, coder: string, s: string, start: number, end: number) =>
      Segment.parse({
        id,
        sourceId: s,
        start,
        end,
        text: (s === 's' ? src : long).text.slice(start, end),
        kind: 'M',
        pt: ['#4a'],
        verdict: 'unclear',
        memo: '',
        coder,
        createdAt: NOW,
        updatedAt: NOW,
      });
    const a = computeAgreement(
      withData(nfaProject(), {
        sources: [src, long],
        segments: [on('a', 'A', 's', 0, 5), on('b', 'B', 's', 5, 10), on('c', 'A', 't', 0, 4), on('d', 'B', 't', 0, 4)],
      }),
      'A',
      'B',
    );
    expect(a.rows.map((r) => r.kappa)).toEqual([expect.closeTo(-1, 10), 1]);
    expect(a.overall.kappa).toBeCloseTo((-1 * 10 + 1 * 20) / 30, 10);
    expect(a.overall.percent).toBeCloseTo((0 * 10 + 1 * 20) / 30, 10);
  });
  it('by kind, by PT point', () => {
    const segs = [seg('a', 'A', 0, 4, ['#4a'], 'M'), seg('b', 'B', 0, 4, ['#5'], 'M')];
    const p = withData(nfaProject(), { sources: [src], segments: segs });
    expect(computeAgreement(p, 'A', 'B', { by: 'kind' }).rows.map((r) => [r.unit, r.kappa])).toEqual([['M', 1]]);
    expect(computeAgreement(p, 'A', 'B', { by: 'pt' }).rows.map((r) => [r.unit, r.kappa])).toEqual([
      ['#4a', 0],
      ['#5', 0],
    ]);
  });
  it('segments agree when they overlap by ≥ 90 % of their union; each segment counts once', () => {
    expect(agree(seg('a', 'A', 0, 10), seg('b', 'B', 0, 10)).segments).toEqual({ agree: 2, disagree: 0, percent: 1 });
    expect(agree(seg('a', 'A', 0, 10), seg('b', 'B', 0, 9)).segments).toEqual({ agree: 2, disagree: 0, percent: 1 });
    expect(agree(seg('a', 'A', 0, 10), seg('b', 'B', 0, 5)).segments).toEqual({ agree: 0, disagree: 2, percent: 0 });
    expect(agree(seg('a', 'A', 0, 10), seg('b1', 'B', 0, 10), seg('b2', 'B', 6, 8)).segments).toEqual({
      agree: 2,
      disagree: 1,
      percent: 2 / 3,
    });
  });
});

describe('the comparison as a workbook', () => {
  it('has a row per source × unit, weakest first, with κ, percent and α as numbers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { agreementToXlsx } = await import('../../../src/export/agreementXlsx');
    const a = agree(seg('a', 'A', 0, 4, ['#4a', '#5']), seg('b', 'B', 0, 4, ['#4a']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await agreementToXlsx(a, 'Test')) as never);
    const ws = wb.worksheets[0]!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const table = rows.slice(rows.findIndex((r) => r[0] === 'Kilde') + 1);
    expect(table.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['M #5', 0, 0.6, expect.any(Number)],
      ['M #4a', 1, 1, 1],
    ]);
  });
});
