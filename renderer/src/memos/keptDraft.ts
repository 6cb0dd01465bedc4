/**
 * A memo being typed is kept in this browser's storage, per project and per thing it is on, until it
 * is saved or emptied: a reload, a crash or a closed window does not lose it (the coding draft's
 * counterpart in shared/placeKept.ts). Both the new memo's text and an edit in progress are kept.
 */
import { useCallback, useEffect, useState } from 'react';

export interface MemoDraft {
  /** the new memo's text */
  text: string;
  /** an edit of an existing memo, not yet saved */
  editing: { id: string; text: string } | null;
}
const EMPTY: MemoDraft = { text: '', editing: null };
const PREFIX = 'cmo-memo-draft:';

function read(key: string): MemoDraft {
  try {
    const v = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null') as Partial<MemoDraft> | null;
    const editing = v?.editing && typeof v.editing.id === 'string' ? v.editing : null;
    return { text: typeof v?.text === 'string' ? v.text : '', editing };
  } catch {
    return EMPTY;
  }
}

function write(key: string, d: MemoDraft): void {
  try {
    if (!d.text.trim() && !d.editing) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(d));
  } catch {
    /* storage full or off: the draft lives as long as the page */
  }
}

/** The draft of the memo panel `key` (null until the project is known), kept as it changes. */
export function useKeptMemoDraft(key: string | null): [MemoDraft, (change: (d: MemoDraft) => MemoDraft) => void] {
  const [state, setState] = useState<{ key: string | null; draft: MemoDraft }>({ key: null, draft: EMPTY });
  useEffect(() => {
    if (key !== state.key) setState({ key, draft: key ? read(key) : EMPTY });
  }, [key, state.key]);
  const update = useCallback(
    (change: (d: MemoDraft) => MemoDraft) =>
      setState((s) => {
        const draft = change(s.key === key ? s.draft : EMPTY);
        if (key) write(key, draft); // the same value if React calls this twice
        return { key, draft };
      }),
    [key],
  );
  return [state.key === key ? state.draft : EMPTY, update];
}
