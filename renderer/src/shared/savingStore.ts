/**
 * How many changes are being saved right now. A tiny external store, so the save indicator can
 * follow it without re-rendering the whole window twice per coding action.
 */
import { useSyncExternalStore } from 'react';

let pending = 0;
const listeners = new Set<() => void>();
const emit = () => { for (const l of listeners) l(); };

export const savingStore = {
  begin() { pending++; emit(); },
  end() { pending = Math.max(0, pending - 1); emit(); },
};

export function useSaving(): boolean {
  return useSyncExternalStore(
    (l) => { listeners.add(l); return () => listeners.delete(l); },
    () => pending > 0,
  );
}
