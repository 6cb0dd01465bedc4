import { describe, expect, it } from 'vitest';
import type { TranscriptHit } from '../../../src/api/contract';
import { LatestOnly, groupHits, hitKey, namesCase, ptOption, snippetParts } from '../../../renderer/src/search/results';

const hit = (sourceId: string, start: number, score: number): TranscriptHit => ({
  type: 'transcript',
  sourceId,
  source: `Kilde ${sourceId}`,
  start,
  end: start + 5,
  snippet: '…ord…',
  highlight: [1, 4],
  score,
  speaker: null,
  caseId: null,
  participantId: null,
  roleId: null,
  segmentIds: [],
});

describe('search results in the renderer', () => {
  it('groups hits by source in the order of each source’s best hit, keeping the hits’ order', () => {
    const groups = groupHits([hit('b', 10, 1), hit('a', 5, 0.9), hit('b', 2, 0.8), hit('c', 0, 0.5), hit('a', 1, 0.4)]);
    expect(groups.map((g) => g.sourceId)).toEqual(['b', 'a', 'c']);
    expect(groups[0]!.hits.map((h) => h.start)).toEqual([10, 2]);
    expect(groups[1]!.hits.map((h) => h.start)).toEqual([5, 1]);
    expect(hitKey(hit('a', 5, 1))).toBe('a:5:10');
  });

  it('cuts a snippet around its highlight, and shows no mark for a highlight outside it', () => {
    expect(snippetParts('…kom på kontrolbesøg? TF', [8, 20])).toEqual(['…kom på ', 'kontrolbesøg', '? TF']);
    expect(snippetParts('abc', [2, 9])).toEqual(['abc', '', '']);
    expect(snippetParts('abc', [2, 2])).toEqual(['abc', '', '']);
  });

  it('never lets an older answer replace a newer one, but shows newer answers as they come', () => {
    const l = new LatestOnly();
    const a = l.next(),
      b = l.next(),
      c = l.next();
    expect(l.isNewest(c)).toBe(true);
    expect(l.isNewest(b)).toBe(false);
    expect(l.accept(b)).toBe(true); // b arrives first: shown (newer than what is shown)
    expect(l.accept(a)).toBe(false); // a arrives late: dropped
    expect(l.accept(c)).toBe(true);
    expect(l.accept(b)).toBe(false);
    const d = l.next();
    l.reset(); // the box was cleared: d's answer must not bring results back
    expect(l.accept(d)).toBe(false);
    expect(l.accept(l.next())).toBe(true);
  });

  it('knows when a source name already says its case', () => {
    expect(namesCase('Case 03 - Leder', 'Case 3')).toBe(true);
    expect(namesCase('Case 18 - Juridisk ansvarlig', 'Case 1')).toBe(false);
    expect(namesCase('Case 18 - Juridisk ansvarlig', 'Case 18')).toBe(true);
    expect(namesCase('Interview med lederen', 'Case 3')).toBe(false);
    expect(namesCase('Leder (Case 3)', 'Case 3')).toBe(true);
    expect(namesCase('x', '')).toBe(false);
  });

  it('names PT points for drop-downs', () => {
    expect(ptOption({ id: '#10', title: 'Kontrolbesøg følger op på aftalerne' })).toBe(
      '#10 Kontrolbesøg følger op på aftalerne',
    );
    expect(ptOption({ id: 'overordnet', title: 'Overordnet' })).toBe('Overordnet');
    expect(ptOption({ id: '#1', title: 'x'.repeat(80) })).toHaveLength(63);
  });
});
