import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/cmo/model';
import { DEFAULT_INTERVIEWERS } from '../../../src/cmo/interviewers';
import { unattributedIds } from '../../../src/cmo/unattributedIds';
import { nextUnattributed, type Unattributed } from '../../../renderer/src/transcript/unattributedShown';

const src = {
  turns: [
    { start: 0, end: 100, speaker: 'Interviewer', time: null },
    { start: 100, end: 200, speaker: 'IP', time: null },
    { start: 200, end: 300, speaker: 'Ukendt', time: null },
    { start: 300, end: 400, speaker: 'IP', time: null },
  ],
  speakerMap: { IP: 'p1' },
  participantIds: ['p1', 'p2'],
};
const seg = (id: string, start: number) => ({ id, start, end: start + 5 }) as Segment;

describe('the segments shown that are no interviewee evidence, from the answer before', () => {
  it('gives what unattributedIds gives over 400 random steps, keeping the set when nothing moved in or out', () => {
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let segs = Array.from({ length: 30 }, (_, i) => seg(`s${i}`, rnd(400)));
    let prev: Unattributed | null = null;
    let kept = 0;
    for (let step = 0; step < 400; step++) {
      const r = rnd(10);
      if (r < 4) {
        const at = rnd(segs.length + 1);
        segs = [...segs.slice(0, at), seg(`n${step}`, rnd(400)), ...segs.slice(at)];
      } else if (r < 7 && segs.length) segs = segs.filter((_, i) => i !== rnd(segs.length));
      else if (r < 9 && segs.length) {
        const i = rnd(segs.length);
        segs = segs.map((s, j) => (j === i ? { ...s, start: rnd(400) } : s));
      }
      const next: Unattributed = nextUnattributed(prev, src, segs, DEFAULT_INTERVIEWERS);
      expect([...next.ids].sort()).toEqual([...unattributedIds(src, segs, DEFAULT_INTERVIEWERS)].sort());
      if (prev && next.ids === prev.ids) kept++;
      prev = next;
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('starts over when the turns, speakers or interviewer names are other ones', () => {
    const segs = [seg('a', 10), seg('b', 150)];
    const first = nextUnattributed(null, src, segs, DEFAULT_INTERVIEWERS);
    expect([...first.ids]).toEqual(['a']);
    const moved = nextUnattributed(first, { ...src, speakerMap: {} }, segs, DEFAULT_INTERVIEWERS);
    expect([...moved.ids].sort()).toEqual(['a', 'b']);
    // only the interviewer's speech is theirs now: 'a' (Interviewer, no participant) stays, 'b' (IP) joins
    const named = nextUnattributed(moved, src, segs, ['IP']);
    expect([...named.ids].sort()).toEqual([...unattributedIds(src, segs, ['IP'])].sort());
    expect(named.ids.has('b')).toBe(true);
  });
});
