/**
 * Coding stripes in the margin (NVivo/MAXQDA style): lanes side by side, each stripe spanning
 * the lines its segment covers. Only the stripes near the visible part of the transcript are
 * measured and drawn (the transcript's paragraphs off screen are not laid out at all), so a long
 * transcript costs no more than a short one. Hover shows the segment's details and marks its
 * passage; a click selects it.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ns } from './i18n';
import { markHovered } from './markDecor';
import { offsetToLine } from './offsets';
import type { HoverStore } from './SegmentPopover';
import { stripesIn, type Lane, type StripeLayout } from './stripes';
import { createStripeButtons, drawStripes, type Placed, type StripeHandlers } from './stripeButtons';
import './stripes.css';

/** The DOM point of a stored-text offset inside its paragraph, or null. */
function textPoint(paragraph: Element, inLine: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let before = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (inLine < before + t.length) return { node: t, offset: inLine - before };
    before += t.length;
    last = t;
  }
  return last ? { node: last, offset: last.length } : null;
}

/**
 * Whether the browser skipped laying out a paragraph's contents (`content-visibility: auto` off
 * screen). Measuring text inside one would make the browser lay it out there and then: about a
 * tenth of a millisecond per edge, which made one stripe pass cost milliseconds.
 */
const skipped = (p: Element) =>
  typeof p.checkVisibility === 'function' && !p.checkVisibility({ contentVisibilityAuto: true });

/**
 * Where text edges sit inside their paragraphs, measured once: per paragraph element, its height
 * and text when measured and each edge's distance from its top. Measuring an edge takes a DOM
 * Range and its client rects (the slow part of drawing stripes). A paragraph Lexical rewrote keeps
 * its edges while its text and height are the same: a coding action only moves mark boundaries,
 * and marks change no glyph's place (transcript.css gives them colours, rules and outlines — no
 * padding, border, margin or font). A paragraph that changed height or text, a resize or another
 * text starts over.
 */
export type EdgeCache = WeakMap<Element, { height: number; text: string; check: boolean; edges: Map<number, number> }>;

/**
 * Top (of the first character) or bottom (of the last character) of a stored-text offset, in
 * viewport coordinates; in a paragraph the browser has not laid out, that paragraph's own top or bottom.
 */
function edgeAt(
  paras: HTMLCollection,
  starts: readonly number[],
  offset: number,
  side: 'top' | 'bottom',
  cache: EdgeCache,
  boxes: Map<number, { pr: DOMRect; skipped: boolean }>,
): number | null {
  const { line, inLine } = offsetToLine(starts, side === 'top' ? offset : Math.max(0, offset - 1));
  const p = paras[line];
  if (!p) return null;
  // each paragraph's box once per pass: many stripes start or end in the same paragraph
  let box = boxes.get(line);
  if (!box) boxes.set(line, (box = { pr: p.getBoundingClientRect(), skipped: skipped(p) }));
  const pr = box.pr;
  if (box.skipped) return side === 'top' ? pr.top : pr.bottom;
  let known = cache.get(p);
  if (known?.check) {
    known.check = false;
    if (p.textContent !== known.text) known = undefined;
  }
  if (!known || known.height !== pr.height)
    cache.set(p, (known = { height: pr.height, text: p.textContent ?? '', check: false, edges: new Map() }));
  const key = side === 'top' ? inLine * 2 : inLine * 2 + 1;
  const rel = known.edges.get(key);
  if (rel !== undefined) return pr.top + rel;
  const at = textPoint(p, inLine);
  let edge: number;
  if (!at || at.node.length === 0) edge = side === 'top' ? pr.top : pr.bottom;
  else {
    const r = document.createRange();
    const o = Math.min(at.offset, at.node.length - 1);
    r.setStart(at.node, o);
    r.setEnd(at.node, o + 1);
    const rects = r.getClientRects();
    const box = rects.length ? rects[side === 'top' ? 0 : rects.length - 1]! : r.getBoundingClientRect();
    edge = side === 'top' ? box.top : box.bottom;
  }
  known.edges.set(key, edge - pr.top);
  return edge;
}

const samePlaces = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i]!;
    return x.s === y.s && x.lane === y.lane && x.top === y.top && x.height === y.height;
  });

