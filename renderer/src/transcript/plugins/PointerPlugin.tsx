/**
 * The pointer on the transcript: a click (not a drag) on a highlight picks its segments, on plain
 * text it clears the choice; resting on a highlight shows its details (built then, from the
 * segments as they are now).
 */
import { memo, useEffect, useRef } from 'react';
import { mergeRegister } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { HoverStore } from '../SegmentPopover';
import { onRoot, selectionRange } from './SelectionPlugin';

const markAt = (e: MouseEvent) =>
  e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-segment-ids]') : null;

export const PointerPlugin = memo(function PointerPlugin({
  editing,
  hover,
  onClickSegments,
}: {
  editing: boolean;
  hover: HoverStore;
  onClickSegments: (ids: string[]) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const live = useRef({ editing, onClickSegments });
  live.current = { editing, onClickSegments };
  useEffect(() => {
    let timer = 0;
    let overMark: HTMLElement | null = null;
    const onClick = (e: MouseEvent) => {
      if (live.current.editing || selectionRange(editor) instanceof Range) return;
      const mark = markAt(e);
      live.current.onClickSegments(mark?.dataset.segmentIds ? mark.dataset.segmentIds.split(' ') : []);
    };
    const onOver = (e: MouseEvent) => {
      if (live.current.editing) return;
      const mark = markAt(e);
      if (mark === overMark) return;
      overMark = mark;
      clearTimeout(timer);
      if (!mark) {
        timer = window.setTimeout(() => hover.set(null), 120);
        return;
      }
      const x = e.clientX,
        y = e.clientY;
      timer = window.setTimeout(() => {
        const ids = (mark.dataset.segmentIds ?? '').split(' ').filter(Boolean);
        const line =
          [...mark.getClientRects()].find((r) => y >= r.top - 1 && y <= r.bottom + 1) ?? mark.getBoundingClientRect();
        hover.set(ids.length ? { ids, x, top: line.top, bottom: line.bottom, from: 'mark' } : null);
      }, 160);
    };
    const onLeave = () => {
      overMark = null;
      clearTimeout(timer);
      timer = window.setTimeout(() => hover.set(null), 120);
    };
    return mergeRegister(
      onRoot(editor, 'click', onClick),
      onRoot(editor, 'mouseover', onOver),
      onRoot(editor, 'mouseleave', onLeave),
      () => clearTimeout(timer),
    );
  }, [editor, hover]);
  return null;
});
