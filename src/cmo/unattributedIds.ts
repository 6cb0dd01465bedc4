/**
 * Which codings of one source are no interviewee's evidence, from the source alone (the window has no project). Pure.
 */
import type { Segment, Source } from './model';
import { isInterviewerName } from './interviewers';
import { turnAt } from './turns';

/** The ids of a source's segments that lie in the interviewer's speech or have no participant. */
export function unattributedIds(
  src: Pick<Source, 'turns' | 'speakerMap' | 'participantIds'>,
  segments: readonly Pick<Segment, 'id' | 'start'>[],
  interviewers: readonly string[],
): Set<string> {
  const out = new Set<string>();
  const only = src.participantIds.length === 1 ? src.participantIds[0] : undefined;
  for (const seg of segments) {
    const turn = turnAt(src.turns, seg.start);
    if (turn && isInterviewerName(turn.speaker, interviewers)) {
      out.add(seg.id);
      continue;
    }
    const pid = turn ? src.speakerMap[turn.speaker] : only;
    if (!pid) out.add(seg.id);
  }
  return out;
}
