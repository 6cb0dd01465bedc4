/**
 * Running a query over a corpus: its readings (compounds too), each clause's terms walked best
 * first, words of a phrase or a loose query combined within a window, and one hit per span.
 */
import { lowerBound, prefixRange, type Corpus, type DocIndex } from './corpus';
import { parseQuery, type QueryClause } from './fold';
import { matchWord, type MatchOptions } from './match';

interface Raw {
  d: number;
  s: number;
  e: number;
  score: number;
}
export interface Plan {
  clauses: QueryClause[];
  quality: number;
}

/** The query as parsed, plus compound readings: `kontrol besøg` is also searched as `kontrolbesøg`. */
export function plans(query: string): Plan[] {
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
export function compoundPlans(plan: Plan, terms: readonly string[]): Plan[] {
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

export type DocOk = (d: number) => boolean;
export type HitOk = (d: number, s: number, e: number) => boolean;
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
export function run<D>(c: Corpus<D>, ps: Plan[], opts: MatchOptions, docOk: DocOk, hitOk: HitOk | null, limit: number) {
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
