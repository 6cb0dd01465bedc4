/** Undo/redo through the service's history, with Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y). */
import { useCallback } from 'react';
import { useKey } from '../shortcuts/keymap';
import { useOutsideChanges } from '../shared/outsideChanges';
import { useQuery } from '../shared/useQuery';
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

/** Undo and redo through the service (the header's buttons, the palette, the keys). */
export function useUndoRedo(mutate: Attempt) {
  const undo = useCallback(() => {
    void mutate('history.undo', {});
  }, [mutate]);
  const redo = useCallback(() => {
    void mutate('history.redo', {});
  }, [mutate]);
  return { undo, redo };
}

/**
 * The history's keys and the look for changes saved elsewhere: a part of the window that draws
 * nothing and follows the history by itself, so a change (every coding action) renders it alone.
 */
export function HistoryKeys({ undo, redo }: { undo: () => void; redo: () => void }): null {
  const { data: history } = useQuery('history.state', {});
  useOutsideChanges(history);
  useKey(['undo', 'redo'], (e, id) => {
    if (isTypingTarget(e.target)) return;
    e.preventDefault();
    if (id === 'undo' && history?.canUndo) undo();
    else if (id === 'redo' && history?.canRedo) redo();
  });
  return null;
}
