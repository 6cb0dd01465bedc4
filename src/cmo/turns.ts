import { isInterviewerName } from './interviewers';
import type { SpeakerTurn } from './model';

/**
 * Speaker turns in plain text. A turn starts at a line that begins with a speaker label:
 *   `Leder: …`, `IP: …`, `Interviewer: …`, `AMR 2: …`          (label and colon)
 *   `[Leder] …`, `[Leder]: …`                                   (label in brackets)
 *   `**Leder:** …`, `__Leder__: …`                              (Markdown bold)
 *   `Leder (00:03:12): …`, `Leder [12:05]: …`                   (label with a time stamp)
 *   `[00:01:02] Leder: …`, `12:05 Leder: …`                     (time stamp first)
 *   `Leder:` alone on its line, the speech on the next line
 * and runs until the next one. Text before the first label belongs to no speaker and gets no turn.
 * Offsets are UTF-16 code units into the text as given (the stored, normalised text).
 */
const LABEL_CHARS = String.raw`[\p{Lu}\p{Ll}][\p{L}\p{N} ._'’()_-]{0,40}?`;
/** stage directions in brackets that are not speakers: `[griner]`, `[pause]`, `[inaudible]` */
const NOT_SPEAKERS = new RegExp(
  '^(pause|griner|griner lidt|latter|ler|utydeligt?|uhørligt?|uforståeligt?|stilhed|afbrydelse|afbryder|overlap|' +
    'overlappende tale|musik|støj|hoster|suk|sukker|inaudible|unclear|crosstalk|laughs?|laughter|silence|music|' +
    'noise|applause|pause|sighs?|coughs?|ends?|slut|start)$',
  'i',
);
/**
 * a run of blanks taken whole, never given back (an atomic group): `[ \t]*[ \t]*` retried on a long run is quadratic
 */
