import { describe, expect, it } from 'vitest';
import { codingProblem } from '../../../src/cmo/codingProblem';
import { contract } from '../../../src/api/contract';
import { makeSegment } from '../../../src/cmo/segments';
import { draftProblem } from '../../../renderer/src/coding/nudge';
import { fixture } from './fixture';

const CASES = [
  { kind: 'M', pt: ['4a'], codes: [], want: null },
  { kind: 'M', pt: [], codes: [], want: 'need-pt' },
  { kind: 'M', pt: [], codes: ['Tillid'], want: 'need-pt' },
  { kind: null, pt: ['4a'], codes: [], want: 'need-kind' },
  { kind: null, pt: [], codes: [], want: 'need-coding' },
  { kind: null, pt: [], codes: ['Tillid'], want: null },
  { kind: 'O', pt: ['10'], codes: ['Tillid'], want: null },
] as const;

const SAID = {
  'need-pt': /Mindst ét programteoripunkt/,
  'need-kind': /Angiv C, M eller O/,
  'need-coding': /eller mindst én kode/,
};

describe('codingProblem: what a coding needs, said once', () => {
  it.each(CASES)('$kind $pt $codes → $want', ({ kind, pt, codes, want }) => {
    expect(codingProblem({ kind, pt, codes })).toBe(want);
  });
  it('the contract, the domain and the coding form answer as it does', () => {
    const p = fixture();
    const source = p.sources[0]!;
    for (const c of CASES) {
      const params = {
        sourceId: source.id,
        start: 0,
        end: 5,
        ...(c.kind ? { kind: c.kind } : {}),
        ...(c.pt.length ? { pt: [...c.pt] } : {}),
        ...(c.codes.length ? { codes: [...c.codes] } : {}),
      };
      expect(contract['segment.add'].params.safeParse(params).success, JSON.stringify(c)).toBe(c.want === null);
      const draft = { kind: c.kind, pts: [...c.pt], codes: [...c.codes] };
      expect(draftProblem(draft) === null, JSON.stringify(c)).toBe(c.want === null);
      if (c.codes.length) continue; // (the fixture's codebook is empty)
      const make = () =>
        makeSegment(p, { sourceId: source.id, start: 0, end: 5, kind: c.kind, pt: [...c.pt] }, 'x', 'now');
      if (c.want === null) expect(make).not.toThrow();
      else expect(make).toThrow(SAID[c.want]);
    }
  });
});
