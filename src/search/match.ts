/**
 * Which dictionary terms a query word matches, and how well: exact, prefix, and typos.
 *
 * Typos are found over the sorted TERM LIST, not over paragraphs: a Levenshtein (with
 * transpositions) table is computed down the list as if it were a trie — consecutive terms share
 * prefixes, so their table rows are reused, and a prefix whose row is already beyond the allowed
 * distance skips (by binary search) every term that starts with it. A typing user's word is a
 * prefix, so the distance used is "prefix edit distance": the smallest distance between the query
 * and any prefix of the term (`kontrolbesög` is 1 away from `kontrolbesøg|et`).
 */
import { lowerBound, prefixRange } from './corpus';
import { queryVariants, type QueryWord } from './fold';

export interface MatchOptions {
  fuzzy: boolean;
  aa: boolean;
}

/** How many typos a word of this length may carry: none below 4 letters (a prefix already matches widely). */
export function maxTypos(len: number): number {
  return len < 4 ? 0 : len < 8 ? 1 : 2;
}

/** Scores for kinds of match; a prefix hit is always worth less than an exact one, a typo less than both. */
const prefixScore = (q: number, t: number) => 0.8 + 0.15 * (q / t);
const typoScore = (d: number, q: number, t: number) => (0.55 + 0.15 * Math.min(1, q / t)) * (d <= 1 ? 1 : 0.8);

/** term index → best score in (0, 1] */
export function matchWord(terms: readonly string[], word: QueryWord, opts: MatchOptions): Map<number, number> {
  const out = new Map<number, number>();
  const put = (g: number, s: number) => {
    if ((out.get(g) ?? 0) < s) out.set(g, s);
  };
  for (const v of queryVariants(word.text, opts)) {
    const at = lowerBound(terms, v.text);
    if (terms[at] === v.text) put(at, v.quality);
    if (word.prefix) {
      const [lo, hi] = prefixRange(terms, v.text, at);
      for (let g = lo; g < hi; g++)
        if (g !== at || terms[g] !== v.text) put(g, v.quality * prefixScore(v.text.length, terms[g]!.length));
    }
    const k = opts.fuzzy ? maxTypos(v.text.length) : 0;
    if (k > 0) {
      // the first letter is taken as typed (as Lucene's prefixLength 1): typos there are rare, and
      // walking only the terms that start with it is what keeps typo search within a keystroke's budget
      const [lo, hi] = prefixRange(terms, v.text.charAt(0));
      fuzzyWalk(
        terms,
        v.text,
        k,
        word.prefix,
        (g, d) => {
          if (d > 0) put(g, v.quality * typoScore(d, v.text.length, terms[g]!.length));
        },
        lo,
        hi,
      );
    }
  }
  return out;
}

/**
 * Calls `visit(term, distance)` for every term within `k` edits of `q` (of a prefix of the term when
 * `prefix`). Optimal string alignment distance: substitution, insertion, deletion, transposition.
 */
export function fuzzyWalk(
  terms: readonly string[],
  q: string,
  k: number,
  prefix: boolean,
  visit: (g: number, d: number) => void,
  from = 0,
  to = terms.length,
): void {
  const m = q.length;
  const qc = new Int32Array(m);
  for (let j = 0; j < m; j++) qc[j] = q.charCodeAt(j);
  const rows: Int32Array[] = [new Int32Array(m + 1)];
  for (let j = 0; j <= m; j++) rows[0]![j] = j;
  const best: number[] = [m]; // best[d]: min over depths ≤ d of the distance of q to the term's first d chars
  const mins: number[] = [0]; // mins[d]: smallest cell of row d
  let valid = 0; // rows[0..valid] belong to `prev`'s first chars
  let prev = '';
  let i = from;
  const n = to;
  while (i < n) {
    const t = terms[i]!;
    let l = 0;
    const lim = Math.min(valid, t.length, prev.length);
    while (l < lim && t.charCodeAt(l) === prev.charCodeAt(l)) l++;
    let skipTo = -1;
    for (let d = l + 1; d <= t.length; d++) {
      const row = rows[d] ?? (rows[d] = new Int32Array(m + 1));
      const up = rows[d - 1]!;
      const up2 = d >= 2 ? rows[d - 2]! : null;
      const c = t.charCodeAt(d - 1);
      const cPrev = d >= 2 ? t.charCodeAt(d - 2) : -1;
      row[0] = d;
      let mn = d;
      for (let j = 1; j <= m; j++) {
        const qj = qc[j - 1]!;
        let v = up[j - 1]! + (qj === c ? 0 : 1);
        const del = up[j]! + 1;
        if (del < v) v = del;
        const ins = row[j - 1]! + 1;
        if (ins < v) v = ins;
        if (up2 && j >= 2 && qj === cPrev && qc[j - 2] === c) {
          const tr = up2[j - 2]! + 1;
          if (tr < v) v = tr;
        }
        row[j] = v;
        if (v < mn) mn = v;
      }
      best[d] = Math.min(best[d - 1]!, row[m]!);
      mins[d] = mn;
      // nothing below this prefix can come within k (a transposition may still reach back one row)
      if (mn > k && mins[d - 1]! >= k) {
        const hi = Math.min(n, prefixRange(terms, t.slice(0, d), i)[1]);
        if (prefix && best[d]! <= k) for (let g = i; g < hi; g++) visit(g, best[d]!);
        skipTo = Math.max(hi, i + 1);
        valid = d;
        break;
      }
    }
    prev = t;
    if (skipTo >= 0) {
      i = skipTo;
      continue;
    }
    const dist = prefix ? best[t.length]! : rows[t.length]![m]!;
    if (dist <= k) visit(i, dist);
    valid = t.length;
    i++;
  }
}
