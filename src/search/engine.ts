/**
 * Full-text search over a project: transcripts, segment memos, CMO statements and the programteori.
 *
 * Why an inverted index and not fuse.js over paragraphs: fuse scores every paragraph on every
 * keystroke (hundreds of ms over 1M words), while a query here touches only the sorted term list
 * (tens of thousands of distinct words, binary search for prefixes, a pruned trie-like walk for
 * typos) and then the postings of the matched terms. Work per keystroke thus grows with the number
 * of hits wanted, not with the corpus.
 *
 * Project states are immutable, so the index is cached by object identity: one DocIndex per Source
 * object (WeakMap), one term dictionary per `project.sources` array. Coding a segment keeps the
 * sources array, so nothing is re-indexed; editing or importing one transcript re-indexes that
 * transcript only and re-merges the (cheap) term dictionary. Segments, memos, configurations and
 * the programteori are small and indexed as a second corpus, cached the same way.
 *
 * Pure: no Node APIs, so the renderer or a worker could run it too.
 */
import type { CmoConfiguration, Kind, Memo, Project, PtPoint, Segment, Source } from '../cmo/model';
import { targetLabeller } from '../cmo/memos';
import { turnAt } from '../cmo/turns';
import { isInterviewer } from '../cmo/interviewers';
import { buildCorpus, indexText, lowerBound, prefixRange, type Corpus, type DocIndex } from './corpus';
import { parseQuery, type QueryClause } from './fold';
import { matchWord, type MatchOptions } from './match';
import type { NoteHit, NoteType, SearchResult, TranscriptHit } from '../api/contract';

export type { NoteHit, NoteType, SearchResult, TranscriptHit };

// ─── index ─────────────────────────────────────────────────────────────────────────────────────

/** A short text beside the transcripts: a segment's memo, a memo on the project/a source/case/PT point/code, a configuration's statement, a PT field. */
export interface NoteDoc {
  type: NoteType;
  /** segment, configuration or PT point id (`programteori` for the theory's notes) */
  id: string;
  /** memo | statement | title | context | mechanism | outcome | questions | notes */
  field: string;
  text: string;
  segment?: Segment;
  configuration?: CmoConfiguration;
  point?: PtPoint;
  /** a memo on the project, a source, a case, a PT point or a code (type `memo`, field = what it is on) */
  memo?: Memo;
}

export interface SearchIndex {
  transcripts: Corpus<Source>;
  notes: Corpus<NoteDoc>;
  /** ms spent building what was not cached */
  buildMs: number;
}

const docCache = new WeakMap<object, DocIndex>();
const fieldCache = new WeakMap<object, Map<string, DocIndex>>();
const transcriptCache = new WeakMap<readonly Source[], Corpus<Source>>();
interface NotesKey {
  configurations: readonly CmoConfiguration[];
  pt: Project['programmeTheory'];
  memos: readonly Memo[] | undefined;
  corpus: Corpus<NoteDoc>;
}
const notesCache = new WeakMap<readonly Segment[], NotesKey>();

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function docIndexOf(owner: object, text: string, field?: string): DocIndex {
  if (field === undefined) {
    let x = docCache.get(owner);
    if (!x) docCache.set(owner, (x = indexText(text)));
    return x;
  }
  let m = fieldCache.get(owner);
  if (!m) fieldCache.set(owner, (m = new Map()));
  let x = m.get(field);
  if (!x) m.set(field, (x = indexText(text)));
  return x;
}

export function transcriptCorpus(sources: readonly Source[]): Corpus<Source> {
  let c = transcriptCache.get(sources);
  if (!c) {
    c = buildCorpus(
      [...sources],
      sources.map((s) => docIndexOf(s, s.text)),
    );
    transcriptCache.set(sources, c);
  }
  return c;
}

