/**
 * Full-text search over a project: transcripts, segment memos, CMO statements and the programteori.
 *
 * Why an inverted index and not fuse.js over paragraphs: fuse scores every paragraph on every
 * keystroke (hundreds of ms over 1M words), while a query here touches only the sorted term list
 * (tens of thousands of distinct words, binary search for prefixes, a pruned trie-like walk for
 * typos) and then the postings of the matched terms. Work per keystroke thus grows with the number
 * of hits wanted, not with the corpus.
 *
 * Here: a search over the index (projectIndex.ts) with its filters, hits attributed to speakers and
 * overlapping segments; the query's matching is in matching.ts, the options in options.ts.
 *
 * Pure: no Node APIs, so the renderer or a worker could run it too.
 */
import type { Project, Segment, Source } from '../cmo/model';
import { targetLabeller } from '../cmo/memos';
import { turnAt } from '../cmo/turns';
import { isInterviewer } from '../cmo/interviewers';
import type { NoteHit, NoteType, SearchResult, TranscriptHit } from '../api/contract';
import type { MatchOptions } from './match';
import { buildSearchIndex, now, type SearchIndex } from './projectIndex';
import { compoundPlans, plans, run, type HitOk } from './matching';
import { snippetOf } from './snippet';
import type { SearchOptions, SearchScope } from './options';

export type { NoteHit, NoteType, SearchResult, TranscriptHit };
export type { SearchFilter, SearchOptions, SearchScope } from './options';
export { buildSearchIndex, indexBytes, transcriptCorpus, type NoteDoc, type SearchIndex } from './projectIndex';
export { snippetOf } from './snippet';

interface SegIndex {
  segs: Segment[];
  maxEnd: Int32Array;
}
const segCache = new WeakMap<readonly Segment[], Map<string, SegIndex>>();

/** Segments per source sorted by start, with running max of ends: overlap queries in O(log n + k). */
function segmentsBySource(segments: readonly Segment[]): Map<string, SegIndex> {
  let m = segCache.get(segments);
  if (m) return m;
  const groups = new Map<string, Segment[]>();
  for (const s of segments) {
    let g = groups.get(s.sourceId);
    if (!g) groups.set(s.sourceId, (g = []));
    g.push(s);
  }
  m = new Map();
  for (const [id, segs] of groups) {
    segs.sort((a, b) => a.start - b.start);
    const maxEnd = new Int32Array(segs.length);
    segs.forEach((s, i) => {
      maxEnd[i] = Math.max(s.end, i ? maxEnd[i - 1]! : 0);
    });
    m.set(id, { segs, maxEnd });
  }
  segCache.set(segments, m);
  return m;
}

