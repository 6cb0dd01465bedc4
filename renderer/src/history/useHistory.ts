/** Undo/redo through the service's history, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y). */
import { useCallback } from 'react';
import { useKey } from '../shortcuts/keymap';
import type { HistoryState } from '../../../src/api/contract';
import type { Attempt } from '../shared/useApi';

/**
 * Typing in a field keeps the field's own undo. The transcript takes a caret but no typing while
 * it is not being corrected (`aria-readonly`): the window's keys work there.
 */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return t.closest('[aria-readonly="true"]') === null;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName);
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
