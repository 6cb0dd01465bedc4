import { describe, expect, it } from 'vitest';
import { layoutTranscript, relayout } from '../../../renderer/src/transcript/layout';

/** a seeded generator, so a failure can be replayed */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const TEXT = [
  'Interviewer: Hvordan gik kontrolbesøget?',
  'Leder: Vi fik en aftale i stedet for et påbud, og det ændrede meget for os 😀.',
  '',
  'Interviewer: Hvad gjorde I så?',
  'Leder: Vi lavede en handlingsplan sammen med AMR, og så fulgte vi op hver måned.',
  'Det tog tid, men det virkede.',
  'Interviewer: Tak.',
].join('\n');
const TURNS = [
  { start: 0, speaker: 'Interviewer' },
  { start: TEXT.indexOf('Leder:'), speaker: 'Leder' },
];

describe('relayout after a coding action', () => {
  it('lays out only the lines the changed segments touch, and gives what a full layout gives', () => {
    const next = rng(7);
    let segs: { id: string; start: number; end: number }[] = [];
    let { laid } = relayout(null, TEXT, segs, TURNS);
    for (let step = 0; step < 300; step++) {
      const r = next();
      if (r < 0.5 || segs.length === 0) {
        const a = Math.floor(next() * TEXT.length),
          b = Math.min(TEXT.length, a + 1 + Math.floor(next() * 120));
        segs = [...segs, { id: `s${step}`, start: a, end: b }].sort((x, y) => x.start - y.start);
      } else if (r < 0.75) {
        const i = Math.floor(next() * segs.length);
        segs = segs.filter((_, j) => j !== i);
      } else {
        // the same segment as a new object (its kind or memo changed): its lines count as touched
        const i = Math.floor(next() * segs.length);
        segs = segs.map((s, j) => (j === i ? { ...s } : s));
      }
      const out = relayout(laid, TEXT, segs, TURNS);
      expect(out.touched).not.toBeNull();
      expect(out.laid.lines).toEqual(layoutTranscript(TEXT, segs, TURNS));
      laid = out.laid;
    }
  });

  it('a new segment on one line touches that line only; unchanged lines keep their objects', () => {
    const { laid } = relayout(null, TEXT, [], TURNS);
    const start = TEXT.indexOf('aftale'),
      seg = { id: 'n', start, end: start + 6 };
    const out = relayout(laid, TEXT, [seg], TURNS);
    expect(out.touched).toEqual([1]);
    expect(out.laid.lines[0]).toBe(laid.lines[0]);
    expect(out.laid.lines[1]!.runs.map((r) => r.ids)).toEqual([[], ['n'], []]);
    // other text or other turns: everything again
    expect(relayout(out.laid, `${TEXT}!`, [seg], TURNS).touched).toBeNull();
    expect(relayout(out.laid, TEXT, [seg], [...TURNS]).touched).toBeNull();
    expect(relayout(out.laid, TEXT, out.laid.segments, TURNS).touched).toEqual([]);
  });
});
