/**
 * Whether a change is being saved, for the save indicator. "Saving…" shows only once a save
 * has taken longer than SHOW_AFTER_MS: a coding action saves in well under that, and flashing
 * the indicator would cost two renders and two frames per keystroke for nothing a reader could see.
 * A tiny external store, so only the indicator follows it.
 */
import { useSyncExternalStore } from 'react';

const SHOW_AFTER_MS = 250;

let pending = 0;
let shown = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const set = (v: boolean) => {
  if (shown !== v) {
    shown = v;
    for (const l of listeners) l();
  }
};

export const savingStore = {
  /** whether any change of this window is on its way (the outside-changes look waits for it) */
  busy: (): boolean => pending > 0,
  begin() {
    pending++;
    if (pending === 1 && !shown)
      timer ??= setTimeout(() => {
        timer = undefined;
        if (pending > 0) set(true);
      }, SHOW_AFTER_MS);
  },
  end() {
    pending = Math.max(0, pending - 1);
    if (pending > 0) return;
    clearTimeout(timer);
    timer = undefined;
    set(false);
  },
};

export function useSaving(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => shown,
  );
}
