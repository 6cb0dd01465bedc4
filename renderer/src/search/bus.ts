/** "Open the search (with this text)": asked for by the palette or a shortcut, answered by the search view. */
type Listener = (query?: string) => void;
const listeners = new Set<Listener>();

export function requestSearch(query?: string): void {
  for (const l of listeners) l(query);
}

export function onSearchRequest(l: Listener): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}
