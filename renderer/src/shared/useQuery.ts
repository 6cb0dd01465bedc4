/**
 * A query that reruns when its params or the project revision change. While a rerun for the
 * same params is under way the previous data stays on screen; new params start empty.
 *
 * Without an explicit `revision` the query follows the project's revision store by itself (no
 * re-render of the component to refetch; it renders only when the answer changed). With one, it
 * reruns only when that number (or the params) change.
 */
import { useEffect, useRef, useState } from 'react';
import type { Method, Params, Result } from '../../../src/api/contract';
import { revisionStore } from './revision';
import { shallowEqual } from './shallowEqual';
import { useApi, type Attempt } from './useApi';

export interface QueryState<T> {
  data: T | undefined;
  loading: boolean;
}

// Answers that arrive together (one batch reply: a change and the queries it refreshed) are
// applied together, in one microtask, so React renders them at once. Not per animation frame:
// asking for a frame makes the browser run a whole frame even when nothing on screen changed.
let queued: (() => void)[] = [];
function applyTogether(f: () => void): void {
  queued.push(f);
  if (queued.length > 1) return;
  queueMicrotask(() => {
    const fs = queued;
    queued = [];
    for (const g of fs) g();
    settleCheck();
  });
}

// the same query asked by several components for the same revision goes to the host once
const inflight = new Map<string, { revision: number; promise: Promise<unknown> }>();
/** answers known to be current at a revision: fetched along with the change that made it (see refreshWith) */
const primed = new Map<string, { revision: number; data: unknown }>();
/** the queries on screen that follow the revision, with how many components show each */
const live = new Map<string, { method: Method; params: unknown; count: number }>();
let running = 0;
let settled: (() => void)[] = [];
function settleCheck(): void {
  if (running || queued.length || !settled.length) return;
  const fs = settled;
  settled = [];
  for (const f of fs) f();
}

/**
 * Resolves once the queries under way have answered and their answers are applied (in the same
 * render as those answers: state set then renders together with them), or after `maxMs`.
 */
export function whenQueriesSettle(maxMs = 500): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    settled.push(finish);
    setTimeout(finish, maxMs);
    if (!running && !queued.length) queueMicrotask(settleCheck);
  });
}

function ask<M extends Method>(
  attempt: Attempt,
  method: M,
  params: Params<M>,
  key: string,
): Promise<Result<M> | undefined> {
  const k = `${method} ${key}`;
  const rev = revisionStore.get();
  const ready = primed.get(k);
  if (ready && ready.revision === rev) return Promise.resolve(ready.data as Result<M> | undefined);
  const seen = inflight.get(k);
  if (seen && seen.revision === rev) return seen.promise as Promise<Result<M> | undefined>;
  running++;
  const promise = attempt(method, params)
    .then((data) => {
      // a later mount at the same revision takes this answer instead of asking again
      if (data !== undefined && revisionStore.get() === rev) primed.set(k, { revision: rev, data });
      return data;
    })
    .finally(() => {
      running--;
      if (inflight.get(k)?.promise === promise) inflight.delete(k);
    });
  inflight.set(k, { revision: rev, promise });
  return promise;
}

/**
 * Makes a change: `change()` is called in the same tick as the live queries are asked again, so
 * they travel to the host in the same batch, right behind the change (api.ts); their answers are
 * then primed for the next revision, which is bumped once they are in. One round trip per change.
 */
export async function refreshWith<T>(attempt: Attempt, change: () => Promise<T>): Promise<T> {
  const next = revisionStore.get() + 1;
  const result = change();
  const asked = [...live].map(([k, q]) =>
    attempt(q.method, q.params as never).then(
      (data) => ({ k, data }),
      () => ({ k, data: undefined }),
    ),
  );
  try {
    return await result;
  } finally {
    for (const { k, data } of await Promise.all(asked)) if (data !== undefined) primed.set(k, { revision: next, data });
    for (const [k, v] of primed) if (v.revision < next) primed.delete(k);
    revisionStore.bump();
  }
}

export function useQuery<M extends Method>(
  method: M,
  params: Params<M> | null,
  revision?: number,
): QueryState<Result<M>> {
  return useQueryPicked(method, params, revision, undefined, Object.is);
}

/**
 * A query of which the component shows only a part (`pick`): it renders again only when that
 * part changes (by `equal`; by default shallowly: a changed field, or an array or object that is
 * not the same), not on every answer of the query. `pick` and `equal` are read at answer time.
 */
export function useQuerySelect<M extends Method, T>(
  method: M,
  params: Params<M> | null,
  pick: (r: Result<M>) => T,
  equal: (a: T, b: T) => boolean = shallowEqual,
): T | undefined {
  return useQueryPicked(method, params, undefined, pick, equal).data;
}

const picked = <R, T>(pick: ((r: R) => T) | undefined, data: R): T => (pick ? pick(data) : (data as unknown as T));

function useQueryPicked<M extends Method, T>(
  method: M,
  params: Params<M> | null,
  revision: number | undefined,
  pick: ((r: Result<M>) => T) | undefined,
  equal: (a: T, b: T) => boolean,
): QueryState<T> {
  const { attempt } = useApi();
  const key = params === null ? null : JSON.stringify(params);
  const picker = useRef(pick);
  picker.current = pick;
  const equalRef = useRef(equal);
  equalRef.current = equal;
  // an answer already known for this revision (fetched with the last change) shows at once, without a render for
  // "loading"
  const [state, setState] = useState<QueryState<T> & { key: string | null }>(() => {
    const ready = key === null ? undefined : primed.get(`${method} ${key}`);
    return ready && ready.revision === revisionStore.get()
      ? { data: picked(pick, ready.data as Result<M>), loading: false, key }
      : { data: undefined, loading: params !== null, key: null };
  });
  const lastKey = useRef<string | null>(null);
  const current = useRef(params);
  current.current = params;
  const follow = revision === undefined;
  useEffect(() => {
    const same = lastKey.current === key;
    lastKey.current = key;
    const p = current.current;
    if (key === null || p === null) {
      setState({ data: undefined, loading: false, key });
      return;
    }
    let alive = true;
    let seq = 0;
    // a refresh of the same params keeps showing the data it has (no render for "loading")
    if (!same) setState((st) => (st.key === key ? st : { data: undefined, loading: true, key }));
    const run = () => {
      const n = ++seq;
      void ask(attempt, method, p, key).then((data) =>
        applyTogether(() => {
          if (!alive || n !== seq) return;
          const got = data === undefined ? undefined : picked(picker.current, data);
          // an unchanged answer comes back as the same object (see api.ts), an unchanged part picks the same
          // values: then nothing re-renders
          setState((s) =>
            s.key === key && !s.loading && got !== undefined && s.data !== undefined && equalRef.current(s.data, got)
              ? s
              : { data: got ?? (s.key === key ? s.data : undefined), loading: false, key },
          );
        }),
      );
    };
    run();
    const stop = follow ? revisionStore.subscribe(run) : undefined;
    const k = `${method} ${key}`;
    if (follow) {
      const q = live.get(k);
      if (q) q.count++;
      else live.set(k, { method, params: p, count: 1 });
    }
    return () => {
      alive = false;
      stop?.();
      const q = follow ? live.get(k) : undefined;
      if (q && --q.count === 0) live.delete(k);
    };
  }, [attempt, method, key, revision, follow]);
  // params changed but the effect has not run yet: do not show the old params' data
  return state.key === key ? state : { data: undefined, loading: key !== null };
}
