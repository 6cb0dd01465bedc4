/** Search filtered by coder: only hits in those coders' codings, and their memos and configurations. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchOptions } from '../../../src/search/index';
import { resolveSearchFilter } from '../../../src/search/params';
import { searchProjectFixture } from './fixture';

const base = searchProjectFixture();
// seg-a (with a memo and cfg-1) is Karen's, seg-b Mads's, seg-c Karen's
const owner: Record<string, string> = { 'seg-a': 'Karen', 'seg-b': 'Mads', 'seg-c': 'Karen' };
const project = {
  ...base,
  coders: [
    { id: 'k', name: 'Karen' },
    { id: 'm', name: 'Mads' },
  ],
  segments: base.segments.map((s) => ({ ...s, coder: owner[s.id]! })),
};
const search = (q: string, o: SearchOptions = {}) => searchIndex(buildSearchIndex(project), project, q, o);
const f = (raw: Parameters<typeof resolveSearchFilter>[1]) => resolveSearchFilter(project, raw);

describe('search by coder', () => {
  it("keeps only transcript hits inside the coder's codings", () => {
    expect(search('kontrolbesøget').hits).toHaveLength(3);
    expect(search('kontrolbesøget', { filter: f({ coders: ['Karen'] }) }).hits.map((h) => h.sourceId)).toEqual([
      'src-3',
    ]);
    expect(search('kontrolbesøget', { filter: f({ coders: ['mads'] }) }).hits.map((h) => h.sourceId)).toEqual([
      'src-14',
    ]);
    expect(search('kontrolbesøget', { filter: f({ coders: ['Karen', 'Mads'] }) }).hits).toHaveLength(2);
    // with a kind: a segment must be both the coder's and of that kind
    expect(search('løft', { filter: f({ coders: ['Mads'], kinds: ['M'] }) }).hits).toHaveLength(0);
    expect(search('løft', { filter: f({ coders: ['Karen'], kinds: ['M'] }) }).hits).toHaveLength(1);
  });

  it("keeps the coder's segment memos and configurations, not the programteori nor another coder's", () => {
    const kinds = (q: string, c: string) =>
      search(q, { filter: f({ coders: [c] }) })
        .others.map((o) => `${o.type}:${o.id}`)
        .sort();
    expect(kinds('formalitet', 'Karen')).toEqual(['cmoc:cfg-1', 'memo:seg-a']);
    expect(kinds('formalitet', 'Mads')).toEqual([]);
    expect(search('kontrolbesøg', { filter: f({ coders: ['Karen'] }) }).others.some((o) => o.type === 'pt')).toBe(
      false,
    );
  });

  it('refuses an unknown coder by name', () => {
    expect(() => f({ coders: ['Sofie'] })).toThrow(/Sofie/);
  });
});
