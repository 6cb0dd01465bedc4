/**
 * Gives a rendered MarkNode what its look is chosen by: the covering segments' ids, their kinds
 * (in C, M, O order), how many segments cover it and the innermost kind — all as data
 * attributes; transcript.css turns them into colours, stripes and underlines. No inline styles
 * and no tooltip text: hover details are built on demand (SegmentPopover).
 */
import type { Kind, Segment } from '../../../src/cmo/model';

const ORDER: readonly Kind[] = ['C', 'M', 'O'];

const put = (el: HTMLElement, key: string, value: string) => {
  if (el.dataset[key] !== value) el.dataset[key] = value;
};

export function decorateMark(
  el: HTMLElement,
  ids: readonly string[],
  byId: ReadonlyMap<string, Segment>,
  selected: string | null,
  unattributed?: ReadonlySet<string>,
): void {
  let kinds = '';
  let inner = '';
  let depth = 0;
  let flagged = false;
  for (const id of ids) {
    const s = byId.get(id);
    if (!s) continue;
    depth++;
    inner = s.kind ?? 'T';
    flagged ||= s.needsReview;
  }
  for (const k of ORDER) if (ids.some((id) => byId.get(id)?.kind === k)) kinds += k;
  // a mark Lexical only moved (a neighbour inserted beside it) is told again: what it has already is not written
  put(el, 'segmentIds', ids.join(' '));
  put(el, 'kinds', kinds);
  put(el, 'depth', String(Math.min(depth, 3)));
  put(el, 'inner', inner || 'T');
  if (selected !== null && ids.includes(selected)) el.classList.toggle('is-selected', true);
  el.classList.toggle('is-flagged', flagged);
  // a coding in the interviewer's speech or with no participant: not an interviewee's evidence
  el.classList.toggle('is-unattributed', !!unattributed && ids.some((id) => unattributed.has(id)));
}

const marksOf = (root: HTMLElement, id: string) =>
  root.querySelectorAll<HTMLElement>(`mark[data-segment-ids~="${CSS.escape(id)}"]`);

/** Marks a segment's passage while its stripe is hovered. */
export function markHovered(root: HTMLElement, id: string | null): void {
  for (const el of root.querySelectorAll<HTMLElement>('mark.is-hovered')) el.classList.remove('is-hovered');
  if (id !== null) for (const el of marksOf(root, id)) el.classList.add('is-hovered');
}
