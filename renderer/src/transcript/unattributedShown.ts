/**
 * The segments shown that are no interviewee's evidence (src/cmo/unattributedIds.ts), worked out
 * again after a coding action only for the segments it added or replaced: the list shares every
 * other segment object with the one before, in order, and with the same turns, speakers and
 * interviewer names their answer is the same.
 */
import type { Segment, Source } from '../../../src/cmo/model';
import { unattributedIds } from '../../../src/cmo/unattributedIds';
import { listChange } from './listChange';

type From = Pick<Source, 'turns' | 'speakerMap' | 'participantIds'>;
export interface Unattributed {
  src: From;
  interviewers: readonly string[];
  segments: readonly Segment[];
  ids: ReadonlySet<string>;
}

export function nextUnattributed(
  prev: Unattributed | null,
  src: From,
  segments: readonly Segment[],
  interviewers: readonly string[],
): Unattributed {
  const full = (): Unattributed => ({ src, interviewers, segments, ids: unattributedIds(src, segments, interviewers) });
  if (
    !prev ||
    prev.interviewers !== interviewers ||
    prev.src.turns !== src.turns ||
    prev.src.speakerMap !== src.speakerMap ||
    prev.src.participantIds !== src.participantIds
  )
    return full();
  if (prev.segments === segments) return prev;
  const { gone, added } = listChange(prev.segments, segments);
  if (gone.length + added.length > 32) return full();
  const now = unattributedIds(src, added, interviewers);
  // nothing in or out: the same set (what depends on it need not change)
  if (gone.every((s) => !prev.ids.has(s.id)) && now.size === 0) return { ...prev, segments };
  const ids = new Set(prev.ids);
  for (const s of gone) ids.delete(s.id);
  for (const id of now) ids.add(id);
  return { src, interviewers, segments, ids };
}
