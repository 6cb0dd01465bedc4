/** Undo/redo through the service's history, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y). */
import { useCallback } from 'react';
import { useKey } from '../shortcuts/keymap';
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
  useKey(['undo', 'redo'], (e, id) => {
    if (isTypingTarget(e.target)) return;
    e.preventDefault();
    if (id === 'undo' && history?.canUndo) undo();
    else if (id === 'redo' && history?.canRedo) redo();
  });
  return { undo, redo };
}
