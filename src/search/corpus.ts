/**
 * Inverted index: per document, tokens with offsets and a postings list per term; per corpus,
 * one sorted term list over all documents (for exact, prefix and typo-tolerant lookup by
 * binary search) pointing at the documents holding each term. Pure; no Node APIs.
 */
import { tokenize } from './fold';

/** One indexed text. Token i covers [starts[i], ends[i]) of the text and has term localTerms[termOf[i]]. */
export interface DocIndex {
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  termOf: Int32Array;
  localTerms: string[];
  /** postings of local term t: post[postStart[t] .. postStart[t+1]) (token numbers, ascending) */
  postStart: Int32Array;
  post: Int32Array;
}

export function indexText(text: string): DocIndex {
  const { starts, ends, terms } = tokenize(text);
  const ids = new Map<string, number>();
  const localTerms: string[] = [];
  const termOf = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    let id = ids.get(t);
    if (id === undefined) {
      id = localTerms.length;
      ids.set(t, id);
      localTerms.push(t);
    }
    termOf[i] = id;
  }
  // counting sort of token numbers by term: postings come out ascending
  const postStart = new Int32Array(localTerms.length + 1);
  for (let i = 0; i < termOf.length; i++) postStart[termOf[i]! + 1]!++;
  for (let t = 0; t < localTerms.length; t++) postStart[t + 1]! += postStart[t]!;
  const fill = postStart.slice(0, localTerms.length);
  const post = new Int32Array(termOf.length);
  for (let i = 0; i < termOf.length; i++) post[fill[termOf[i]!]!++] = i;
  return { length: text.length, starts, ends, termOf, localTerms, postStart, post };
}

/** Documents and one sorted term dictionary over them. */
export interface Corpus<D> {
  docs: D[];
  idx: DocIndex[];
  /** all terms, sorted by UTF-16 code unit (the order `<` uses, so binary search agrees) */
  terms: string[];
  /** entries of term g: entDoc/entLocal[entStart[g] .. entStart[g+1]), documents in order */
  entStart: Int32Array;
  entDoc: Int32Array;
  entLocal: Int32Array;
  /** occurrences of each term over the corpus */
  freq: Int32Array;
  /** per document: local term id → term index in `terms` (so a token is checked against a query in O(1)) */
  l2g: Int32Array[];
  tokens: number;
}

export function buildCorpus<D>(docs: D[], idx: DocIndex[]): Corpus<D> {
  const byTerm = new Map<string, number[]>();
  let tokens = 0;
  for (let d = 0; d < idx.length; d++) {
    const x = idx[d]!;
    tokens += x.termOf.length;
    for (let t = 0; t < x.localTerms.length; t++) {
      const term = x.localTerms[t]!;
      let e = byTerm.get(term);
      if (!e) byTerm.set(term, (e = []));
      e.push(d, t);
    }
  }
  const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entStart = new Int32Array(terms.length + 1);
  let n = 0;
  for (let g = 0; g < terms.length; g++) {
    n += byTerm.get(terms[g]!)!.length / 2;
    entStart[g + 1] = n;
  }
  const entDoc = new Int32Array(n);
  const entLocal = new Int32Array(n);
  const freq = new Int32Array(terms.length);
  const l2g = idx.map((x) => new Int32Array(x.localTerms.length));
  for (let g = 0; g < terms.length; g++) {
    const e = byTerm.get(terms[g]!)!;
    let at = entStart[g]!;
    let f = 0;
    for (let k = 0; k < e.length; k += 2) {
      const d = e[k]!,
        t = e[k + 1]!;
      entDoc[at] = d;
      entLocal[at] = t;
      at++;
      l2g[d]![t] = g;
      const x = idx[d]!;
      f += x.postStart[t + 1]! - x.postStart[t]!;
    }
    freq[g] = f;
  }
  return { docs, idx, terms, entStart, entDoc, entLocal, freq, l2g, tokens };
}

/** First index whose term is ≥ s. */
export function lowerBound(terms: readonly string[], s: string, lo = 0, hi = terms.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [lo, hi): the terms that start with `p`. */
export function prefixRange(terms: readonly string[], p: string, from = 0): [number, number] {
  const lo = lowerBound(terms, p, from);
  return [lo, lowerBound(terms, p + '\uffff', lo)];
}
