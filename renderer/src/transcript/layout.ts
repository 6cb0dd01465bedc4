/**
 * How a transcript is laid out for display, as plain data: lines made of pieces, where each
 * piece has one constant set of covering segments. Pure: the Lexical builder only copies it.
 */
import { lineStarts, splitLines } from './offsets';
import { listChange } from './listChange';

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Interval {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Splits `[0, length)` into maximal intervals over which the set of covering segments is
 * constant (empty sets included). Ids keep the order the segments were given in.
 */
export function coverage(segments: readonly Span[], length: number): Interval[] {
  const order = new Map(segments.map((s, i) => [s.id, i]));
  const cuts = new Set<number>([0, length]);
  for (const s of segments) {
    if (s.end <= s.start) continue;
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = new Map<number, Span[]>();
  for (const s of segments) {
    if (s.end <= s.start) continue;
    const at = Math.max(0, s.start);
    startsAt.set(at, [...(startsAt.get(at) ?? []), s]);
  }
  const active = new Map<string, Span>();
  const out: Interval[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!,
      to = points[i + 1]!;
    for (const s of startsAt.get(from) ?? []) active.set(s.id, s);
    for (const [id, s] of active) if (s.end <= from) active.delete(id);
    const ids = [...active.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    const last = out.at(-1);
    if (last && last.end === from && sameIds(last.ids, ids)) last.end = to;
    else out.push({ start: from, end: to, ids });
  }
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * How long the speaker label is at the start of a turn's first line (`Leder:`, `[00:01] AMR:`,
 * `**TF:**`, `Leder (00:03:12):`): through the speaker's name and what closes the label.
 * 0 when the line does not show the name.
 */
export function speakerLabelLength(line: string, speaker: string): number {
  const at = speaker ? line.indexOf(speaker) : -1;
  if (at < 0 || at > 16) return 0;
  const rest = line.slice(at + speaker.length);
  const close = /^[ \t]*(?:[([][\d:.,]+[)\]])?[ \t]*(?:\*\*|__|\])?(?:[ \t]*:)?(?:\*\*|__)?/.exec(rest);
  return at + speaker.length + (close?.[0].length ?? 0);
}

export interface Turn {
  start: number;
  speaker: string;
}
export interface Piece {
  text: string;
  bold: boolean;
}
export interface Run {
  ids: string[];
  pieces: Piece[];
}
export interface Line {
  start: number;
  runs: Run[];
}

/**
 * The transcript as lines of runs: a run is one interval of constant coverage inside one line
 * (one MarkNode when covered), split further into pieces where a speaker label ends. Turns
 * give the speaker labels (a turn starts at the start of its line).
 */
export function layoutTranscript(text: string, segments: readonly Span[], turns: readonly Turn[] = []): Line[] {
  const lines = splitLines(text);
  return layoutLines(
    text,
    lines,
    lineStarts(lines),
    new Map(turns.map((t) => [t.start, t.speaker])),
    coverage(segments, text.length),
    0,
    lines.length - 1,
  );
}

/** Lines `from`..`to` (inclusive) laid out over the given coverage intervals. */
function layoutLines(
  text: string,
  lines: readonly string[],
  starts: readonly number[],
  speakerAt: ReadonlyMap<number, string>,
  intervals: readonly Interval[],
  from: number,
  to: number,
): Line[] {
  let k = 0;
  const out: Line[] = [];
  for (let i = from; i <= to; i++) {
    const line = lines[i]!;
    const lineFrom = starts[i]!,
      lineTo = lineFrom + line.length;
    const speaker = speakerAt.get(lineFrom);
    const boldEnd = lineFrom + (speaker ? speakerLabelLength(line, speaker) : 0);
    const runs: Run[] = [];
    while (k < intervals.length && intervals[k]!.end <= lineFrom) k++;
    for (let j = k; j < intervals.length && intervals[j]!.start < lineTo; j++) {
      const iv = intervals[j]!;
      const s = Math.max(iv.start, lineFrom),
        e = Math.min(iv.end, lineTo);
      if (s >= e) continue;
      const pieces: Piece[] = [];
      if (s < boldEnd) pieces.push({ text: text.slice(s, Math.min(e, boldEnd)), bold: true });
      if (e > boldEnd) pieces.push({ text: text.slice(Math.max(s, boldEnd), e), bold: false });
      runs.push({ ids: iv.ids, pieces });
    }
    out.push({ start: lineFrom, runs });
  }
  return out;
}

/** A laid-out transcript and what it was laid out from, to lay out again cheaply after a change. */
export interface Laid {
  text: string;
  turns: readonly Turn[];
  segments: readonly Span[];
  lines: readonly Line[];
  lineTexts: readonly string[];
  starts: readonly number[];
  speakerAt: ReadonlyMap<number, string>;
}

/**
 * The layout for `segments`, reusing `prev` where it can: with the same text and turns, only the
 * lines touched by segments that were added, removed or changed (compared by identity — the
 * answers share unchanged segments, see src/api/answerPatch.ts) are laid out again. Returns the
 * new layout and the lines that may differ (`null`: all of them).
 */
export function relayout(
  prev: Laid | null,
  text: string,
  segments: readonly Span[],
  turns: readonly Turn[],
): { laid: Laid; touched: number[] | null } {
  if (!prev || prev.text !== text || prev.turns !== turns) {
    const lineTexts = splitLines(text);
    const starts = lineStarts(lineTexts);
    const speakerAt = new Map(turns.map((t) => [t.start, t.speaker]));
    const lines = layoutLines(
      text,
      lineTexts,
      starts,
      speakerAt,
      coverage(segments, text.length),
      0,
      lineTexts.length - 1,
    );
    return { laid: { text, turns, segments, lines, lineTexts, starts, speakerAt }, touched: null };
  }
  if (prev.segments === segments) return { laid: prev, touched: [] };
  // the segments in one list and not the other: the lists share all but a few objects, in
  // order, so only what lies between their common head and tail is compared as sets
  const { gone, added } = listChange(prev.segments, segments);
  const before = new Set(gone),
    after = new Set(added);
  const changed: Span[] = [];
  for (const s of after) if (!before.has(s)) changed.push(s);
  for (const s of before) if (!after.has(s)) changed.push(s);
  const lineOf = (offset: number) => {
    let lo = 0,
      hi = prev.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (prev.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const touchedSet = new Set<number>();
  for (const s of changed) {
    if (s.end <= s.start) continue;
    for (let i = lineOf(s.start), last = lineOf(s.end - 1); i <= last; i++) touchedSet.add(i);
  }
  const touched = [...touchedSet].sort((a, b) => a - b);
  const lines = prev.lines.slice();
  // runs of consecutive touched lines, each laid out over the segments that reach into it
  for (let r = 0; r < touched.length;) {
    let e = r;
    while (e + 1 < touched.length && touched[e + 1] === touched[e]! + 1) e++;
    const from = touched[r]!,
      to = touched[e]!;
    const lo = prev.starts[from]!,
      hi = prev.starts[to]! + prev.lineTexts[to]!.length;
    const near = segments.filter((s) => s.end > lo && s.start < hi + 1);
    const fresh = layoutLines(text, prev.lineTexts, prev.starts, prev.speakerAt, coverage(near, text.length), from, to);
    for (let i = from; i <= to; i++) lines[i] = fresh[i - from]!;
    r = e + 1;
  }
  return { laid: { ...prev, segments, lines }, touched };
}
