import type { SpeakerTurn } from './model';

/**
 * Speaker turns in plain text: a line that begins with a short label and a colon
 * (`Leder:`, `IP:`, `Interviewer:`, `AMR 2:`) starts a turn that runs until the next one.
 * Text before the first label belongs to no speaker and gets no turn.
 */
const LABEL = /^[ \t]*([\p{Lu}\p{Ll}][\p{L}\p{N} ._'’-]{0,40}?)[ \t]*:[ \t]+(?=\S)/u;
const TIME_LABEL = /^[ \t]*(?:\[?(\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\]?[ \t]+)?/;

export function parseTurns(text: string): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const t = TIME_LABEL.exec(line);
    const rest = line.slice(t?.[0].length ?? 0);
    const m = LABEL.exec(rest);
    if (m && m[1] && wordsIn(m[1]) <= 4) {
      const prev = turns[turns.length - 1];
      if (prev) prev.end = trimEnd(text, lineStart);
      turns.push({ start: lineStart, end: text.length, speaker: m[1].trim(), time: parseTime(t?.[0]) });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  const last = turns[turns.length - 1];
  if (last) last.end = trimEnd(text, text.length);
  return turns;
}

function wordsIn(s: string): number { return s.trim().split(/\s+/).length; }
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
function parseTime(s: string | undefined): number | null {
  const m = s?.match(/(?:(\d{1,2}):)?(\d{1,2}):(\d{2})/);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** The turn containing offset `at`, by binary search over ordered turns. */
export function turnAt(turns: readonly SpeakerTurn[], at: number): SpeakerTurn | undefined {
  let lo = 0, hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end && !(t.start === t.end && at === t.start)) lo = mid + 1;
    else return t;
  }
  return undefined;
}

const INTERVIEWER = /^(i|int|interviewer|intervieweren|interviewer\s*\d+|spørger|forsker|researcher|moderator|q)$/i;
export function isInterviewerLabel(label: string): boolean {
  return INTERVIEWER.test(label.trim());
}