function notesCorpus(project: Project): Corpus<NoteDoc> {
  const hit = notesCache.get(project.segments);
  if (
    hit &&
    hit.configurations === project.configurations &&
    hit.pt === project.programmeTheory &&
    hit.memos === project.memos
  )
    return hit.corpus;
  const docs: NoteDoc[] = [];
  for (const s of project.segments)
    if (s.memo.trim()) docs.push({ type: 'memo', id: s.id, field: 'memo', text: s.memo, segment: s });
  for (const m of project.memos ?? [])
    if (m.text.trim()) docs.push({ type: 'memo', id: m.id, field: m.on, text: m.text, memo: m });
  for (const c of project.configurations)
    if (c.statement.trim())
      docs.push({ type: 'cmoc', id: c.id, field: 'statement', text: c.statement, configuration: c });
  for (const p of project.programmeTheory.points) {
    const fields: [string, string][] = [
      ['title', p.title],
      ['context', p.context],
      ['mechanism', p.mechanism],
      ['outcome', p.outcome],
      ['questions', p.questions.join('\n')],
    ];
    for (const [field, text] of fields) if (text.trim()) docs.push({ type: 'pt', id: p.id, field, text, point: p });
  }
  if (project.programmeTheory.notes.trim())
    docs.push({ type: 'pt', id: 'programteori', field: 'notes', text: project.programmeTheory.notes });
  const owner = (d: NoteDoc): object => d.segment ?? d.memo ?? d.configuration ?? d.point ?? project.programmeTheory;
  const corpus = buildCorpus(
    docs,
    docs.map((d) => docIndexOf(owner(d), d.text, d.field)),
  );
  notesCache.set(project.segments, {
    configurations: project.configurations,
    pt: project.programmeTheory,
    memos: project.memos,
    corpus,
  });
  return corpus;
}

/**
 * The search index of a project state: cheap to call on every query (cached by identity; only
 * changed transcripts are re-tokenised). The bench harness calls it once to time a cold build.
 */
export function buildSearchIndex(project: Project): SearchIndex {
  const t0 = now();
  const transcripts = transcriptCorpus(project.sources);
  const notes = notesCorpus(project);
  return { transcripts, notes, buildMs: now() - t0 };
}

/** Rough bytes held by an index's typed arrays and strings, for the benchmark's memory report. */
export function indexBytes(c: Corpus<unknown>): number {
  let b = c.entStart.byteLength + c.entDoc.byteLength + c.entLocal.byteLength + c.freq.byteLength;
  for (const t of c.terms) b += 2 * t.length + 16;
  for (const x of c.idx) {
    b += x.starts.byteLength + x.ends.byteLength + x.termOf.byteLength + x.postStart.byteLength + x.post.byteLength;
    for (const t of x.localTerms) b += 2 * t.length + 16;
  }
  return b;
}

// ─── options and results ───────────────────────────────────────────────────────────────────────

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

// ─── matching ──────────────────────────────────────────────────────────────────────────────────

interface Raw {
  d: number;
  s: number;
  e: number;
  score: number;
}
interface Plan {
  clauses: QueryClause[];
  quality: number;
}

/** The query as parsed, plus compound readings: `kontrol besøg` is also searched as `kontrolbesøg`. */
function plans(query: string): Plan[] {
  const clauses = parseQuery(query);
  const out: Plan[] = [{ clauses, quality: 1 }];
  const loose = clauses.length >= 2 && clauses.length <= 5 && clauses.every((c) => !c.phrase);
  if (!loose) return out;
  const word = (c: QueryClause) => c.words[0]!;
  for (let i = 0; i + 1 < clauses.length; i++) {
    const joined: QueryClause = {
      words: [{ text: word(clauses[i]!).text + word(clauses[i + 1]!).text, prefix: word(clauses[i + 1]!).prefix }],
      phrase: false,
    };
    out.push({ clauses: [...clauses.slice(0, i), joined, ...clauses.slice(i + 2)], quality: 0.97 });
  }
  if (clauses.length > 2)
    out.push({
      clauses: [{ words: [{ text: clauses.map((c) => word(c).text).join(''), prefix: true }], phrase: false }],
      quality: 0.97,
    });
  return out;
}

/**
 * A compound typed together also finds it written apart: `kontrolbesøg` is searched as the
 * phrase `kontrol besøg` too, for each place it splits into two words the corpus has (the first
 * exactly, the second exactly or — as the query is typed — as a prefix). At most three splits,
 * the longest first part first; parts of three letters or more.
 */
