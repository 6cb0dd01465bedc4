/**
 * Merging a large copy does work in proportion to its size: each added coding's quote rendition found by its segment
 * (not by a search through all the copy's renditions), and only the copy's coders' codings keyed as possible twins.
 * Counted by reads of the copy's renditions, not timed; the merge's result checked as well.
 */
import { describe, expect, it } from 'vitest';
import { mergeCopy } from '../../../src/cmo/merge';
import type { Project, QuoteRendition, Segment, Source } from '../../../src/cmo/model';
import { projectFromTemplate } from '../../../src/cmo/templates/index';

const N = 3000;
const text = 'x'.repeat(N + 10);
const source = { id: 's', name: 'S', text, caseId: null, contentHash: 'h' } as unknown as Source;
const seg = (id: string, start: number, coder: string): Segment => ({
  id,
  sourceId: 's',
  start,
  end: start + 5,
  text: text.slice(start, start + 5),
  kind: 'C',
  pt: ['#1'],
  codes: [],
  verdict: 'unclear',
  memo: '',
  coder,
  previousText: null,
  createdAt: 'x',
  updatedAt: 'x',
  needsReview: false,
});
const rendition = (segmentId: string): QuoteRendition => ({
  segmentId,
  base: 'xxxxx',
  edits: [],
  starred: true,
  picked: false,
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('merging a large copy', () => {
  it("reads each of the copy's renditions a few times, not once per added coding", () => {
    const base = projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: '2026-01-01T00:00:00Z' });
    const mine: Project = {
      ...base,
      sources: [source],
      segments: Array.from({ length: N }, (_, i) => seg(`a${i}`, i, 'A')),
    };
    const theirs = Array.from({ length: N }, (_, i) => seg(`b${i}`, i, 'B'));
    const rends = theirs.filter((_, i) => i % 2 === 0).map((s) => rendition(s.id));
    let reads = 0;
    const counted = new Proxy(rends, {
      get: (t, k, r) => {
        if (typeof k === 'string' && /^\d+$/.test(k)) reads++;
        return Reflect.get(t, k, r) as unknown;
      },
    });
    const copy: Project = { ...base, sources: [source], segments: [...theirs, theirs[0]!], quoteRenditions: counted };
    const { project, report } = mergeCopy(mine, copy, 'b.cmo.json');
    expect(report.added.segments).toBe(N);
    expect(report.skipped).toBe(1);
    expect(project.quoteRenditions).toEqual(rends);
    expect(reads).toBeLessThan(5 * rends.length); // a search per coding: ≈ N²/4 reads (2,250,000 here)
    const again = mergeCopy(project, { ...copy, quoteRenditions: rends }, 'b.cmo.json');
    expect(again.report.added.segments).toBe(0);
    expect(again.project.quoteRenditions).toEqual(rends);
  });
});
