/**
 * Moving a segment's boundaries by whole words (Alt+←/→ for the start, Shift+Alt+←/→ for the
 * end). Words are letters, digits, apostrophes and hyphens, as in `snapToWords`; a moved end takes
 * the punctuation right after its word along (”… løft.”), so a quote keeps its full stop.
 */
import type { Kind, Verdict } from '../../../src/cmo/model';
import { snapToWords } from '../../../src/cmo/text';
import { codingProblem, type CodingProblem } from '../../../src/cmo/codingProblem';

const WORD = /[\p{L}\p{N}'’-]/u;
const CLOSING = /[.,;:!?…”"')\]]/u;
/** a word character: ASCII by its code (the panel asks this for every character of a coding when shown), else WORD */
export function isWord(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 128) return WORD.test(text[i]!);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
}

export type Edge = 'start' | 'end';

/** The range after moving one edge one word; null when it cannot move (text edge, or nothing left). */
export function nudgeRange(
  text: string,
  start: number,
  end: number,
  edge: Edge,
  dir: -1 | 1,
): { start: number; end: number } | null {
  let s = start,
    e = end;
  if (edge === 'start' && dir < 0) {
    let i = s - 1;
    while (i >= 0 && !isWord(text, i)) i--;
    if (i < 0) return null;
    while (isWord(text, i - 1)) i--;
    s = i;
  } else if (edge === 'start') {
    let i = s;
    while (i < e && !isWord(text, i)) i++;
    while (i < e && isWord(text, i)) i++;
    while (i < e && !isWord(text, i)) i++;
    if (i >= e) return null;
    s = i;
  } else if (dir > 0) {
    let i = e;
    while (i < text.length && !isWord(text, i)) {
      if (text[i] === '\n') return null; // not across a paragraph/turn break in one step
      i++;
    }
    if (i >= text.length) return null;
    while (isWord(text, i)) i++;
    while (i < text.length && CLOSING.test(text[i]!)) i++;
    e = i;
  } else {
    let i = e;
    while (i > s && !isWord(text, i - 1)) i--;
    while (i > s && isWord(text, i - 1)) i--;
    while (i > s && !isWord(text, i - 1)) i--;
    if (i <= s) return null;
    while (i < e && CLOSING.test(text[i]!)) i++;
    e = i;
  }
  return s < e ? { start: s, end: e } : null;
}

/** The range with one edge dragged to `offset`, snapped to whole words; null when nothing would be left. */
export function dragRange(
  text: string,
  range: { start: number; end: number },
  edge: Edge,
  offset: number,
): { start: number; end: number } | null {
  const raw =
    edge === 'start'
      ? { start: Math.min(offset, range.end - 1), end: range.end }
      : { start: range.start, end: Math.max(offset, range.start + 1) };
  const snapped = snapToWords(text, raw.start, raw.end);
  // the edge not dragged stays where it was
  const out = edge === 'start' ? { start: snapped.start, end: range.end } : { start: range.start, end: snapped.end };
  return out.end > out.start ? out : null;
}

/** What the coding form holds before it is sent. */
export interface Draft {
  kind: Kind | null;
  pts: string[];
  codes: string[];
  verdict: Verdict;
  memo: string;
}

export type DraftProblem = 'needKind' | 'needPt' | 'needPtKind' | null;

const PROBLEM_KEY: Record<CodingProblem, Exclude<DraftProblem, null>> = {
  'need-pt': 'needPt',
  'need-kind': 'needPtKind',
  'need-coding': 'needKind',
};

/** Why the draft cannot be coded yet (`codingProblem`, as a key of the coding strings), or null. */
export function draftProblem(d: Pick<Draft, 'kind' | 'pts' | 'codes'>): DraftProblem {
  const problem = codingProblem({ kind: d.kind, pt: d.pts, codes: d.codes });
  return problem ? PROBLEM_KEY[problem] : null;
}

/** The coding fields of `segment.add`: kind and pt only when both are given, codes when any. */
export function draftFields(
  d: Draft,
): { kind?: Kind; pt?: string[]; codes?: string[]; verdict: Verdict; memo?: string } | null {
  if (draftProblem(d)) return null;
  return {
    ...(d.kind ? { kind: d.kind, pt: d.pts } : {}),
    ...(d.codes.length ? { codes: d.codes } : {}),
    verdict: d.verdict,
    ...(d.memo.trim() ? { memo: d.memo.trim() } : {}),
  };
}
