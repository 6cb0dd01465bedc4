/**
 * Danish-aware folding and tokenising for search. Pure (no Node APIs): the renderer may use it too.
 *
 * A term is a word token lower-cased after NFC. æ, ø and å stay their own letters (a Danish reader
 * never takes `løft` for `loft`); other Latin accents fold to their base letter (idé = ide,
 * café = cafe) because Danish writers use them inconsistently. ö/ä/ü are NOT folded in the index:
 * they become ø/æ/y only as typo variants of a fuzzy query (see `queryVariants`), and `aa` ≈ `å`
 * is a query-time option, so the index stays exact and every tolerance is a choice at query time.
 */

const ACCENTS: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ý: 'y',
  ç: 'c',
  ñ: 'n',
};
const ACCENT_RE = /[áàâãéèêëíìîïóòôõúùûýçñ]/g;
const HAS_ACCENT = /[áàâãéèêëíìîïóòôõúùûýçñ]/;

/** The folded form of one word (already a token: letters, digits, marks). */
export function foldTerm(word: string): string {
  let s = word.normalize('NFC').toLowerCase();
  if (HAS_ACCENT.test(s)) s = s.replace(ACCENT_RE, (c) => ACCENTS[c] ?? c);
  return s;
}

/** Letters, digits and combining marks; everything else (space, punctuation, `-`, `'`) separates words. */
export const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  terms: string[];
}

/** Word tokens of a text with UTF-16 offsets into it, and their folded terms. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const terms: string[] = [];
  // lower-casing the whole text at once is much faster than per token; it is safe whenever it keeps
  // the length (always for Danish), otherwise offsets could drift and we fold token by token
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const src = same ? lower : text;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(src); m; m = WORD_RE.exec(src)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    let t = m[0];
    if (!same) t = t.toLowerCase();
    if (HAS_ACCENT.test(t)) t = t.replace(ACCENT_RE, (c) => ACCENTS[c] ?? c);
    terms.push(t);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), terms };
}

/** One word of a query as typed, folded, and what it may also be spelled as. */
export interface QueryWord {
  text: string;
  /** the word may be the start of a longer word (search as you type; Danish compounds) */
  prefix: boolean;
}

export interface QueryClause {
  words: QueryWord[];
  /** words must follow each other (a quoted phrase) */
  phrase: boolean;
}

/**
 * `kontrol "tre led" besøg` → clauses [kontrol] ["tre led" phrase] [besøg].
 * Loose words match as prefixes. Inside quotes words match exactly, except the last word of a
 * phrase whose closing quote is not typed yet (the user is still typing it).
 */
export function parseQuery(query: string): QueryClause[] {
  const q = query.normalize('NFC').replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  const clauses: QueryClause[] = [];
  const loose = (s: string) => {
    for (const m of s.matchAll(WORD_RE))
      clauses.push({ words: [{ text: foldTerm(m[0]), prefix: true }], phrase: false });
  };
  let at = 0;
  while (at < q.length) {
    const open = q.indexOf('"', at);
    if (open < 0) {
      loose(q.slice(at));
      break;
    }
    loose(q.slice(at, open));
    const close = q.indexOf('"', open + 1);
    const inner = q.slice(open + 1, close < 0 ? q.length : close);
    const words = [...inner.matchAll(WORD_RE)].map((m) => ({ text: foldTerm(m[0]), prefix: false }));
    if (close < 0 && words.length) words[words.length - 1]!.prefix = true;
    if (words.length === 1) clauses.push({ words, phrase: false });
    else if (words.length > 1) clauses.push({ words, phrase: true });
    at = close < 0 ? q.length : close + 1;
  }
  return clauses;
}

export interface Variant {
  text: string;
  quality: number;
}

/**
 * Spellings a query word is also searched as, with how much a hit through them is worth:
 *   aa ≈ å (option `aa`): `Aarhus` finds `Århus` and back;
 *   fuzzy only: ö→ø, ä→æ, ü→y (Swedish/German keyboards), oe→ø, ae→æ (ASCII transliteration).
 */
export function queryVariants(word: string, opts: { aa: boolean; fuzzy: boolean }): Variant[] {
  const out = new Map<string, number>([[word, 1]]);
  const add = (t: string, q: number) => {
    if (t && !out.has(t)) out.set(t, q);
  };
  if (opts.aa) {
    if (word.includes('å')) add(word.replace(/å/g, 'aa'), 0.98);
    if (word.includes('aa')) add(word.replace(/aa/g, 'å'), 0.98);
  }
  if (opts.fuzzy) {
    for (const [t] of [...out]) {
      if (/[öäü]/.test(t)) add(t.replace(/ö/g, 'ø').replace(/ä/g, 'æ').replace(/ü/g, 'y'), 0.95);
      if (/oe|ae/.test(t)) add(t.replace(/oe/g, 'ø').replace(/ae/g, 'æ'), 0.9);
    }
  }
  return [...out].map(([text, quality]) => ({ text, quality }));
}
