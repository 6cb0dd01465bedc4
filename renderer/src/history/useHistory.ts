/** Undo/redo through the service's history, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y). */
import { useCallback, useEffect } from 'react';
import type { HistoryState } from '../../../src/api/contract';
import type { Attempt } from '../shared/useApi';

/** Typing in a field keeps the field's own undo. */
export function isTypingTarget(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

export function useHistoryKeys(history: HistoryState | undefined, mutate: Attempt) {
  const undo = useCallback(() => {
    void mutate('history.undo', {});
  }, [mutate]);
  const redo = useCallback(() => {
    void mutate('history.redo', {});
  }, [mutate]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTypingTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        if (history?.canUndo) undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        if (history?.canRedo) redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, undo, redo]);
  return { undo, redo };
}
