/** The codebook (`codes.list`) and a fuse.js index over it, refreshed with the project. */
import Fuse from 'fuse.js';
import { useMemo } from 'react';
import type { CodeView } from '../../../src/service/commands/codes';
import { useQuery } from '../shared/useQuery';

export type { CodeView };

export function useCodes(): { codes: CodeView[]; byId: Map<string, CodeView>; search: (q: string, codableOnly?: boolean) => CodeView[] } {
  const { data } = useQuery('codes.list', {});
  return useMemo(() => {
    const codes = data ?? [];
    const byId = new Map(codes.map((c) => [c.id, c]));
    const fuse = new Fuse(codes, { keys: [{ name: 'name', weight: 2 }, { name: 'path', weight: 1 }], threshold: 0.34, ignoreLocation: true });
    const search = (q: string, codableOnly = false) => {
      const s = q.trim();
      const hits = s ? fuse.search(s).map((r) => r.item) : codes;
      return codableOnly ? hits.filter((c) => c.codable) : hits;
    };
    return { codes, byId, search };
  }, [data]);
}

/** A code name from selected words (in vivo): one line, no `/`, at most ~48 characters at a word break. */
export function inVivoName(text: string): string {
  const one = text.replace(/\s+/g, ' ').replace(/\//g, '-').replace(/^[\s"“”'‘’„(]+|[\s"“”'‘’.,;:!?)]+$/g, '').trim();
  if (one.length <= 48) return one;
  const cut = one.slice(0, 48);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 24 ? cut.lastIndexOf(' ') : 48).replace(/[\s,;:]+$/, '')}…`;
}
