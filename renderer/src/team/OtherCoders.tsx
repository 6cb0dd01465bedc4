/** "Show other coders": the other coders' stripes in the transcript's margin, on or off (kept on this machine). */
import { useMemo, useSyncExternalStore } from 'react';
import type { Segment } from '../../../src/cmo/model';
import { useTranslation } from '../i18n/useTranslation';
import { useCoder } from './coderStore';
import { ns } from './i18n';

const KEY = 'cmo-other-coders';
const listeners = new Set<() => void>();
let shown = (() => {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
})();
const set = (v: boolean) => {
  shown = v;
  try {
    localStorage.setItem(KEY, v ? 'on' : 'off');
  } catch {
    /* private mode */
  }
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};
const useShown = () => useSyncExternalStore(subscribe, () => shown);

/** The segments to draw: all of them, or only the current coder's when the others are hidden. */
export function useMineOnly(segments: Segment[] | undefined): Segment[] | undefined {
  const me = useCoder();
  const others = useShown();
  return useMemo(
    () => (!segments || others || !me ? segments : segments.filter((s) => s.coder === me)),
    [segments, others, me],
  );
}

export function OtherCodersToggle() {
  const { t } = useTranslation(ns);
  const me = useCoder();
  const others = useShown();
  if (!me) return null;
  return (
    <label className="tx-mode other-coders" title={t('othersTitle')}>
      <input type="checkbox" checked={others} onChange={(e) => set(e.target.checked)} /> {t('others')}
    </label>
  );
}
