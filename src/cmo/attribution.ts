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
export interface Attribution { speaker: string | null; participantId: string | null; interviewer: boolean; problem: Unattributed | null }

/** Who speaks at offset `at` of a source (the same rule as contextIndex: a source without turns and one participant is theirs). */
export function speakerAt(project: Project, src: Source, at: number): Attribution {
  const turn = turnAt(src.turns, at);
  let pid = turn ? src.speakerMap[turn.speaker] ?? null : null;
  if (!pid && !turn && src.participantIds.length === 1) pid = src.participantIds[0]!;
  if (pid && !project.participants.some((p) => p.id === pid)) pid = null;
  const interviewer = !!turn && isInterviewer(project, turn.speaker);
  return { speaker: turn?.speaker ?? null, participantId: interviewer ? null : pid, interviewer, problem: interviewer ? 'interviewer' : pid ? null : 'noParticipant' };
}

/** Every segment's attribution, by segment id (for many segments at once). */
export function attributionIndex(project: Project): (seg: Segment) => Attribution {
  const ctx = contextIndex(project);
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  return (seg) => {
    const src = sources.get(seg.sourceId);
    if (!src) return { speaker: null, participantId: null, interviewer: false, problem: 'noParticipant' };
    const turn = turnAt(src.turns, seg.start);
    const interviewer = !!turn && isInterviewer(project, turn.speaker);
    const pid = interviewer ? null : ctx(seg).participantId;
    return { speaker: turn?.speaker ?? null, participantId: pid, interviewer, problem: interviewer ? 'interviewer' : pid ? null : 'noParticipant' };
  };
}

