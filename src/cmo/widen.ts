/**
 * Widening a search hit ("code all hits"), or the caret's place in the transcript (the S / T keys),
 * to the sentence or speaker turn around it. Pure.
 */
import type { Source } from './model';
import { speechStart, turnAt } from './turns';

export type Widen = 'none' | 'sentence' | 'turn';
export interface Range {
  start: number;
  end: number;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** A `.` ends a sentence only before whitespace (so `3.5` and `www.nfa.dk` do not); `?`, `!` and `…` always. */
function endsSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === '?' || c === '!' || c === '…') return true;
  return c === '.' && isSpace(text[at + 1]);
}

/** The speech the range lies in: its turn without the `Label:` prefix, else the whole text. */
function speechBounds(source: Source, at: number): Range {
  const turn = turnAt(source.turns, at);
  if (!turn) return { start: 0, end: source.text.length };
  const s = speechStart(source.text, turn);
  return { start: at < s ? turn.start : s, end: turn.end };
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * sentence: bounded by `.`, `?`, `!`, `…` or a line break, never beyond the speaker turn, the
 * speaker label left out; turn: the speaker turn without its label (outside any turn: the
 * paragraph, bounded by blank lines).
 */
export function widenRange(source: Source, start: number, end: number, mode: Widen): Range {
  const text = source.text;
  if (mode === 'none') return { start, end };
  const bounds = speechBounds(source, start);
  if (mode === 'turn') {
    if (turnAt(source.turns, start)) return trim(text, bounds);
    const before = text.lastIndexOf('\n\n', start);
    const after = text.indexOf('\n\n', end);
    return trim(text, { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after });
  }
  let s = start;
  while (s > bounds.start && text[s - 1] !== '\n' && !endsSentence(text, s - 1)) s--;
  let e = Math.max(end, s);
  const hi = Math.max(bounds.end, end);
  while (e < hi && text[e] !== '\n') {
    if (endsSentence(text, e)) {
      e++;
      while (e < hi && /[.?!…"'»”’)\]]/.test(text[e]!)) e++;
      break;
    }
    e++;
  }
  const r = trim(text, { start: s, end: e });
  // a hit inside the trimmed span is always kept whole
  return { start: Math.min(r.start, start), end: Math.max(r.end, end) };
}