function overlapping(ix: SegIndex | undefined, start: number, end: number): Segment[] {
  if (!ix) return [];
  let lo = 0,
    hi = ix.segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ix.segs[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Segment[] = [];
  for (let i = lo - 1; i >= 0 && ix.maxEnd[i]! > start; i--) if (ix.segs[i]!.end > start) out.push(ix.segs[i]!);
  return out.reverse();
}

interface Who {
  speaker: string | null;
  caseId: string | null;
  participantId: string | null;
  roleId: string | null;
}

function whoAt(
  project: Project,
  participants: Map<string, Project['participants'][number]>,
  src: Source,
  at: number,
): Who {
  const turn = turnAt(src.turns, at);
  let pid = turn ? (src.speakerMap[turn.speaker] ?? null) : null;
  if (!pid && !turn && src.participantIds.length === 1) pid = src.participantIds[0]!;
  if (turn && pid && isInterviewer(project, turn.speaker)) pid = null;
  const p = pid ? participants.get(pid) : undefined;
  return {
    speaker: turn?.speaker ?? null,
    caseId: p?.caseId ?? src.caseId,
    participantId: p?.id ?? null,
    roleId: p?.roleId ?? null,
  };
}

const set = <T>(xs: T[] | undefined) => (xs && xs.length ? new Set(xs) : null);

/** Search a project. `index` from `buildSearchIndex(project)` (cheap when cached). */
export function searchIndex(
  index: SearchIndex,
  project: Project,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const t0 = now();
  const opts: MatchOptions = { fuzzy: options.fuzzy ?? false, aa: options.aa ?? true };
  const limit = Math.max(0, options.limit ?? 200);
  const scope = new Set<SearchScope>(options.scope ?? ['transcripts', 'memos', 'cmoc', 'pt']);
  const f = options.filter ?? {};
  const parsed = plans(query);
  const ps = [...parsed, ...compoundPlans(parsed[0]!, index.transcripts.terms)];
  const participants = new Map(project.participants.map((p) => [p.id, p]));
  const segIx = segmentsBySource(project.segments);
  const sources = set(f.sources),
    cases = set(f.cases),
    roles = set(f.roles),
    people = set(f.participants);
  const kinds = set(f.kinds),
    pts = set(f.pts),
    coders = set(f.coders);
  const byWho = !!(cases || roles || people);
  const bySeg = f.coded !== undefined || !!kinds || !!pts || !!coders;

  const whoOk = (w: Pick<Who, 'caseId' | 'roleId' | 'participantId'>) =>
    (!cases || (w.caseId !== null && cases.has(w.caseId))) &&
    (!roles || (w.roleId !== null && roles.has(w.roleId))) &&
    (!people || (w.participantId !== null && people.has(w.participantId)));
  const segOk = (s: Segment) =>
    (!kinds || (s.kind !== null && kinds.has(s.kind))) &&
    (!pts || s.pt.some((p) => pts.has(p))) &&
    (!coders || coders.has(s.coder));

  let hits: TranscriptHit[] = [];
  let total = 0,
    totalExact = true;
  if (scope.has('transcripts') && limit > 0) {
    const c = index.transcripts;
    // a source can only hold hits of a case/role/participant its speakers (or the source itself) have
    const docOk = (d: number) => {
      const src = c.docs[d]!;
      if (sources && !sources.has(src.id)) return false;
      if (!byWho) return true;
      const cands: Who[] = [{ speaker: null, caseId: src.caseId, participantId: null, roleId: null }];
      for (const pid of new Set([...src.participantIds, ...Object.values(src.speakerMap)])) {
        const p = participants.get(pid);
        if (p) cands.push({ speaker: null, caseId: p.caseId ?? src.caseId, participantId: p.id, roleId: p.roleId });
      }
      return cands.some(whoOk);
    };
    const hitOk: HitOk | null =
      byWho || bySeg
        ? (d, s, e) => {
            const src = c.docs[d]!,
              x = c.idx[d]!;
            const start = x.starts[s]!,
              end = x.ends[e]!;
            if (byWho && !whoOk(whoAt(project, participants, src, start))) return false;
            if (bySeg) {
              const over = overlapping(segIx.get(src.id), start, end);
              if (f.coded === true && over.length === 0) return false;
              if (f.coded === false && over.length > 0) return false;
              if ((kinds || pts || coders) && !over.some(segOk)) return false;
            }
            return true;
          }
        : null;
    const r = run(c, ps, opts, docOk, hitOk, limit);
    total = r.total;
    totalExact = r.exact;
    hits = r.hits.slice(0, limit).map((h) => {
      const src = c.docs[h.d]!,
        x = c.idx[h.d]!;
      const start = x.starts[h.s]!,
        end = x.ends[h.e]!;
      const w = whoAt(project, participants, src, start);
      return {
        type: 'transcript' as const,
        sourceId: src.id,
        source: src.name,
        start,
        end,
        ...snippetOf(src.text, start, end, options.context),
        score: round(h.score),
        ...w,
        segmentIds: overlapping(segIx.get(src.id), start, end).map((s) => s.id),
      };
    });
  }

  const others: NoteHit[] = [];
  const noteScopes = (['memos', 'cmoc', 'pt'] as const).filter((s) => scope.has(s));
  if (noteScopes.length) {
    const c = index.notes;
    const ctxOf = (() => {
      const srcs = new Map(project.sources.map((s) => [s.id, s]));
      return (seg: Segment): Who | null => {
        const src = srcs.get(seg.sourceId);
        return src ? whoAt(project, participants, src, seg.start) : null;
      };
    })();
    const segById = new Map(project.segments.map((s) => [s.id, s]));
    const wantType = (t: NoteType) => scope.has(t === 'memo' ? 'memos' : t);
    const docOk = (d: number) => {
      const doc = c.docs[d]!;
      if (!wantType(doc.type)) return false;
      if (doc.segment) {
        const s = doc.segment,
          w = ctxOf(s);
        return (!sources || sources.has(s.sourceId)) && f.coded !== false && segOk(s) && (!byWho || (!!w && whoOk(w)));
      }
      if (doc.memo) {
        // a memo belongs to what it is on: a filter keeps it only when it names that very thing
        const m = doc.memo;
        if (kinds || f.coded !== undefined || roles || people) return false;
        if (coders && !coders.has(m.coder)) return false;
        const only = [sources && 'source', cases && 'case', pts && 'pt'].filter(Boolean);
        if (!only.length) return true;
        return (
          only.length === 1 &&
          only[0] === m.on &&
          m.target !== null &&
          (m.on === 'source' ? sources!.has(m.target) : m.on === 'case' ? cases!.has(m.target) : pts!.has(m.target))
        );
      }
      if (doc.configuration) {
        const cfg = doc.configuration;
        if (pts && !pts.has(cfg.pt)) return false;
        if (!sources && !byWho && !kinds && !coders && f.coded !== false) return true;
        if (f.coded === false) return false;
        const linked = [...cfg.contextIds, ...cfg.mechanismIds, ...cfg.outcomeIds]
          .map((id) => segById.get(id))
          .filter((s): s is Segment => !!s);
        return linked.some(
          (s) =>
            (!sources || sources.has(s.sourceId)) &&
            (!kinds || (s.kind !== null && kinds.has(s.kind))) &&
            (!coders || coders.has(s.coder)) &&
            (!byWho || whoOk(ctxOf(s) ?? { caseId: null, roleId: null, participantId: null })),
        );
      }
      // the programteori belongs to no case, speaker or segment
      if (sources || byWho || kinds || coders || f.coded !== undefined) return false;
      return !pts || pts.has(doc.id);
    };
    const r = run(c, ps, opts, docOk, null, 50);
    const ptTitle = new Map(project.programmeTheory.points.map((p) => [p.id, p.title]));
    const srcName = new Map(project.sources.map((s) => [s.id, s.name]));
    const memoLabel = targetLabeller(project);
    for (const h of r.hits.slice(0, 50)) {
      const doc = c.docs[h.d]!,
        x = c.idx[h.d]!;
      const start = x.starts[h.s]!,
        end = x.ends[h.e]!;
      const seg = doc.segment,
        cfg = doc.configuration;
      const cfgTitle = cfg && ptTitle.get(cfg.pt);
      const label = doc.memo
        ? `Memo: ${doc.memo.on === 'project' ? 'projektet' : memoLabel(doc.memo.on, doc.memo.target)}`
        : seg
          ? `${seg.kind ?? ''} ${seg.pt.join(' ')} i ${srcName.get(seg.sourceId) ?? seg.sourceId}`
          : cfg
            ? `CMO-konfiguration ${cfg.pt}${cfgTitle ? ` ${cfgTitle}` : ''}`
            : doc.point
              ? `${doc.point.id} ${doc.point.title}`.trim()
              : 'Programteori';
      others.push({
        type: doc.type,
        id: doc.id,
        field: doc.field,
        label,
        sourceId: doc.segment?.sourceId ?? (doc.memo?.on === 'source' ? doc.memo.target : null),
        ...(doc.memo ? { memo: { on: doc.memo.on, target: doc.memo.target } } : {}),
        start,
        end,
        ...snippetOf(doc.text, start, end, options.context),
        score: round(h.score),
      });
    }
  }
  return { query, hits, total, totalExact, others, tookMs: round(now() - t0) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Convenience: index (cached) and search in one call. */
export function searchProject(project: Project, query: string, options: SearchOptions = {}): SearchResult {
  return searchIndex(buildSearchIndex(project), project, query, options);
}
