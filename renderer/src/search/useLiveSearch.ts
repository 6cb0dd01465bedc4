/**
 * Search as you type: a query per keystroke (lightly debounced so a burst of keys sends one),
 * numbered so that a late answer to an older keystroke never replaces a newer one. The previous
 * results stay on screen until the next answer arrives (no flicker); a project change reruns.
 */
import { useEffect, useRef, useState } from 'react';
import type { Params, Result } from '../../../src/api/contract';
import { useApi } from '../shared/useApi';
import { LatestOnly } from './results';

export type SearchParams = Params<'search.query'>;
export interface LiveSearch {
  result: Result<'search.query'> | undefined;
  /** the params the shown result answers */
  params: SearchParams | null;
  /** a newer query is under way */
  busy: boolean;
}

/** short enough to be invisible, long enough to merge keys typed in one burst */
const DEBOUNCE_MS = 25;

export function useLiveSearch(params: SearchParams | null, revision: number): LiveSearch {
  const { attempt } = useApi();
  const latest = useRef(new LatestOnly());
  const [state, setState] = useState<LiveSearch>({ result: undefined, params: null, busy: false });
  const key = params ? JSON.stringify(params) : null;
  const current = useRef(params);
  current.current = params;

  useEffect(() => {
    const p = current.current;
    if (!p) {
      latest.current.reset();
      setState({ result: undefined, params: null, busy: false });
      return;
    }
    const n = latest.current.next();
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      void attempt('search.query', p).then((result) => {
        const newest = latest.current.isNewest(n);
        if (!result) {
          if (newest) setState((s) => ({ ...s, busy: false }));
          return;
        }
        if (!latest.current.accept(n)) return;
        setState({ result, params: p, busy: !newest });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [attempt, key, revision]);

  return state;
}
