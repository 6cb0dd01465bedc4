/**
 * What Electron's File menu asks of the team coding (electron/teamMenu.ts): "Coder copy…" opens the
 * Projects dialog at the copy form; "Merge coder copies…" (merged by the shell) opens it at the merge
 * with the report. Events are checked against src/api/shellEvents.ts; anything else is ignored.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { ShellEvent } from '../../../src/api/shellEvents';
import type { MergeReport } from '../../../src/cmo/merge';
import { revisionStore } from '../shared/revision';

/** where the team coding is asked to open; `n` tells one request from the next of the same kind */
export type TeamIntent = { n: number } & ({ to: 'copy' } | { to: 'merged'; files: string; report: MergeReport });

let intent: TeamIntent | null = null;
let n = 0;
const listeners = new Set<() => void>();
const set = (v: TeamIntent | null) => {
  intent = v;
  for (const l of [...listeners]) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** One event from the shell; false when it is not one the window knows. */
export function takeShellEvent(raw: unknown): boolean {
  const e = ShellEvent.safeParse(raw);
  if (!e.success) return false;
  if (e.data.action === 'coderCopy') set({ n: ++n, to: 'copy' });
  else {
    // the shell changed the project: the window's queries (and undo) follow at once
    revisionStore.bump();
    set({ n: ++n, to: 'merged', files: e.data.files.join(', '), report: e.data.report });
  }
  return true;
}

export const clearTeamIntent = () => set(null);
export const teamIntent = (): TeamIntent | null => intent;

/** The current request (null: none); listens to the shell while mounted (once, in the header). */
export function useTeamIntent(listen = false): TeamIntent | null {
  useEffect(() => {
    if (!listen) return;
    return window.cmoBridge?.onShell?.((e) => void takeShellEvent(e));
  }, [listen]);
  return useSyncExternalStore(subscribe, () => intent);
}