function compoundPlans(plan: Plan, terms: readonly string[]): Plan[] {
  const [clause] = plan.clauses;
  if (plan.clauses.length !== 1 || !clause || clause.phrase || clause.words.length !== 1) return [];
  const { text, prefix } = clause.words[0]!;
  const has = (t: string) => terms[lowerBound(terms, t)] === t;
  const starts = (t: string) => {
    const [lo, hi] = prefixRange(terms, t);
    return hi > lo;
  };
  const out: Plan[] = [];
  for (let i = text.length - 3; i >= 3 && out.length < 3; i--) {
    const left = text.slice(0, i),
      right = text.slice(i);
    if (has(left) && (prefix ? starts(right) : has(right))) {
      out.push({
        clauses: [
          {
            words: [
              { text: left, prefix: false },
              { text: right, prefix },
            ],
            phrase: true,
          },
        ],
        quality: 0.95,
      });
    }
  }
  return out;
}

type DocOk = (d: number) => boolean;
type HitOk = (d: number, s: number, e: number) => boolean;
const COUNT_CAP = 10_000;
/** how far apart (in words) the words of a loose multi-word query may lie */
const WINDOW = 10;

function execute<D>(
  c: Corpus<D>,
  plan: Plan,
  opts: MatchOptions,
  docOk: DocOk,
  hitOk: HitOk | null,
  limit: number,
): { hits: Raw[]; total: number; exact: boolean } {
  const { clauses } = plan;
  if (clauses.length === 0) return { hits: [], total: 0, exact: true };
  const wordMatches = clauses.map((cl) => cl.words.map((w) => matchWord(c.terms, w, opts)));
  if (clauses.length === 1 && !clauses[0]!.phrase)
    return single(c, wordMatches[0]![0]!, plan.quality, docOk, hitOk, limit);

  // per clause and word: term index → score (0: no match), so any token is checked in O(1);
  // the arrays (one slot per term) are kept per corpus and cleared after, not allocated per query
  const pool = scorePool(c);
  let slot = 0;
  const scores = wordMatches.map((words) =>
    words.map((m) => {
      // a long phrase beyond the kept slots gets arrays of its own
      const arr = slot < 8 ? (pool[slot] ??= new Float32Array(c.terms.length)) : new Float32Array(c.terms.length);
      slot++;
      for (const [g, sc] of m) arr[g] = sc;
      return arr;
    }),
  );
  try {
    return executeWith(c, plan, wordMatches, scores, docOk, hitOk);
  } finally {
    wordMatches.forEach((words, i) =>
      words.forEach((m, j) => {
        const arr = scores[i]![j]!;
        for (const g of m.keys()) arr[g] = 0;
      }),
    );
  }
}

const pools = new WeakMap<object, Float32Array[]>();
function scorePool(c: object): Float32Array[] {
  let p = pools.get(c);
  if (!p) pools.set(c, (p = []));
  return p;
}

function executeWith<D>(
  c: Corpus<D>,
  plan: Plan,
  wordMatches: Map<number, number>[][],
  scores: Float32Array[][],
  docOk: DocOk,
  hitOk: HitOk | null,
): { hits: Raw[]; total: number; exact: boolean } {
  const { clauses } = plan;
  // the anchor is the rarest clause; only its occurrences are listed, the others are looked up around them
  const freqOf = (m: Map<number, number>) => {
    let n = 0;
    for (const g of m.keys()) n += c.freq[g]!;
    return n;
  };
  let a = 0;
  clauses.forEach((_, i) => {
    if (freqOf(wordMatches[i]![0]!) < freqOf(wordMatches[a]![0]!)) a = i;
  });
  const anchorTerms = new Map<number, [number, number][]>();
  for (const [g, sc] of wordMatches[a]![0]!) {
    for (let k = c.entStart[g]!; k < c.entStart[g + 1]!; k++) {
      const d = c.entDoc[k]!;
      let l = anchorTerms.get(d);
      if (!l) anchorTerms.set(d, (l = []));
      l.push([c.entLocal[k]!, sc]);
    }
  }
  const hits: Raw[] = [];
  let total = 0;
  for (const d of [...anchorTerms.keys()].sort((x, y) => x - y)) {
    if (!docOk(d)) continue;
    const doc: DocView = { x: c.idx[d]!, l2g: c.l2g[d]! };
    for (const h of combine(doc, anchorTerms.get(d)!, a, scores, clauses)) {
      if (hitOk && !hitOk(d, h.s, h.e)) continue;
      total++;
      hits.push({ d, s: h.s, e: h.e, score: h.score * plan.quality });
    }
  }
  return { hits, total, exact: true };
}

