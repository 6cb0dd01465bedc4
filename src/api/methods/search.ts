/** Search as you type, "code all hits", and the command palette's items. */
import { z } from 'zod';
import { Kind, Verdict, type Memo, type Segment } from '../../cmo/model';
import { NoParams, mutation, query, returns, type Declarations } from '../define';
import { Ref } from '../schemas';

export const SearchFilterParams = {
  /** source ids or names */
  sources: z.array(Ref).optional(),
  cases: z.array(Ref).optional(),
  roles: z.array(Ref).optional(),
  participants: z.array(Ref).optional(),
  coded: z.boolean().optional(),
  kinds: z.array(Kind).optional(),
  pts: z.array(Ref).optional(),
  /** only hits in these coders' codings (names as the project spells them, or initials) */
  coders: z.array(z.string().trim().min(1).max(200)).optional(),
};

export const SearchQueryParams = z
  .object({
    query: z.string().max(1000),
    fuzzy: z.boolean().default(false),
    aa: z.boolean().default(true),
    limit: z.number().int().nonnegative().max(100_000).default(200),
    scope: z.array(z.enum(['transcripts', 'memos', 'cmoc', 'pt'])).optional(),
    context: z.number().int().nonnegative().max(1000).optional(),
    ...SearchFilterParams,
  })
  .strict();
export type SearchQueryParams = z.output<typeof SearchQueryParams>;

export const HitRef = z
  .object({ sourceId: Ref, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict();

export const SearchAutocodeParams = z
  .object({
    /** the search whose transcript hits are coded; or give `hits` (the selected results) instead */
    query: z.string().max(1000).default(''),
    hits: z.array(HitRef).max(100_000).optional(),
    fuzzy: z.boolean().default(false),
    aa: z.boolean().default(true),
    ...SearchFilterParams,
    widen: z.enum(['none', 'sentence', 'turn']).default('none'),
    kind: Kind,
    pt: z.array(Ref).min(1, 'mindst ét programteoripunkt'),
    verdict: Verdict.optional(),
    memo: z.string().max(100_000).optional(),
    coder: z.string().max(200).optional(),
    /** refuse to code more hits than this in one go */
    max: z.number().int().positive().max(100_000).default(5000),
    /** also code hits in the interviewer's speech or with no participant (left out by default) */
    includeInterviewer: z.boolean().default(false),
  })
  .strict()
  .refine(
    (p) => p.query.trim() !== '' || (p.hits?.length ?? 0) > 0,
    'angiv en søgning (query) eller de fund, der skal kodes (hits)',
  );
export type SearchAutocodeParams = z.output<typeof SearchAutocodeParams>;

export interface SearchAutocodeResult {
  /** the new segments, in source and text order */
  created: Segment[];
  /** hits already coded by an identical segment (same range, kind and PT points) */
  skipped: number;
  /** hits found (before widening merged some of them) */
  hits: number;
  /** hits left out: in the interviewer's speech / with no participant (0 with includeInterviewer) */
  skippedInterviewer: number;
  skippedUnattributed: number;
}

export type NoteType = 'memo' | 'cmoc' | 'pt';

export interface TranscriptHit {
  type: 'transcript';
  sourceId: string;
  /** the source's name */
  source: string;
  /** UTF-16 offsets into the stored text: open the transcript and select [start, end) */
  start: number;
  end: number;
  /** one line of context; the hit is snippet.slice(highlight[0], highlight[1]) */
  snippet: string;
  highlight: [number, number];
  /** 0–1, higher is better: 1 exact word, ~0.8–0.95 prefix, ~0.5–0.7 typo; lower when words lie apart */
  score: number;
  speaker: string | null;
  caseId: string | null;
  participantId: string | null;
  roleId: string | null;
  /** segments overlapping the hit (coded when not empty) */
  segmentIds: string[];
}

export interface NoteHit {
  type: NoteType;
  /** segment (memo), configuration (cmoc) or PT point (pt) id */
  id: string;
  field: string;
  /** what to show as the heading: `#4a Titel`, `O #10 i Case 03 - Leder` */
  label: string;
  /** the segment's source, for memos (a source memo's source) */
  sourceId: string | null;
  /** set on a hit in a memo on the project, a source, a case, a PT point or a code (absent on a coding's memo) */
  memo?: { on: Memo['on']; target: string | null };
  /** offsets into the field's text */
  start: number;
  end: number;
  snippet: string;
  highlight: [number, number];
  score: number;
}

export interface SearchResult {
  query: string;
  hits: TranscriptHit[];
  /** transcript hits in all (a lower bound when `totalExact` is false) */
  total: number;
  totalExact: boolean;
  others: NoteHit[];
  tookMs: number;
}

export type PaletteKind = 'source' | 'case' | 'participant' | 'pt' | 'cmoc' | 'command';
/** one thing the command palette can jump to (searched in the window: renderer/src/palette/paletteSearch.ts) */
export interface PaletteItem {
  kind: PaletteKind;
  /** source, case, participant, PT point or configuration id; the command's name for commands */
  id: string;
  label: string;
  /** second line: role and case, a PT point's title, a statement's start */
  detail: string;
  /** more words it answers to (aliases, file names, case numbers) */
  keywords: string[];
}

export const searchMethods = {
  /**
   * search as you type: transcript hits (offsets, snippet, score) plus memos, CMO statements and programteori
   * (`others`)
   */
  'search.query': query(SearchQueryParams, returns<SearchResult>()),
  /** "code all hits" of a search (or the selected hits), widened to sentence or turn if asked: one undoable step */
  'search.autocode': mutation(SearchAutocodeParams, returns<SearchAutocodeResult>()),
  /**
   * command palette: the project's sources, cases, participants, PT points and configurations (search them with
   * `paletteSearch`)
   */
  'palette.items': query(NoParams, returns<PaletteItem[]>()),
} satisfies Declarations;
