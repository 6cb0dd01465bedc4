/** Compare coders' passages cut into shared and one-coder runs, the disagreement test and the number format. */
import { describe, expect, it } from 'vitest';
import { disagrees, figureFormat, passageRuns } from '../../../renderer/src/team/compareText';

const text = 'abcdefghij';
const runs = (start: number, end: number, others: [number, number][]) =>
  passageRuns(
    { start, end },
    text.slice(start, end),
    others.map(([s, e]) => ({ start: s, end: e })),
  );

describe('passageRuns', () => {
  it('a passage the other coded all of is one shared run', () => {
    expect(runs(2, 6, [[0, 10]])).toEqual([{ text: 'cdef', shared: true }]);
  });
  it('a passage the other did not touch is one run of its own', () => {
    expect(runs(2, 6, [[7, 9]])).toEqual([{ text: 'cdef', shared: false }]);
  });
  it('overlaps cut it: only, shared, only; two touching ranges of the other make one shared run', () => {
    expect(
      runs(0, 10, [
        [2, 4],
        [4, 6],
      ]),
    ).toEqual([
      { text: 'ab', shared: false },
      { text: 'cdef', shared: true },
      { text: 'ghij', shared: false },
    ]);
  });
  it('the runs always spell the passage', () => {
    for (let s = 0; s < 10; s++)
      for (let e = s + 1; e <= 10; e++)
        expect(
          runs(s, e, [
            [1, 3],
            [5, 8],
          ])
            .map((r) => r.text)
            .join(''),
        ).toBe(text.slice(s, e));
  });
});

describe('disagrees and figureFormat', () => {
  it('agrees at 90 % of the union, not below', () => {
    expect(disagrees({ start: 0, end: 10 }, [{ start: 0, end: 9 }])).toBe(false);
    expect(disagrees({ start: 0, end: 10 }, [{ start: 0, end: 8 }])).toBe(true);
    expect(disagrees({ start: 0, end: 10 }, [])).toBe(true);
  });
  it('Danish decimal commas, English points', () => {
    const da = figureFormat('da'),
      en = figureFormat('en');
    // Intl puts a no-break space before the % sign
    const plain = (x: string) => x.replace(/\u00a0/g, ' ');
    expect([da.fixed(0.5224), plain(da.pct(0.97)), da.fixed(null)]).toEqual(['0,522', '97,0 %', '–']);
    expect([en.fixed(-0.25), en.pct(0.97)]).toEqual(['-0.250', '97.0%']);
  });
});
