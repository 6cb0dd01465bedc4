/** The codebook (`codes.list`) and a fuse.js index over it, refreshed with the project. */
import Fuse from 'fuse.js';
import type { CodeView } from '../../../src/api/contract';
import { useQuery } from '../shared/useQuery';

export type { CodeView };

export interface Codes {
  codes: CodeView[];
  byId: Map<string, CodeView>;
  search: (q: string, codableOnly?: boolean) => CodeView[];
}

const NONE: CodeView[] = [];
// one per answer, shared by every panel showing the codebook; the fuse.js index only once someone searches
const built = new WeakMap<CodeView[], Codes>();
function codesOf(codes: CodeView[]): Codes {
  let c = built.get(codes);
  if (c) return c;
  let fuse: Fuse<CodeView> | null = null;
  const search = (q: string, codableOnly = false) => {
    const s = q.trim();
    fuse ??= s
      ? new Fuse(codes, {
          keys: [
            { name: 'name', weight: 2 },
            { name: 'path', weight: 1 },
          ],
          threshold: 0.34,
          ignoreLocation: true,
        })
      : null;
    const hits = s && fuse ? fuse.search(s).map((r) => r.item) : codes;
    return codableOnly ? hits.filter((x) => x.codable) : hits;
  };
  c = { codes, byId: new Map(codes.map((x) => [x.id, x])), search };
  built.set(codes, c);
  return c;
}

export function useCodes(): Codes {
  const { data } = useQuery('codes.list', {});
  return codesOf(data ?? NONE);
}

/** A code name from selected words (in vivo): one line, no `/`, at most ~48 characters at a word break. */
export function inVivoName(text: string): string {
  const one = text
    .replace(/\s+/g, ' ')
    .replace(/\//g, '-')
    .replace(/^[\s"“”'‘’„(]+|[\s"“”'‘’.,;:!?)]+$/g, '')
    .trim();
  if (one.length <= 48) return one;
  const cut = one.slice(0, 48);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 24 ? cut.lastIndexOf(' ') : 48).replace(/[\s,;:]+$/, '')}…`;
}
