/**
 * The small card shown while the pointer rests on a highlight or a stripe: each covering
 * segment's kind, PT points, verdict, memo, coder and thematic codes. Built only when shown, from
 * the segments as they are now — nothing is precomputed per mark.
 */
import { memo, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Segment } from '../../../src/cmo/model';
import { ns } from './i18n';

export interface Hover {
  ids: string[];
  x: number;
  top: number;
  bottom: number;
  from: 'mark' | 'stripe';
}

export interface HoverStore {
  get(): Hover | null;
  set(h: Hover | null): void;
  subscribe(f: () => void): () => void;
}

export function createHoverStore(): HoverStore {
  let state: Hover | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (h) => {
      if (
        h === state ||
        (h && state && h.ids.join(' ') === state.ids.join(' ') && h.from === state.from && h.top === state.top)
      )
        return;
      state = h;
      for (const f of listeners) f();
    },
    subscribe: (f) => {
      listeners.add(f);
      return () => listeners.delete(f);
    },
  };
}

export interface PopoverNames {
  pt: (id: string) => string;
  ptTitle: (id: string) => string;
  code: (id: string) => string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);

interface Props {
  store: HoverStore;
  /** the segments shown now, by id: read when the card is drawn, so the latest ones even when this was not rendered */
  lookup: (id: string) => Segment | undefined;
  /** changes with the segments: a card shown is drawn again */
  version: unknown;
  names: PopoverNames;
}

/** no card shown: other segments are nothing to it (every coding action), so it is not rendered for them */
const sameUnlessShown = (a: Props, b: Props) =>
  a.store === b.store &&
  a.lookup === b.lookup &&
  a.names === b.names &&
  (a.version === b.version || b.store.get() === null);

export const SegmentPopover = memo(function SegmentPopover({ store, lookup, names }: Props) {
  const { t } = useTranslation(ns);
  const hover = useSyncExternalStore(store.subscribe, store.get);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const segments = hover ? hover.ids.map(lookup).filter((s): s is Segment => s !== undefined) : [];

  // place below the line (above when there is no room), inside the window
  useLayoutEffect(() => {
    const el = ref.current;
    if (!hover || !el) {
      setPos(null);
      return;
    }
    const w = el.offsetWidth,
      h = el.offsetHeight;
    const left = Math.max(8, Math.min(hover.x - 24, window.innerWidth - w - 8));
    const top = hover.bottom + 6 + h < window.innerHeight - 8 ? hover.bottom + 6 : Math.max(8, hover.top - 6 - h);
    setPos({ left, top });
  }, [hover, segments.length]);

  if (!hover || !segments.length) return null;
  return (
    <div
      ref={ref}
      className="tx-popover"
      role="tooltip"
      data-segment-ids={hover.ids.join(' ')}
      style={{ left: pos?.left ?? -9999, top: pos?.top ?? -9999 }}
    >
      {segments.map((s) => (
        <div key={s.id} className="tx-popover-item">
          <div className="tx-popover-head">
            <span className={`kind-tag kind-${s.kind ?? 'T'}`}>{s.kind ? t(`kind.${s.kind}`) : t('thematic')}</span>
            <span className="tx-popover-pts">
              {s.pt.length ? s.pt.map(names.pt).join(', ') : s.kind ? t('popover.noPoint') : ''}
            </span>
            {s.kind && <span className={`verdict-tag verdict-${s.verdict}`}>{t(`verdict.${s.verdict}`)}</span>}
          </div>
          {s.pt.length > 0 && (
            <div className="tx-popover-titles">
              {s.pt
                .map((p) => names.ptTitle(p))
                .filter(Boolean)
                .map((x) => clip(x, 90))
                .join(' · ')}
            </div>
          )}
          {s.codes.length > 0 && (
            <div className="tx-popover-codes">
              <span className="muted">{t('popover.codes')}:</span> {s.codes.map(names.code).join(', ')}
            </div>
          )}
          {s.memo && (
            <div className="tx-popover-memo">
              <span className="muted">{t('popover.memo')}:</span> {clip(s.memo, 280)}
            </div>
          )}
          <div className="tx-popover-coder muted">
            {t('popover.coder', { coder: s.coder || t('popover.unknownCoder') })}
          </div>
          {s.needsReview && <div className="tx-popover-flag">⚑ {t('popover.flagged')}</div>}
        </div>
      ))}
      <div className="tx-popover-hint muted">
        {segments.length > 1 ? t('popover.cycle', { count: segments.length }) : t('popover.click')}
      </div>
    </div>
  );
}, sameUnlessShown);
