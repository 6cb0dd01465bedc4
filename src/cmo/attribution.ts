/**
 * Who said a passage, as a report must know it: the speaker label of the turn it starts in, the
 * participant that label stands for, and whether the voice is the interviewer's. A passage in
 * the interviewer's speech, or with no participant, is not an interviewee's evidence. Pure.
 */
import type { Project, Segment, Source } from './model';
import { isInterviewer } from './interviewers';
import { contextIndex } from './segments';
import { turnAt } from './turns';

export type Unattributed = 'interviewer' | 'noParticipant';
export interface Attribution {
  speaker: string | null;
  participantId: string | null;
  interviewer: boolean;
  problem: Unattributed | null;
}

const attribution = (speaker: string | null, pid: string | null, interviewer: boolean): Attribution => ({
  speaker,
  participantId: interviewer ? null : pid,
  interviewer,
  problem: interviewer ? 'interviewer' : pid ? null : 'noParticipant',
});

/**
 * Who speaks at offset `at` of a source (the rule of contextIndex: a source without turns and
 * with one participant is theirs).
 */
export function speakerAt(project: Project, src: Source, at: number): Attribution {
  const turn = turnAt(src.turns, at);
  let pid = turn ? (src.speakerMap[turn.speaker] ?? null) : null;
  if (!pid && !turn && src.participantIds.length === 1) pid = src.participantIds[0]!;
  if (pid && !project.participants.some((p) => p.id === pid)) pid = null;
  return attribution(turn?.speaker ?? null, pid, !!turn && isInterviewer(project, turn.speaker));
}

/** Every segment's attribution (for many segments at once). */
export function attributionIndex(project: Project): (seg: Segment) => Attribution {
  const ctx = contextIndex(project);
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  return (seg) => {
    const src = sources.get(seg.sourceId);
    if (!src) return attribution(null, null, false);
    const turn = turnAt(src.turns, seg.start);
    return attribution(turn?.speaker ?? null, ctx(seg).participantId, !!turn && isInterviewer(project, turn.speaker));
  };
}