/** One word: walk its terms best first and stop once enough hits are in hand (and counted). */
function single<D>(
  c: Corpus<D>,
  m: Map<number, number>,
  quality: number,
  docOk: DocOk,
  hitOk: HitOk | null,
  limit: number,
) {
  const terms = [...m].sort((a, b) => b[1] - a[1] || c.freq[b[0]]! - c.freq[a[0]]!);
  const hits: Raw[] = [];
  let total = 0;
  let exact = true;
  for (const [g, score] of terms) {
    for (let k = c.entStart[g]!; k < c.entStart[g + 1]!; k++) {
      const d = c.entDoc[k]!;
      if (!docOk(d)) continue;
      const x = c.idx[d]!;
      const t = c.entLocal[k]!;
      const from = x.postStart[t]!,
        to = x.postStart[t + 1]!;
      if (!hitOk && hits.length >= limit) {
        total += to - from;
        continue;
      }
      for (let p = from; p < to; p++) {
        const pos = x.post[p]!;
        if (hitOk) {
          if (hits.length >= limit && total >= COUNT_CAP) {
            exact = false;
            break;
          }
          if (!hitOk(d, pos, pos)) continue;
        }
        total++;
        if (hits.length < limit) hits.push({ d, s: pos, e: pos, score: score * quality });
      }
    }
    if (!exact) break;
  }
  return { hits, total, exact };
}

interface Occ {
  s: number;
  e: number;
  score: number;
}

interface DocView {
  x: DocIndex;
  l2g: Int32Array;
}

/** The clause at token `p` (a phrase: starting there), or null. */
function matchAt(doc: DocView, words: Float32Array[], phrase: boolean, p: number): Occ | null {
  const len = phrase ? words.length : 1;
  const { x, l2g } = doc;
  if (p < 0 || p + len > x.termOf.length) return null;
  let sum = 0;
  for (let i = 0; i < len; i++) {
    const sc = words[i]![l2g[x.termOf[p + i]!]!]!;
    if (!sc) return null;
    sum += sc;
  }
  return { s: p, e: p + len - 1, score: sum / len };
}

/**
 * Hits of all clauses in one document: each occurrence of the anchor clause, kept when every
 * other clause matches within WINDOW words of it (looked up token by token, so a frequent clause —
 * a one-letter prefix — costs only its window). The hit spans the nearest matches.
 */
function combine(
  doc: DocView,
  anchorTerms: [number, number][],
  a: number,
  scores: Float32Array[][],
  clauses: QueryClause[],
): Occ[] {
  const { x } = doc;
  const first: Occ[] = [];
  for (const [t, score] of anchorTerms)
    for (let p = x.postStart[t]!; p < x.postStart[t + 1]!; p++) first.push({ s: x.post[p]!, e: x.post[p]!, score });
  first.sort((p, q) => p.s - q.s);
  const anchor = clauses[a]!.phrase
    ? first.map((o) => matchAt(doc, scores[a]!, true, o.s)).filter((o): o is Occ => o !== null)
    : first;
  if (clauses.length === 1) return anchor;
  const out: Occ[] = [];
  const seen = new Set<number>();
  for (const o of anchor) {
    let s = o.s,
      e = o.e,
      sum = o.score,
      inOrder = true,
      words = o.e - o.s + 1;
    let ok = true;
    for (let i = 0; ok && i < clauses.length; i++) {
      if (i === a) continue;
      const w = scores[i]!,
        ph = clauses[i]!.phrase;
      let near: Occ | null = null;
      for (let dist = 1; !near && dist <= WINDOW; dist++) {
        // the side the query order suggests first
        near =
          i < a
            ? (matchAt(doc, w, ph, o.s - dist) ?? matchAt(doc, w, ph, o.e + dist))
            : (matchAt(doc, w, ph, o.e + dist) ?? matchAt(doc, w, ph, o.s - dist));
      }
      if (!near) {
        ok = false;
        break;
      }
      s = Math.min(s, near.s);
      e = Math.max(e, near.e);
      sum += near.score;
      words += near.e - near.s + 1;
      if (i < a !== near.s < o.s) inOrder = false;
    }
    if (!ok) continue;
    const key = s * 1_000_003 + e;
    if (seen.has(key)) continue;
    seen.add(key);
    const gap = Math.max(0, e - s + 1 - words);
    out.push({ s, e, score: ((sum / clauses.length) * (inOrder ? 1 : 0.9)) / (1 + 0.1 * gap) });
  }
  return out;
}

