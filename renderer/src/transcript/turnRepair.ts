/**
 * The turn under the caret and what can be done to it: split there (not at its very start or
 * end), merge with the next turn, give it to another speaker label (those of the source, and the
 * project's first interviewer name when the source has none). Pure: no DOM.
 */
import type { SpeakerTurn } from '../../../src/cmo/model';
import { isInterviewerName } from '../../../src/cmo/interviewers';

export interface TurnHere {
  /** the turn's start: what turns.merge and turns.assign are given */
  start: number;
  end: number;
  speaker: string;
  /** where turns.split is given: the caret, when it lies inside the turn */
  splitAt: number | null;
  hasNext: boolean;
  /** the next turn's speaker (merging gives its text to this turn's) */
  nextSpeaker: string | null;
}

export function turnHere(turns: readonly SpeakerTurn[], caret: number | null): TurnHere | null {
  if (caret === null || !turns.length) return null;
  let i = turns.findIndex((t) => caret >= t.start && caret < t.end);
  // at the very end of a turn (the end of the text, or before a blank line)
  if (i < 0) i = turns.findIndex((t) => caret === t.end);
  if (i < 0) return null;
  const t = turns[i]!;
  const next = turns[i + 1];
  return {
    start: t.start,
    end: t.end,
    speaker: t.speaker,
    splitAt: caret > t.start && caret < t.end ? caret : null,
    hasNext: !!next,
    nextSpeaker: next?.speaker ?? null,
  };
}

/** The labels a turn may be given: every label the source's turns and speaker map know, sorted. */
export function speakerChoices(
  turns: readonly SpeakerTurn[],
  speakerMap: Readonly<Record<string, string>>,
  interviewers: readonly string[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): string[] {
  const labels = new Set<string>([...turns.map((t) => t.speaker), ...Object.keys(speakerMap)]);
  for (const l of [...labels]) if (!l.trim()) labels.delete(l);
  const known = [...labels];
  if (!known.some((l) => isInterviewerName(l, interviewers)) && interviewers[0]) known.push(interviewers[0]);
  return known.sort(compare);
}
