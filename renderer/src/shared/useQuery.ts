/**
 * A query that reruns when its params or the project revision change. While a rerun for the
 * same params is under way the previous data stays on screen; new params start empty.
 */
import { useEffect, useRef, useState } from 'react';
import type { Method, Params, Result } from '../../../src/api/contract';
import { useApi } from './useApi';

export interface QueryState<T> { data: T | undefined; loading: boolean }

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
    setState((s) => ({ data: same ? s.data : undefined, loading: true, key }));
    void attempt(method, p).then((data) => {
      if (live) setState((s) => ({ data: data ?? (s.key === key ? s.data : undefined), loading: false, key }));
    });
    return () => { live = false; };
  }, [attempt, method, key, revision]);
  // params changed but the effect has not run yet: do not show the old params' data
  return state.key === key ? state : { data: undefined, loading: key !== null };
}
