/**
 * Repairs of a source's speaker turns: split one at an offset, merge one with the next, give one
 * another speaker. Pure: each returns the new turns or throws a DomainError saying why not. The
 * text never changes, so every coding keeps its text; who said it is read from the turns.
 */
import type { Source, SpeakerTurn } from './model';
import { DomainError } from './errors';
import { say } from './logMessages';
import { labelAt, speechStart, turnAt } from './turns';

function indexAt(src: Source, at: number): number {
  const t = turnAt(src.turns, at);
  const i = t ? src.turns.indexOf(t) : -1;
  if (i < 0) throw new DomainError(say('errNoTurnAt', { source: src.name, at }));
  return i;
}

const trimEnd = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
};

/**
 * The turn at `at` split in two there: the second part's speaker is the one given, else the label
 * written at that place (`R: …`), else the other voice of the source (interviewer ↔ interviewee).
 */
export function splitTurn(
  src: Source,
  at: number,
  speaker: string | undefined,
  isInterviewer: (l: string) => boolean,
): { turns: SpeakerTurn[]; speaker: string } {
  const i = indexAt(src, at);
  const t = src.turns[i]!;
  let start = at;
  while (start < t.end && /\s/.test(src.text[start]!)) start++;
  const firstEnd = trimEnd(src.text, at);
  if (start >= t.end || firstEnd <= t.start || at <= speechStart(src.text, t))
    throw new DomainError(say('errSplitAtEdge', { source: src.name, at }));
  const who = speaker?.trim() || labelAt(src.text, start)?.speaker || otherVoice(src, t.speaker, isInterviewer);
  const turns = src.turns.slice();
  turns.splice(i, 1, { ...t, end: firstEnd }, { start, end: t.end, speaker: who, time: null });
  return { turns, speaker: who };
}

function otherVoice(src: Source, speaker: string, isInterviewer: (l: string) => boolean): string {
  const labels = [...new Set(src.turns.map((t) => t.speaker))].filter((l) => l && l !== speaker);
  const want = !isInterviewer(speaker);
  return labels.find((l) => isInterviewer(l) === want) ?? labels[0] ?? speaker;
}

/** The turn at `at` and the one after it as one turn, of the first one's speaker. */
export function mergeTurns(src: Source, at: number): SpeakerTurn[] {
  const i = indexAt(src, at);
  const t = src.turns[i]!,
    next = src.turns[i + 1];
  if (!next) throw new DomainError(say('errNoNextTurn', { source: src.name, at }));
  const turns = src.turns.slice();
  turns.splice(i, 2, { ...t, end: next.end });
  return turns;
}

/** The turn at `at` spoken by `speaker` (a label of the source or a new one). */
export function assignTurn(src: Source, at: number, speaker: string): { turns: SpeakerTurn[]; from: string } {
  const label = speaker.replace(/\s+/g, ' ').trim();
  if (!label) throw new DomainError(say('errEmptySpeaker'));
  const i = indexAt(src, at);
  const turns = src.turns.slice();
  const from = turns[i]!.speaker;
  turns[i] = { ...turns[i]!, speaker: label };
  return { turns, from };
}
