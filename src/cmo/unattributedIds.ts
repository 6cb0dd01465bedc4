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
  // a transcript has a few speakers and a thousand codings: each label is matched once
  const asked = new Map<string, boolean>();
  const interviewer = (label: string) => {
    let is = asked.get(label);
    if (is === undefined) asked.set(label, (is = isInterviewerName(label, interviewers)));
    return is;
  };
  for (const seg of segments) {
    const turn = turnAt(src.turns, seg.start);
    if (turn && interviewer(turn.speaker)) {
      out.add(seg.id);
      continue;
    }
    const pid = turn ? src.speakerMap[turn.speaker] : only;
    if (!pid) out.add(seg.id);
  }
  return out;
}
