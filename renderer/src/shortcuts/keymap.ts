/**
 * The window's one keydown listener. A key press is matched against the table (table.ts) in its
 * order; each matching row's handlers run, the one registered last first, until one of them takes
 * the key (prevents its default). A feature registers with `useKey(id, handler)` while it is on
 * screen; nothing else listens for keys on the window.
 */
import { useLayoutEffect, useRef } from 'react';
import { BINDINGS, type KeyId } from './table';

export type KeyHandler = (e: KeyboardEvent, id: KeyId) => void;

const handlers = new Map<KeyId, KeyHandler[]>();
let listening = false;

function onKeyDown(e: KeyboardEvent): void {
  const before = e.defaultPrevented;
  for (const b of BINDINGS) {
    const list = handlers.get(b.id);
    if (!list?.length || !b.match!(e)) continue;
    for (const h of [...list].reverse()) {
      h(e, b.id);
      if (!before && e.defaultPrevented) return;
    }
  }
}

/** Adds a handler for the rows `ids`; returns its removal. */
export function addKeyHandler(ids: KeyId | readonly KeyId[], handler: KeyHandler): () => void {
  const all = typeof ids === 'string' ? [ids] : ids;
  for (const id of all) handlers.set(id, [...(handlers.get(id) ?? []), handler]);
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('keydown', onKeyDown);
    listening = true;
  }
  return () => {
    for (const id of all)
      handlers.set(
        id,
        (handlers.get(id) ?? []).filter((h) => h !== handler),
      );
  };
}

/**
 * Handles the rows `ids` while mounted and `on`. Registered before paint (a key pressed as soon as
 * a panel shows is not lost); the handler may change every render (the latest one is called).
 */
export function useKey(ids: KeyId | readonly KeyId[], handler: KeyHandler, on = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  const key = typeof ids === 'string' ? ids : ids.join(' ');
  useLayoutEffect(() => {
    if (!on) return;
    return addKeyHandler(key.split(' ') as KeyId[], (e, id) => latest.current(e, id));
  }, [key, on]);
}
