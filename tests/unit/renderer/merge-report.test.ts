import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/cmo/merge';
import { ADDED_ORDER, summarizeMerge } from '../../../renderer/src/team/mergeReport';

describe('the merge report in the window', () => {
  it('lists only what was added, in a fixed order, with the skipped, flagged and conflicts', () => {
    const r = emptyReport();
    r.added.memos = 1;
    r.added.segments = 4;
    r.added.coders = 1;
    r.skipped = 3;
    r.flagged = ['s1', 's2'];
    r.conflicts.push({
      kind: 'code',
      id: 'c1',
      what: 'Tillid',
      here: 'Tillid',
      there: 'Tiltro',
      copy: 'Mads.cmo.json',
    });
    const s = summarizeMerge(r);
    expect(s.added).toEqual([
      { what: 'segments', count: 4 },
      { what: 'memos', count: 1 },
      { what: 'coders', count: 1 },
    ]);
    expect(s).toMatchObject({ skipped: 3, flagged: 2, nothingNew: false });
    expect(s.conflicts.map((c) => c.id)).toEqual(['c1']);
  });

  it('says nothing new when a copy merged twice adds nothing, and knows every kind the service counts', () => {
    const r = emptyReport();
    r.skipped = 7;
    expect(summarizeMerge(r)).toMatchObject({ added: [], skipped: 7, nothingNew: true });
    expect([...ADDED_ORDER].sort()).toEqual(Object.keys(emptyReport().added).sort());
  });
});
