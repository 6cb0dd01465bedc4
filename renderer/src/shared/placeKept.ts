/**
 * Nothing typed is lost, and the window comes back where it was: the tab and source in use are
 * kept per project in this browser's storage (the app reopens on them after a reload or a restart),
 * and while a coding's form has typed content not yet saved, leaving the page asks first.
 */
import { useEffect, useRef } from 'react';

type Place = { tab?: string; sourceId?: string | null };
const key = (project: string) => `cmo-place:${project}`;

export function keptPlace(project: string | undefined): Place {
  if (!project) return {};
  try {
    return JSON.parse(localStorage.getItem(key(project)) ?? '{}') as Place;
  } catch {
    return {};
  }
}

/** Remembers the tab and source of `project` whenever they change. */
export function useKeepPlace(project: string | undefined, place: Place): void {
  const { tab, sourceId } = place;
  useEffect(() => {
    if (!project) return;
    try {
      localStorage.setItem(key(project), JSON.stringify({ tab, sourceId }));
    } catch {
      /* storage full or off */
    }
  }, [project, tab, sourceId]);
}

/**
 * While `dirty`, closing or reloading the window asks first (the browser's own question). One
 * listener for the hook's life that asks only while dirty: adding and removing it as a draft is
 * typed and coded cost ≈ 1 ms each time in Chromium (the browser is told about every change).
 */
export function useWarnBeforeUnload(dirty: boolean): void {
  const ask = useRef(dirty);
  ask.current = dirty;
  useEffect(() => {
    const onBefore = (e: BeforeUnloadEvent) => {
      if (!ask.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBefore);
    return () => window.removeEventListener('beforeunload', onBefore);
  }, []);
}