const BLANKS = (name: string) => String.raw`(?=(?<${name}>[ \t]*))\k<${name}>`;
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?(${LABEL_CHARS})${BLANKS('b1')}` +
    String.raw`(?:[([](?<time>\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d+)?)[)\]])?${BLANKS('b2')}` +
    String.raw`(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+(?=\S)|[ \t]*$)`,
  'u',
);
const BRACKET_LABEL = new RegExp(String.raw`^[ \t]*\[(${LABEL_CHARS})\](?:${BLANKS('b1')}:[ \t]+|[ \t]+)(?=\S)`, 'u');
const TIME_LABEL = /^[ \t]*(?:\[?(\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\]?[ \t]+)?/;
const TIME_ONLY = /^\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d+)?$/;

export interface TurnStart {
  start: number;
  speaker: string;
  time: number | null;
}

/** Where turns begin, in text order: one entry per labelled line. */
export function findTurnStarts(text: string): TurnStart[] {
  const starts: (TurnStart & { alone: boolean })[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const hit = labelOf(text.slice(lineStart, lineEnd));
    if (hit && (!hit.alone || speechFollows(text, lineEnd))) starts.push({ start: lineStart, ...hit });
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  // a label alone on its line ("Hun sagde:") counts only when the same label recurs, or names the interviewer
  const seen = new Map<string, number>();
  for (const s of starts) seen.set(s.speaker, (seen.get(s.speaker) ?? 0) + 1);
  const lines = starts
    .filter((s) => !s.alone || (seen.get(s.speaker) ?? 0) >= 2 || isInterviewerLabel(s.speaker))
    .map(({ start, speaker, time }) => ({ start, speaker, time }));
  const inline = findInlineStarts(text, new Set(lines.map((s) => s.speaker)));
  return inline.length ? [...lines, ...inline].sort((a, b) => a.start - b.start) : lines;
}

/** a label inside a paragraph, after the end of a sentence: `… I: Og hvad så? R: …` */
// blanks matched, not looked behind: a look-behind over a blank run rescans it from each position (quadratic)
const INLINE = new RegExp(
  String.raw`(?<=[.?!…"”»)])[ \t]+([\p{Lu}][\p{L}\p{N}]{0,20}(?: [\p{L}\p{N}]{1,20}){0,2}(?: ?\([^()\n]{1,30}\))?)` +
    String.raw`:[ \t]+(?=\S)`,
  'gu',
);
/** short labels transcribers use for the interviewee without writing them at a line's start */
const INTERVIEWEE_SHORT = /^(R|IP|D|Svar|Respondent)\d{0,2}$/;

/**
 * Turns that begin inside a paragraph, when a hasty transcriber ran the speakers together: a
 * label after a sentence's end that is a speaker of this text (one that starts a line), an
 * interviewer's, or a short interviewee label (`R`, `IP`). Other `Word:` inside a sentence is speech.
 */
export function findInlineStarts(
  text: string,
  known: ReadonlySet<string>,
  interviewers?: readonly string[],
): TurnStart[] {
  const out: TurnStart[] = [];
  for (const m of text.matchAll(INLINE)) {
    const label = m[1]!;
    if (!known.has(label) && !isInterviewerLabel(label, interviewers) && !INTERVIEWEE_SHORT.test(label)) continue;
    out.push({ start: m.index! + m[0].search(/\S/), speaker: label, time: null });
  }
  return out;
}

interface LabelHit {
  speaker: string;
  time: number | null;
  alone: boolean;
  length: number;
}

/** The speaker label at the start of one line, and how many characters it takes (time stamp included). */
function labelOf(line: string): LabelHit | null {
  const t = TIME_LABEL.exec(line);
  const tLen = t?.[0].length ?? 0;
  const rest = line.slice(tLen);
  const b = BRACKET_LABEL.exec(rest);
  if (b?.[1]) {
    const speaker = b[1].trim();
    if (wordsIn(speaker) <= 4 && !NOT_SPEAKERS.test(speaker) && (/^\p{Lu}/u.test(speaker) || b[0].includes(':')))
      return { speaker, time: parseTime(t?.[0]), alone: false, length: tLen + b[0].length };
  }
  const m = LABEL.exec(rest);
  if (!m?.[1] || wordsIn(m[1]) > 4) return null;
  const speaker = m[1].trim().replace(/[ \t]+/g, ' ');
  if (!speaker || TIME_ONLY.test(speaker)) return null;
  return {
    speaker,
    time: parseTime(m.groups?.time ?? t?.[0]),
    alone: m[0].length >= rest.trimEnd().length,
    length: tLen + m[0].length,
  };
}

/** The speaker label written at `at` (`R: …`, `[IP] …`), if any, and its length with the spaces after it. */
export function labelAt(text: string, at: number): { speaker: string; length: number } | null {
  const nl = text.indexOf('\n', at);
  const hit = labelOf(text.slice(at, nl < 0 ? text.length : nl));
  return hit && !hit.alone ? { speaker: hit.speaker, length: hit.length } : null;
}

function speechFollows(text: string, lineEnd: number): boolean {
  if (lineEnd >= text.length) return false;
  const nl = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, nl < 0 ? text.length : nl).trim().length > 0;
}

/** Turns from their starts: each runs to the next start, trailing whitespace trimmed; duplicates dropped. */
export function turnsFromStarts(text: string, starts: readonly TurnStart[]): SpeakerTurn[] {
  const sorted = [...starts]
    .sort((a, b) => a.start - b.start)
    .filter((s, i, a) => i === 0 || s.start !== a[i - 1]!.start);
  return sorted.map((s, i) => {
    const next = sorted[i + 1]?.start ?? text.length;
    return { start: s.start, end: Math.max(s.start, trimEnd(text, next)), speaker: s.speaker, time: s.time };
  });
}

export function parseTurns(text: string): SpeakerTurn[] {
  return turnsFromStarts(text, findTurnStarts(text));
}

/** Where the speech of a turn begins: after its label (`Leder: `, `[IP] `), else the turn's start. */
export function speechStart(text: string, turn: SpeakerTurn): number {
  let at = turn.start;
  if (turn.speaker && text.startsWith(`${turn.speaker}:`, turn.start)) at += turn.speaker.length + 1;
  else {
    const nl = text.indexOf('\n', turn.start);
    const hit = labelOf(text.slice(turn.start, Math.min(turn.end, nl < 0 ? text.length : nl)));
    if (hit) at += hit.length;
  }
  while (at < turn.end && /\s/.test(text[at]!)) at++;
  return Math.min(at, turn.end);
}

function wordsIn(s: string): number {
  return s.trim().split(/\s+/).length;
}
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
  let lo = 0,
    hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end && !(t.start === t.end && at === t.start)) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** A label of the default interviewer names (`Interviewer`, `I`, `Moderator (NFA)` …); see cmo/interviewers.ts. */
export function isInterviewerLabel(label: string, names?: readonly string[]): boolean {
  return isInterviewerName(label, names);
}
