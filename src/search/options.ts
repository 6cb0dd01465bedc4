/** What a search is asked: its options and its filters by id. */
import type { Kind } from '../cmo/model';

/** Filters by id (resolve user references first with `resolveSearchFilter`). */
export interface SearchFilter {
  sources?: string[];
  cases?: string[];
  roles?: string[];
  participants?: string[];
  /** true: only hits inside a coded segment; false: only hits no segment overlaps */
  coded?: boolean;
  /** hits overlapping a segment of one of these kinds (and PT points, when both are given) */
  kinds?: Kind[];
  pts?: string[];
  /** hits overlapping a segment of one of these coders (with the kinds and PT points, when given) */
  coders?: string[];
}

export type SearchScope = 'transcripts' | 'memos' | 'cmoc' | 'pt';

export interface SearchOptions {
  /** typo tolerance: edit distance 1 from 4 letters, 2 from 8; ö/ä/ü and oe/ae as ø/æ/y */
  fuzzy?: boolean;
  /** `aa` and `å` find each other (default true) */
  aa?: boolean;
  /** transcript hits returned (default 200); `others` are capped at 50 */
  limit?: number;
  scope?: SearchScope[];
  filter?: SearchFilter;
  /** characters of context on each side of a hit in its snippet (default 60) */
  context?: number;
}
