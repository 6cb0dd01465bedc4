/**
 * The project's revision: bumped after every change (see App's `mutate`). An external store, so
 * a change does not re-render the whole window: queries refetch on their own (useQuery) and only
 * components whose answers changed render again; the few that need the number subscribe.
 */
import { useRef, useSyncExternalStore } from 'react';

let revision = 0;
const listeners = new Set<() => void>();

export const revisionStore = {
  get: (): number => revision,
  bump(): void {
    revision++;
    for (const l of [...listeners]) l();
  },
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  },
};

const noSubscribe = () => () => {};

/** The revision, re-rendering on every change; while `enabled` is false it stays at the last value seen. */
export function useProjectRevision(enabled = true): number {
  const seen = useRef(revision);
  const value = useSyncExternalStore(enabled ? revisionStore.subscribe : noSubscribe, () =>
    enabled ? revision : seen.current,
  );
  seen.current = value;
  return value;
}
