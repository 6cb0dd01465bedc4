/**
 * A query that reruns when its params or the project revision change. While a rerun for the
 * same params is under way the previous data stays on screen; new params start empty.
 */
import { useEffect, useRef, useState } from 'react';
import type { Method, Params, Result } from '../../../src/api/contract';
import { useApi } from './useApi';

export interface QueryState<T> { data: T | undefined; loading: boolean }

// Answers that arrive within one frame are applied together: after a change the window's
// several queries refresh, and one render beats one per answer.
let queued: (() => void)[] = [];
function applyNextFrame(f: () => void): void {
  queued.push(f);
  if (queued.length > 1) return;
  const flush = () => { const fs = queued; queued = []; for (const g of fs) g(); };
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(flush);
  else setTimeout(flush, 0);
}

export function useQuery<M extends Method>(method: M, params: Params<M> | null, revision: number): QueryState<Result<M>> {
  const { attempt } = useApi();
  const [state, setState] = useState<QueryState<Result<M>> & { key: string | null }>({ data: undefined, loading: params !== null, key: null });
  const key = params === null ? null : JSON.stringify(params);
  const lastKey = useRef<string | null>(null);
  const current = useRef(params);
  current.current = params;
  useEffect(() => {
    const same = lastKey.current === key;
    lastKey.current = key;
    const p = current.current;
    if (key === null || p === null) { setState({ data: undefined, loading: false, key }); return; }
    let live = true;
    // a refresh of the same params keeps showing the data it has (no render for "loading")
    if (!same) setState({ data: undefined, loading: true, key });
    void attempt(method, p).then((data) => applyNextFrame(() => {
      if (!live) return;
      // an unchanged answer comes back as the same object (see api.ts): then nothing re-renders
      setState((s) => (s.key === key && !s.loading && data !== undefined && s.data === data ? s
        : { data: data ?? (s.key === key ? s.data : undefined), loading: false, key }));
    }));
    return () => { live = false; };
  }, [attempt, method, key, revision]);
  // params changed but the effect has not run yet: do not show the old params' data
  return state.key === key ? state : { data: undefined, loading: key !== null };
}
