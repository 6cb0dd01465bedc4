/**
 * Pure helpers for the search view: hits grouped by source, a snippet cut around its highlight,
 * and the guard that keeps a slow answer to an old keystroke from replacing a newer one.
 */
import type { TranscriptHit } from '../../../src/api/contract';

export interface HitGroup {
  sourceId: string;
  source: string;
  caseId: string | null;
  hits: TranscriptHit[];
}

/** Hits grouped by source; groups in the order of their best hit (the hits come best first). */
export function groupHits(hits: readonly TranscriptHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const h of hits) {
    let g = groups.get(h.sourceId);
    if (!g) groups.set(h.sourceId, (g = { sourceId: h.sourceId, source: h.source, caseId: h.caseId, hits: [] }));
    g.hits.push(h);
  }
  return [...groups.values()];
}

/** A hit's identity (what "code the selected hits" sends back). */
export const hitKey = (h: { sourceId: string; start: number; end: number }) => `${h.sourceId}:${h.start}:${h.end}`;

/** The snippet in three parts: before the hit, the hit, after it (a bad highlight shows no mark). */
export function snippetParts(snippet: string, highlight: readonly [number, number]): [string, string, string] {
  const [a, b] = highlight;
  if (!(a >= 0 && b > a && b <= snippet.length)) return [snippet, '', ''];
  return [snippet.slice(0, a), snippet.slice(a, b), snippet.slice(b)];
}

/**
 * Sequence numbers for queries sent while typing: every request takes the next number; an answer
 * is shown only if no newer answer has been shown already. Intermediate answers still show (so
 * results follow the typing), but an old one arriving late never overwrites a newer one.
 */
export class LatestOnly {
  private issued = 0;
  private shown = 0;
  /** the number for a request about to be sent */
  next(): number {
    return ++this.issued;
  }
  /** whether the answer to request `n` may be shown (and, if so, it now is the one shown) */
  accept(n: number): boolean {
    if (n <= this.shown) return false;
    this.shown = n;
    return true;
  }
  /** whether request `n` is the newest sent (nothing newer under way) */
  isNewest(n: number): boolean {
    return n === this.issued;
  }
  /** drop every answer still under way (the query was cleared) */
  reset(): void {
    this.shown = this.issued = this.issued + 1;
  }
}

/** A PT point in a drop-down: `#10 Title…`, or the title alone for the overall hypothesis. */
export const ptOption = (p: { id: string; title: string }): string => {
  const title = p.title.length > 60 ? `${p.title.slice(0, 59)}…` : p.title;
  return p.id.startsWith('#') ? `${p.id} ${title}` : title;
};

/** Whether a source's name already says its case (`Case 03 - Leder` for `Case 3`). */
export function namesCase(source: string, caseLabel: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/\b0+(\d)/g, '$1');
  const label = norm(caseLabel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return label !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${label}($|[^\\p{L}\\p{N}])`, 'u').test(norm(source));
}