/** the lanes' names and rules: the same again after a coding action that adds no lane, so not rendered again */
const Lanes = memo(
  function Lanes({ lanes, kindName }: { lanes: readonly Lane[]; kindName: (k: string) => string }) {
    return (
      <>
        <div className="tx-lanes" aria-hidden="true">
          {lanes.map((l) => (
            <span
              key={l.key}
              className={`tx-lane-label lane-${l.group}${l.kind ? ` kind-${l.kind}` : ''}`}
              style={{ left: l.x, width: l.width }}
            >
              {l.group === 'kind' && l.kind ? kindName(l.kind) : l.label}
            </span>
          ))}
        </div>
        {lanes.map((l) => (
          <div key={l.key} className="tx-lane-rule" style={{ left: l.x, width: l.width }} />
        ))}
      </>
    );
  },
  (a, b) =>
    a.kindName === b.kindName &&
    a.lanes.length === b.lanes.length &&
    a.lanes.every((l, i) => {
      const m = b.lanes[i]!;
      return l.key === m.key && l.x === m.x && l.width === m.width && l.label === m.label && l.kind === m.kind;
    }),
);

export const Stripes = memo(function Stripes({
  layout,
  starts,
  textLength,
  selected,
  onClickSegments,
  hover,
  kindName,
}: {
  layout: StripeLayout;
  starts: readonly number[];
  textLength: number;
  selected: string | null;
  onClickSegments: (ids: string[]) => void;
  hover: HoverStore;
  kindName: (k: string) => string;
}) {
  const { t } = useTranslation(ns);
  const [editor] = useLexicalComposerContext();
  const col = useRef<HTMLDivElement>(null);
  /** the stripes' buttons are drawn in here (stripeButtons.ts), not rendered */
  const set = useRef<HTMLDivElement>(null);
  const placed = useRef<Placed[]>([]);
  const buttons = useMemo(createStripeButtons, []);
  const handlers = useRef<StripeHandlers>({ enter: () => {}, leave: () => {}, pick: () => {} });
  const look = useRef({ selected, kindName });
  look.current = { selected, kindName };
  const draw = useCallback(() => {
    drawStripes(buttons, set.current, placed.current, look.current.selected, look.current.kindName, handlers);
  }, [buttons]);
  const live = useRef({ layout, starts, textLength });
  live.current = { layout, starts, textLength };
  const frame = useRef(0);
  /** the transcript changed in this task: its stripes are measured and drawn at the end of it */
  const measuring = useRef(false);
  /** the layout last measured: a new layout that came with a transcript update is measured already */
  const measuredFor = useRef<StripeLayout | null>(null);
  const edges = useRef<{ starts: readonly number[] | null; cache: EdgeCache }>({ starts: null, cache: new WeakMap() });

  const measure = useCallback(
    (now = false) => {
      frame.current = 0;
      // drawn in a microtask of its own, after what else reads the page now (the selection's handles):
      // reading after it would lay the page out again
      // (drawn even when they are placed as before: the selected one may be another; drawStripes
      // writes nothing when nothing differs)
      const place = (f: (p: Placed[]) => Placed[]) => {
        placed.current = f(placed.current);
        if (now) queueMicrotask(draw);
        else draw();
      };
      const root = editor.getRootElement();
      const column = col.current;
      const scroller = root?.closest('.transcript-scroll');
      const { layout: L, starts: S, textLength: len } = live.current;
      measuredFor.current = L;
      // another text: every measured edge is void
      if (edges.current.starts !== S) edges.current = { starts: S, cache: new WeakMap() };
      if (!root || !column || !scroller || !L.stripes.length || !S.length) {
        place((p) => (p.length ? [] : p));
        return;
      }
      const paras = root.children;
      const n = Math.min(paras.length, S.length);
      if (!n) return;
      const view = scroller.getBoundingClientRect();
      const above = view.top - view.height * 0.75,
        below = view.bottom + view.height * 0.75;
      // first paragraph whose bottom is below `above`, last whose top is above `below`
      let lo = 0,
        hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (paras[mid]!.getBoundingClientRect().bottom < above) lo = mid + 1;
        else hi = mid;
      }
      const first = lo;
      lo = first;
      hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (paras[mid]!.getBoundingClientRect().top > below) hi = mid - 1;
        else lo = mid;
      }
      const last = lo;
      const from = S[first]!,
        to = last + 1 < S.length ? S[last + 1]! - 1 : len;
      const colTop = column.getBoundingClientRect().top;
      const out: Placed[] = [];
      const boxes = new Map<number, { pr: DOMRect; skipped: boolean }>();
      for (const s of stripesIn(L.stripes, from, to)) {
        const a = Math.max(s.start, from),
          b = Math.min(s.end, to);
        const top = edgeAt(paras, S, a, 'top', edges.current.cache, boxes),
          bottom = edgeAt(paras, S, b, 'bottom', edges.current.cache, boxes);
        const lane = L.lanes[s.lane];
        if (top === null || bottom === null || !lane) continue;
        out.push({ s, lane, top: top - colTop, height: Math.max(6, bottom - top) });
      }
      place((prev) => (samePlaces(prev, out) ? prev : out));
    },
    [editor, draw],
  );

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(() => measure());
  }, [measure]);

  useEffect(() => {
    // after the transcript changed: measured at once, so the stripes are drawn in the same frame
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements }) => {
      // the paragraphs Lexical rewrote are measured again if their text changed
      if (dirtyElements.size > 64) edges.current.cache = new WeakMap();
      else
        for (const key of dirtyElements.keys()) {
          const el = editor.getElementByKey(key);
          const known = el && edges.current.cache.get(el);
          if (known) known.check = true;
        }
      // a frame asked for before (a scroll, a resize) is not needed now; forgotten too, or every
      // later request would think one still pending and the stripes would never be drawn again
      if (frame.current) {
        cancelAnimationFrame(frame.current);
        frame.current = 0;
      }
      // at the end of the commit the transcript patch came in, when the rest of the window has
      // changed too (the panel, its focus, the selection): the page is laid out once, not again
      // after each of them. Drawn before this task ends, so in the same frame as the marks.
      measuring.current = true;
      queueMicrotask(() => {
        measuring.current = false;
        if (!frame.current) measure(true);
        else draw();
      });
    });
    let scroller: Element | null = null;
    let width = -1;
    const ro = new ResizeObserver((entries) => {
      // another width wraps the lines anew
      for (const e of entries)
        if (e.target === editor.getRootElement() && e.contentRect.width !== width) {
          width = e.contentRect.width;
          edges.current.cache = new WeakMap();
        }
      schedule();
    });
    const stopRoot = editor.registerRootListener((root) => {
      scroller?.removeEventListener('scroll', schedule);
      ro.disconnect();
      scroller = root?.closest('.transcript-scroll') ?? null;
      scroller?.addEventListener('scroll', schedule, { passive: true });
      if (root) ro.observe(root);
      if (scroller) ro.observe(scroller);
    });
    return () => {
      stopUpdates();
      stopRoot();
      ro.disconnect();
      scroller?.removeEventListener('scroll', schedule);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [editor, schedule, measure]);

  useEffect(() => {
    if (measuredFor.current !== layout) schedule();
  }, [layout, starts, schedule]);

  const enter = useCallback(
    (id: string, el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      hover.set({ ids: [id], x: r.left, top: r.top, bottom: Math.min(r.bottom, r.top + 40), from: 'stripe' });
      const root = editor.getRootElement();
      if (root) markHovered(root, id);
    },
    [editor, hover],
  );
  const leave = useCallback(() => {
    hover.set(null);
    const root = editor.getRootElement();
    if (root) markHovered(root, null);
  }, [editor, hover]);
  const pick = useCallback((id: string) => onClickSegments([id]), [onClickSegments]);
  handlers.current = { enter, leave, pick };
  // another coding selected, or the kinds named in another language: the buttons drawn again (only
  // what differs is written); and drawn into a column rendered anew (the lanes were off). At the end
  // of the commit, and not when the transcript changed in it too (a coding action selects the coding
  // it made): the stripes measured then are drawn once, with the new selection.
  useLayoutEffect(() => {
    queueMicrotask(() => {
      if (!measuring.current) draw();
    });
  }, [draw, selected, kindName, layout.lanes.length]);

  if (!layout.lanes.length) return null;
  return (
    <div className="tx-stripes" ref={col} style={{ width: layout.width }} role="group" aria-label={t('stripes.region')}>
      <Lanes lanes={layout.lanes} kindName={kindName} />
      <div className="tx-stripe-set" ref={set} />
    </div>
  );
});
