/**
 * The project's coders as the window shows them (names, initials, colours, who has coded). A coding
 * action changes a coder's count of codings; the views of this list do not show the count, so they
 * render again only when a coder is added, renamed or recoloured, or codes for the first time.
 */
import type { CoderView } from '../../../src/cmo/coders';
import { sameItems } from '../shared/shallowEqual';
import { useQuerySelect } from '../shared/useQuery';

const sameCoders = sameItems(
  (a: CoderView, b: CoderView) =>
    a.id === b.id &&
    a.name === b.name &&
    a.initials === b.initials &&
    a.color === b.color &&
    a.segments > 0 === b.segments > 0,
);
const all = (cs: CoderView[]) => cs;

/** `coders.list`, for views that show who the coders are and whether they have coded, not how much. */
export function useCoders(): CoderView[] | undefined {
  return useQuerySelect('coders.list', {}, all, sameCoders);
}
