/**
 * Handles at the start and end of the selected coding: drag one to move that boundary (the
 * passage it would cover is drawn while dragging, snapped to whole words; letting go saves it
 * as one undoable step, Escape cancels), or focus it and press ←/→ to move it a word at a time.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { dragRange, nudgeRange, type Edge } from '../coding/nudge';
import { nudgeBase, sendNudge } from '../coding/nudgesInFlight';
import { useTranslation } from '../i18n/useTranslation';
import { domPointToOffset, offsetsToDomRange } from './domMapping';
import { ns } from './i18n';
import type { TextRange } from './offsets';

const DRAG = 'cmo-drag';

/** Where a pointer is in the stored text, or null off the transcript. */
function offsetAt(
  editor: ReturnType<typeof useLexicalComposerContext>[0],
  x: number,
  y: number,
  starts: readonly number[],
): number | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const pos = doc.caretPositionFromPoint?.(x, y);
  if (pos) return domPointToOffset(editor, pos.offsetNode, pos.offset, starts);
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? domPointToOffset(editor, r.startContainer, r.startOffset, starts) : null;
}

interface Props {
  segment: { id: string; start: number; end: number } | null;
  text: string;
  starts: readonly number[];
  /** changes whenever the transcript's content may have moved (the segments shown) */
  version: unknown;
  /** saves the coding's new boundaries; resolves when the answer is in */
  onMove: (id: string, range: TextRange) => Promise<unknown>;
}

/** no coding selected, no handles: another content is nothing to place (not rendered for it) */
const sameUnlessShown = (a: Props, b: Props) =>
  a.segment === b.segment &&
  a.text === b.text &&
  a.starts === b.starts &&
  a.onMove === b.onMove &&
  (a.version === b.version || b.segment === null);

export const BoundaryHandles = memo(function BoundaryHandles({ segment, text, starts, version, onMove }: Props) {
  const { t } = useTranslation(ns);
  const [editor] = useLexicalComposerContext();
  const box = useRef<HTMLDivElement>(null);
  const handles = useRef<Record<Edge, HTMLButtonElement | null>>({ start: null, end: null });
  const drag = useRef<{ edge: Edge; range: TextRange | null } | null>(null);

  // placed by writing the two buttons' styles, not by rendering: after a coding action this runs
  // once the transcript is patched, in the same frame, and costs no render of its own
  const place = useCallback(() => {
    const host = box.current?.parentElement;
    const range = segment ? offsetsToDomRange(editor, segment, starts) : null;
    const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0) : [];
    const { start, end } = handles.current;
    if (!start || !end) return;
    if (!host || !rects.length) {
      start.hidden = true;
      end.hidden = true;
      return;
    }
    const at = host.getBoundingClientRect();
    const first = rects[0]!,
      last = rects.at(-1)!;
    const put = (el: HTMLButtonElement, left: number, top: number, height: number) => {
      el.hidden = false;
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
      el.style.height = `${height}px`;
    };
    put(start, first.left - at.left, first.top - at.top, first.height);
    put(end, last.right - at.left, last.top - at.top, last.height);
  }, [editor, segment, starts]);

  // Placed at the end of the commit, after the stripes are measured (the page is laid out then),
  // whether Lexical patched the transcript or the selection alone changed.
  const placedBy = useRef(0);
  const latest = useRef(place);
  latest.current = place;
  useEffect(
    () =>
      editor.registerUpdateListener(() => {
        placedBy.current++;
        queueMicrotask(() => latest.current());
      }),
    [editor],
  );
  useLayoutEffect(() => {
    const seen = placedBy.current;
    queueMicrotask(() => {
      if (placedBy.current === seen) place();
    });
  }, [place, version]);
  // one observer for the handles' life: made again for each selected coding, its first report
  // (an observer always reports once) placed the handles a second time in every coding action's frame
  useEffect(() => {
    const host = box.current?.parentElement;
    if (!host) return;
    let first = true;
    const ro = new ResizeObserver(() => {
      if (!first) latest.current();
      first = false;
    });
    ro.observe(host);
    return () => ro.disconnect();
  }, []);
  useEffect(
    () => () => {
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(DRAG);
    },
    [],
  );

  if (!segment) return <div ref={box} hidden />;

  const show = (r: TextRange | null) => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const dom = r ? offsetsToDomRange(editor, r, starts) : null;
    if (dom) CSS.highlights.set(DRAG, new Highlight(dom));
    else CSS.highlights.delete(DRAG);
  };
  const down = (edge: Edge) => (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { edge, range: null };
  };
  const moveTo = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const at = offsetAt(editor, e.clientX, e.clientY, starts);
    if (at === null) return;
    d.range = dragRange(text, segment, d.edge, at);
    show(d.range);
  };
  const up = () => {
    const d = drag.current;
    drag.current = null;
    show(null);
    if (d?.range && (d.range.start !== segment.start || d.range.end !== segment.end)) void onMove(segment.id, d.range);
  };
  const key = (edge: Edge) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Escape' && drag.current) {
      e.preventDefault();
      e.stopPropagation();
      drag.current = null;
      show(null);
      return;
    }
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    e.stopPropagation();
    const base = nudgeBase(segment);
    const r = nudgeRange(text, base.start, base.end, edge, e.key === 'ArrowLeft' ? -1 : 1);
    if (r) void sendNudge(segment.id, r, () => onMove(segment.id, r));
  };
  return (
    <div ref={box} className="tx-handles">
      {(['start', 'end'] as const).map((edge) => (
        <button
          key={edge}
          ref={(el) => {
            handles.current[edge] = el;
          }}
          type="button"
          hidden
          className={`tx-handle tx-handle-${edge}`}
          data-edge={edge}
          aria-label={t(`handle.${edge}`)}
          title={t(`handle.${edge}`)}
          onPointerDown={down(edge)}
          onPointerMove={moveTo}
          onPointerUp={up}
          onPointerCancel={() => {
            drag.current = null;
            show(null);
          }}
          onKeyDown={key(edge)}
        />
      ))}
    </div>
  );
}, sameUnlessShown);
