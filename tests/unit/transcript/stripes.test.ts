import { describe, expect, it } from 'vitest';
import {
  COL_WIDTH,
  LANE_GAP,
  layoutStripes,
  stripesIn,
  type StripeNames,
  type StripeSegment,
} from '../../../renderer/src/transcript/stripes';
import { formatClock, labelsByLine, turnLabel, turnLabels, type Who } from '../../../renderer/src/transcript/turns';
import { changedLines, lineSignature } from '../../../renderer/src/transcript/buildTranscript';
import { layoutTranscript } from '../../../renderer/src/transcript/layout';

const names: StripeNames = {
  pt: (id) => (id.startsWith('#') ? id : 'Overordnet'),
  code: (id) => ({ k1: 'Ledelse', k2: 'Arbejdsmiljø' })[id] ?? id,
  ptOrder: ['overall', '#1', '#4', '#4a', '#10'],
  compare: (a, b) => a.localeCompare(b, 'da'),
};
const seg = (
  id: string,
  start: number,
  end: number,
  kind: 'C' | 'M' | 'O' | null,
  pt: string[] = [],
  codes: string[] = [],
): StripeSegment => ({ id, start, end, kind, pt, codes });

describe('coding stripes', () => {
  it('laid out from the layout before, gives what a layout from scratch gives (600 random steps, both modes)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pts = ['overall', '#1', '#4', '#4a', '#10', '#99'];
    const make = (i: number): StripeSegment => {
      const start = rnd(500),
        kind = (['C', 'M', 'O', null] as const)[rnd(4)]!;
      return {
        id: `s${i}`,
        start,
        end: start + 1 + rnd(60),
        kind,
        pt: kind ? [...new Set([pts[rnd(6)]!, ...(rnd(3) ? [] : [pts[rnd(6)]!])])] : [],
        codes: rnd(3) ? [] : [['k1', 'k2', 'k3'][rnd(3)]!],
        needsReview: rnd(5) === 0,
      };
    };
    for (const mode of ['pt', 'kind'] as const) {
      let segs = Array.from({ length: 40 }, (_, i) => make(i));
      let prev = layoutStripes(segs, mode, names);
      let kept = 0;
      for (let step = 0; step < 600; step++) {
        const r = rnd(10);
        if (r < 2) segs = [...segs, make(1000 + step)];
        else if (r < 4) {
          // inserted where the service's order would put it (by start): a lane's segments keep the list's order
          const at = rnd(segs.length + 1);
          segs = [...segs.slice(0, at), make(1000 + step), ...segs.slice(at)];
        } else if (r < 7 && segs.length) segs = segs.filter((_, i) => i !== rnd(segs.length));
        else if (r < 9 && segs.length) {
          const i = rnd(segs.length);
          segs = segs.map((s, j) => (j === i ? { ...s, needsReview: !s.needsReview } : s));
        }
        const next = layoutStripes(segs, mode, names, prev);
        const fresh = layoutStripes(segs, mode, names);
        expect(next).toEqual(fresh);
        kept += next.stripes === prev.stripes ? 1 : 0;
        prev = next;
      }
      expect(kept).toBeGreaterThan(0); // an unchanged list keeps its stripes outright
    }
  });

  it('keeps the stripe objects of lanes whose segments did not change', () => {
    const a = seg('a', 0, 10, 'C', ['#1']),
      b = seg('b', 20, 30, 'M', ['#4']);
    const first = layoutStripes([a, b], 'pt', names);
    const second = layoutStripes([a, b, seg('c', 40, 50, 'O', ['#4'])], 'pt', names, first);
    expect(second.stripes.find((s) => s.id === 'a')).toBe(first.stripes.find((s) => s.id === 'a'));
    expect(second.stripes.find((s) => s.id === 'b')).not.toBe(first.stripes.find((s) => s.id === 'b'));
    // a lane coming before moves the others: their stripes say so
    const onlyB = layoutStripes([b], 'pt', names);
    const withA = layoutStripes([a, b], 'pt', names, onlyB);
    expect(withA).toEqual(layoutStripes([a, b], 'pt', names));
    expect(withA.stripes.find((s) => s.id === 'b')!.lane).toBe(1);
    // other names: laid out anew
    const third = layoutStripes([a, b], 'pt', { ...names }, first);
    expect(third.stripes.find((s) => s.id === 'a')).not.toBe(first.stripes.find((s) => s.id === 'a'));
  });

  it('one lane per PT point in programme-theory order, a segment with two points in both, thematic codes after', () => {
    const L = layoutStripes(
      [
        seg('a', 0, 10, 'M', ['#4a', '#1']),
        seg('b', 20, 30, 'C', ['#10']),
        seg('c', 5, 8, null, [], ['k2', 'k1']),
        seg('d', 40, 50, 'O', ['overall']),
      ],
      'pt',
      names,
    );
    expect(L.lanes.map((l) => l.label)).toEqual(['Overordnet', '#1', '#4a', '#10', 'Arbejdsmiljø', 'Ledelse']);
    expect(L.lanes.map((l) => l.group)).toEqual(['pt', 'pt', 'pt', 'pt', 'code', 'code']);
    expect(
      L.stripes
        .filter((s) => s.id === 'a')
        .map((s) => L.lanes[s.lane]!.label)
        .sort(),
    ).toEqual(['#1', '#4a']);
    expect(L.stripes.find((s) => s.id === 'a')!.label).toBe('M');
    expect(L.stripes.filter((s) => s.id === 'c').map((s) => L.lanes[s.lane]!.group)).toEqual(['code', 'code']);
    // lanes sit side by side
    L.lanes.forEach((l, i) => expect(l.x).toBe(i * (COL_WIDTH + LANE_GAP)));
    expect(L.width).toBe(L.lanes.length * (COL_WIDTH + LANE_GAP) - LANE_GAP);
  });

  it('lanes per kind carry the PT ids as labels; overlapping stripes in one lane get their own columns', () => {
    const L = layoutStripes(
      [
        seg('a', 0, 10, 'M', ['#4a']),
        seg('b', 5, 15, 'M', ['#1', '#4']),
        seg('c', 10, 20, 'M', ['#10']), // starts where a ends: reuses a's column
        seg('d', 0, 3, 'C', ['#1']),
      ],
      'kind',
      names,
    );
    expect(L.lanes.map((l) => l.label)).toEqual(['C', 'M']);
    const m = L.lanes[1]!;
    expect(m.cols).toBe(2);
    expect(m.width).toBe(2 * COL_WIDTH);
    const col = (id: string) => L.stripes.find((s) => s.id === id)!.col;
    expect([col('a'), col('b'), col('c')]).toEqual([0, 1, 0]);
    expect(L.stripes.find((s) => s.id === 'b')!.label).toBe('1 4');
  });

  it('off draws nothing; empty segments are skipped; stripesIn finds the ones touching a window', () => {
    expect(layoutStripes([seg('a', 0, 5, 'C', ['#1'])], 'off', names)).toEqual({ lanes: [], stripes: [], width: 0 });
    expect(layoutStripes([seg('a', 5, 5, 'C', ['#1'])], 'pt', names).stripes).toEqual([]);
    const L = layoutStripes(
      [seg('a', 0, 10, 'C', ['#1']), seg('b', 20, 30, 'C', ['#1']), seg('c', 40, 50, 'C', ['#1'])],
      'pt',
      names,
    );
    expect(stripesIn(L.stripes, 10, 40).map((s) => s.id)).toEqual(['b']);
    expect(stripesIn(L.stripes, 9, 41).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('speaker labels', () => {
  const who: Who = {
    participants: [
      { id: 'p1', label: 'Leder, case 1', roleId: 'leder', caseId: 'c1' },
      { id: 'p2', label: 'Hanne', roleId: 'amr', caseId: 'c3' },
    ],
    roles: [
      { id: 'leder', label: 'Leder' },
      { id: 'amr', label: 'Arbejdsmiljørepræsentant' },
    ],
    cases: [
      { id: 'c1', label: 'Case 1' },
      { id: 'c3', label: 'Case 3' },
    ],
    speakerMap: { IP: 'p1', AMR: 'p2' },
    sourceCaseId: 'c1',
  };
  it('role, a name that says more, another case, and the time when known', () => {
    expect(turnLabel({ start: 0, speaker: 'IP', time: null }, who)).toBe('Leder');
    expect(turnLabel({ start: 0, speaker: 'AMR', time: 192 }, who)).toBe(
      'Arbejdsmiljørepræsentant · Hanne · Case 3 · 03:12',
    );
    expect(turnLabel({ start: 0, speaker: 'Interviewer', time: null }, who)).toBe('');
    expect(turnLabel({ start: 0, speaker: 'Interviewer', time: 5 }, who)).toBe('00:05');
    expect(formatClock(3725.9)).toBe('1:02:05');
  });
  it('keyed by turn start, then by line', () => {
    const m = turnLabels(
      [
        { start: 0, speaker: 'IP', time: null },
        { start: 8, speaker: 'Interviewer', time: null },
        { start: 25, speaker: 'AMR', time: null },
      ],
      who,
    );
    expect([...m.keys()]).toEqual([0, 25]);
    expect([...labelsByLine(m, [0, 7, 8, 25]).entries()]).toEqual([
      [0, 'Leder'],
      [3, 'Arbejdsmiljørepræsentant · Hanne · Case 3'],
    ]);
  });
});

describe('incremental transcript updates', () => {
  it('a new segment changes the signatures of exactly the lines it touches; a kind change too', () => {
    const text = 'Leder: en to tre\nfire fem\nseks syv\notte ni';
    const segs = [{ id: 'a', start: 7, end: 12 }];
    const kinds = new Map([
      ['a', 'M'],
      ['b', 'C'],
    ]);
    const kindOf = (id: string) => kinds.get(id) ?? '-';
    const sig = (s: { id: string; start: number; end: number }[]) =>
      layoutTranscript(text, s, [{ start: 0, speaker: 'Leder' }]).map((l) => lineSignature(l, kindOf));
    const before = sig(segs);
    const b = { id: 'b', start: text.indexOf('fem'), end: text.indexOf('syv') + 3 }; // lines 1 and 2
    expect(changedLines(before, sig([...segs, b]))).toEqual([1, 2]);
    kinds.set('a', 'C');
    expect(changedLines(before, sig(segs))).toEqual([0]);
  });
});
