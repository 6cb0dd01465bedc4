/**
 * How a transcript is laid out for display, as plain data: lines made of pieces, where each
 * piece has one constant set of covering segments. Pure: the Lexical builder only copies it.
 */
import { lineStarts, splitLines } from './offsets';

export interface Span { id: string; start: number; end: number }

export interface Interval { start: number; end: number; ids: string[] }

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
    const from = points[i]!, to = points[i + 1]!;
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

export interface Turn { start: number; speaker: string }
export interface Piece { text: string; bold: boolean }
export interface Run { ids: string[]; pieces: Piece[] }
export interface Line { start: number; runs: Run[] }

/**
 * The transcript as lines of runs: a run is one interval of constant coverage inside one line
 * (one MarkNode when covered), split further into pieces where a speaker label ends. Turns
 * give the speaker labels (a turn starts at the start of its line).
 */
export function layoutTranscript(text: string, segments: readonly Span[], turns: readonly Turn[] = []): Line[] {
  const lines = splitLines(text);
  const starts = lineStarts(lines);
  const speakerAt = new Map(turns.map((t) => [t.start, t.speaker]));
  const intervals = coverage(segments, text.length);
  let k = 0;
  return lines.map((line, i): Line => {
    const from = starts[i]!, to = from + line.length;
    const speaker = speakerAt.get(from);
    const boldEnd = from + (speaker ? speakerLabelLength(line, speaker) : 0);
    const runs: Run[] = [];
    while (k < intervals.length && intervals[k]!.end <= from) k++;
    for (let j = k; j < intervals.length && intervals[j]!.start < to; j++) {
      const iv = intervals[j]!;
      const s = Math.max(iv.start, from), e = Math.min(iv.end, to);
      if (s >= e) continue;
      const pieces: Piece[] = [];
      if (s < boldEnd) pieces.push({ text: text.slice(s, Math.min(e, boldEnd)), bold: true });
      if (e > boldEnd) pieces.push({ text: text.slice(Math.max(s, boldEnd), e), bold: false });
      runs.push({ ids: iv.ids, pieces });
    }
    return { start: from, runs };
  });
}