/** Runs every reading of the query and merges them: one hit per span, its best score. */
function run<D>(c: Corpus<D>, ps: Plan[], opts: MatchOptions, docOk: DocOk, hitOk: HitOk | null, limit: number) {
  const merged = new Map<string, Raw>();
  let total = 0,
    exact = true;
  for (const plan of ps) {
    const r = execute(c, plan, opts, docOk, hitOk, limit);
    for (const h of r.hits) {
      const key = `${h.d}:${h.s}:${h.e}`;
      const old = merged.get(key);
      if (!old) total++;
      if (!old || old.score < h.score) merged.set(key, h);
    }
    total += r.total - r.hits.length;
    exact &&= r.exact && (ps.length === 1 || r.hits.length === r.total);
  }
  // plans can find the same place twice ("kontrol besøg" as two words and joined): keep one hit per place
  const byPlace = [...merged.values()].sort((a, b) => a.d - b.d || a.s - b.s || b.e - a.e);
  const kept: Raw[] = [];
  for (const h of byPlace) {
    const prev = kept.at(-1);
    if (prev && prev.d === h.d && h.s <= prev.e) {
      if (h.score > prev.score) kept[kept.length - 1] = h;
      total--;
      continue;
    }
    kept.push(h);
  }
  const hits = kept.sort((a, b) => b.score - a.score || a.d - b.d || a.s - b.s);
  return { hits, total: Math.max(total, hits.length), exact };
}

// ─── snippets ──────────────────────────────────────────────────────────────────────────────────

/** One line of context around [start, end): whitespace collapsed, cut at word boundaries, `…` where cut. */
export function snippetOf(
  text: string,
  start: number,
  end: number,
  context = 60,
): { snippet: string; highlight: [number, number] } {
  const one = (s: string) => s.replace(/\s+/g, ' ');
  let a = Math.max(0, start - context);
  if (a > 0) {
    const sp = text.indexOf(' ', a);
    a = sp >= 0 && sp < start ? sp + 1 : a;
  }
  let b = Math.min(text.length, end + context);
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    b = sp > end ? sp : b;
  }
  const pre = (a > 0 ? '…' : '') + one(text.slice(a, start)).trimStart();
  const mid = one(text.slice(start, end));
  const post = one(text.slice(end, b)).trimEnd() + (b < text.length ? '…' : '');
  return { snippet: pre + mid + post, highlight: [pre.length, pre.length + mid.length] };
}

// ─── search ────────────────────────────────────────────────────────────────────────────────────

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
      const label = doc.memo
        ? `Memo: ${doc.memo.on === 'project' ? 'projektet' : memoLabel(doc.memo.on, doc.memo.target)}`
        : doc.segment
          ? `${doc.segment.kind ?? ''} ${doc.segment.pt.join(' ')} i ${srcName.get(doc.segment.sourceId) ?? doc.segment.sourceId}`
          : doc.configuration
            ? `CMO-konfiguration ${doc.configuration.pt}${ptTitle.get(doc.configuration.pt) ? ` ${ptTitle.get(doc.configuration.pt)}` : ''}`
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
