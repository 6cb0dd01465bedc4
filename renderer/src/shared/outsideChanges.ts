/**
 * Changes saved by another program (a CLI, a coder's merge, a second window): the host takes them
 * in and moves its revision on; this hook looks every few seconds while the window is shown and,
 * when the host is ahead of what the window shows, refreshes the queries on screen. Drafts live in
 * component state and are kept.
 */
import { useEffect, useRef } from 'react';
import type { HistoryState } from '../../../src/api/contract';
import { api } from '../api';
import { revisionStore } from './revision';
import { savingStore } from './savingStore';

const EVERY_MS = 2000;

export function useOutsideChanges(shown: HistoryState | undefined): void {
  const seen = useRef<number | null>(null);
  seen.current = shown?.revision ?? null;
  useEffect(() => {
    const look = async () => {
      // this window's own changes move the host's revision too: look only when none is on its way
      if (document.hidden || seen.current === null || savingStore.busy()) return;
      const now = await api.call('history.state', {}).catch(() => null);
      if (now && seen.current !== null && !savingStore.busy() && now.revision > seen.current) revisionStore.bump();
    };
    const t = setInterval(() => {
      void look();
    }, EVERY_MS);
    return () => clearInterval(t);
  }, []);
}
