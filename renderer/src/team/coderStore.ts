/** Who is coding on this machine: asked once, kept in localStorage, switchable in the header. */
import { useSyncExternalStore } from 'react';

const KEY = 'cmo.coder';
const listeners = new Set<() => void>();
let current: string = (() => {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
})();

export const currentCoder = (): string => current;

export function setCoder(name: string): void {
  current = name.trim();
  try {
    localStorage.setItem(KEY, current);
  } catch {
    /* private mode: kept for this window only */
  }
  for (const l of listeners) l();
}

export function useCoder(): string {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, currentCoder);
}
