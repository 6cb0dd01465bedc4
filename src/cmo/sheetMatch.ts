/**
 * Finding a coding sheet's quote in its source, tolerating whitespace and line breaks, straight vs
 * curly quotes, a word hyphenated across a line break, and `(…)` gaps or `[bracketed]` replacements.
 */
import { notice, type Notice } from './notice';

const FOLD: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2026': '...',
};
const LETTER = /[\p{L}\p{N}]/u;

export interface Folded {
  text: string;
  map: number[];
}

/**
 * Folds text for tolerant matching, with a map back to the original offsets: lower case,
 * whitespace runs → one space, curly quotes straight, dashes `-`, `…` → `...`, soft hyphens
 * dropped, and a hyphen between letters at a line break (`tilsyns-\nførende`) or inside a word
 * (`MSB-indsats`) dropped, so the two spellings meet.
 */
export function foldForMatch(s: string): Folded {
  let text = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\u00ad') continue;
    if (/\s/.test(ch)) {
      if (text) space = true;
      continue;
    }
    const f = FOLD[ch] ?? ch;
    if (f === '-' && text && LETTER.test(text[text.length - 1]!) && !space) {
      // a hyphen right after a letter: dropped when a letter follows directly or after a line break
      let j = i + 1;
      let nl = false;
      while (j < s.length && /\s/.test(s[j]!)) {
        if (s[j] === '\n' || s[j] === '\r') nl = true;
        j++;
      }
      if (j < s.length && LETTER.test(s[j]!) && (j === i + 1 || nl)) {
        i = j - 1;
        continue;
      }
    }
    if (space) {
      text += ' ';
      map.push(i - 1);
      space = false;
    }
    for (const c of f.toLowerCase()) {
      text += c;
      map.push(i);
    }
  }
  map.push(s.length);
  return { text, map };
}

/** `(…)`, `(...)`, `[…]`, `[...]`: text left out; `[kunden]`: text replaced. */
const GAP = /\s*(\(\s*(?:…|\.{2,})\s*\)|\[\s*(?:…|\.{2,})\s*\]|\[[^\[\]\n]{1,80}\])\s*/u;
const BARE_GAP = /\s*(…|\.{3,})\s*/u;
const MAX_GAP = 5000;

export interface Located {
  start: number;
  end: number;
  edits: { start: number; end: number; with: string }[];
}
export type Location = { ok: true; at: Located } | { ok: false; reason: Notice };

function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle, from); i >= 0 && i <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function locateParts(src: Folded, parts: { text: string; gap: string }[]): Location {
  const first = parts[0]!;
  const starts = occurrences(src.text, first.text);
  if (!starts.length)
    return {
      ok: false,
      reason:
        parts.length > 1 ? notice('sheetStartNotFound', { start: excerpt(first.text) }) : notice('sheetQuoteNotFound'),
    };
  const found: { starts: number[]; ends: number[] }[] = [];
  let lastFail: Notice | null = null;
  for (const s of starts) {
    const st = [s];
    let end = s + first.text.length;
    let ok = true;
    for (let k = 1; k < parts.length; k++) {
      const p = parts[k]!;
      const next = occurrences(src.text, p.text, end, end + MAX_GAP)[0];
      if (next === undefined) {
        ok = false;
        const before = parts[k - 1]!;
        const gap = before.gap || '(…)';
        lastFail = notice('sheetPartNotFound', { part: excerpt(p.text), gap, before: excerpt(before.text) });
        break;
      }
      st.push(next);
      end = next + p.text.length;
    }
    if (ok) found.push({ starts: st, ends: st.map((x, k) => x + parts[k]!.text.length) });
  }
  if (!found.length) return { ok: false, reason: lastFail ?? notice('sheetQuoteNotFound') };
  // the tightest match per end (a short first part may occur earlier too)
  const byEnd = new Map<number, (typeof found)[number]>();
  for (const f of found) {
    const e = f.ends.at(-1)!;
    const had = byEnd.get(e);
    if (!had || had.starts[0]! < f.starts[0]!) byEnd.set(e, f);
  }
  const hits = [...byEnd.values()];
  const orig = (i: number) => src.map[i]!;
  const origEnd = (i: number) => src.map[i - 1]! + 1;
  if (hits.length > 1) {
    const at = hits.map((h) => orig(h.starts[0]!)).join(', ');
    return { ok: false, reason: notice('sheetQuoteTwice', { count: hits.length, at }) };
  }
  const h = hits[0]!;
  const edits: Located['edits'] = [];
  for (let k = 1; k < parts.length; k++) {
    const gapStart = origEnd(h.ends[k - 1]!),
      gapEnd = orig(h.starts[k]!);
    const mark = parts[k - 1]!.gap;
    edits.push({ start: gapStart, end: gapEnd, with: ` ${mark} ` });
  }
  return { ok: true, at: { start: orig(h.starts[0]!), end: origEnd(h.ends.at(-1)!), edits } };
}

function split(quote: string, gap: RegExp): { text: string; gap: string }[] {
  const g = new RegExp(gap.source, 'gu');
  const out: { text: string; gap: string }[] = [];
  let at = 0;
  for (const m of quote.matchAll(g)) {
    const mark = (m[1] ?? m[2] ?? '').trim();
    out.push({
      text: quote.slice(at, m.index),
      gap: /^[([]\s*(?:…|\.{2,})\s*[)\]]$|^…$|^\.{3,}$/.test(mark) ? '(…)' : mark,
    });
    at = m.index + m[0].length;
  }
  out.push({ text: quote.slice(at), gap: '' });
  const parts = out.map((p) => ({ text: foldForMatch(p.text).text.trim(), gap: p.gap }));
  // a gap at either end only marks that the quote starts or ends mid-sentence
  return parts.filter((p) => p.text);
}

/**
 * Where a quote is in a source's folded text: one place, or the reason it is not (nowhere, a
 * part not found after a gap, more than once). The match spans from the first part to the last.
 */
export function locate(src: Folded, rawQuote: string): Location {
  const quote = rawQuote
    .normalize('NFC')
    .trim()
    .replace(/^["”“„]\s*/, '')
    .replace(/\s*["”“]$/, '');
  if (!quote) return { ok: false, reason: notice('sheetEmptyQuote') };
  const parts = split(quote, GAP);
  if (!parts.length) return { ok: false, reason: notice('sheetEmptyQuote') };
  const first = locateParts(src, parts);
  if (first.ok || !BARE_GAP.test(quote)) return first;
  // a bare … may be a gap too, when the quote is not found with it read as text
  const again = split(quote, new RegExp(`${GAP.source}|${BARE_GAP.source}`, 'u'));
  const second = again.length
    ? locateParts(
        src,
        again.map((p) => ({ text: p.text, gap: p.gap || '(…)' })),
      )
    : first;
  return second.ok ? second : first;
}
