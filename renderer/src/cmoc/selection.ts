/** Passages picked for a CMO configuration: kept by segment id with their quote, across cells, sources and cases. */
import { useCallback, useMemo, useState } from 'react';
import type { Quote } from '../../../src/cmo/quotes';

export interface Selection {
  /** selected quotes in the order they were picked */
  quotes: Quote[];
  has: (id: string) => boolean;
  toggle: (q: Quote) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [picked, setPicked] = useState<Quote[]>([]);
  const ids = useMemo(() => new Set(picked.map((q) => q.id)), [picked]);
  const toggle = useCallback(
    (q: Quote) => setPicked((xs) => (xs.some((x) => x.id === q.id) ? xs.filter((x) => x.id !== q.id) : [...xs, q])),
    [],
  );
  const clear = useCallback(() => setPicked([]), []);
  const has = useCallback((id: string) => ids.has(id), [ids]);
  return { quotes: picked, has, toggle, clear };
}
