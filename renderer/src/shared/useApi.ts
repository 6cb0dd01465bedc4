/**
 * The renderer's calls, with errors routed to the message bar: a failed call reports its
 * message and resolves to `undefined`, so callers can stop without an unhandled rejection.
 */
import { createContext, useContext } from 'react';
import type { Method, Params, Result } from '../../../src/api/contract';
import { api } from '../api';

export type Attempt = <M extends Method>(method: M, params: Params<M>) => Promise<Result<M> | undefined>;

export interface ApiTools {
  /** a query: its result, or undefined after reporting the error */
  attempt: Attempt;
  /** a change to the project: like attempt, then the app refreshes what it shows */
  mutate: Attempt;
  report: (e: unknown) => void;
}

export function makeAttempt(report: (e: unknown) => void): Attempt {
  return async (method, params) => {
    try {
      return await api.call(method, params);
    } catch (e) {
      report(e);
      return undefined;
    }
  };
}

export const ApiContext = createContext<ApiTools | null>(null);

export function useApi(): ApiTools {
  const tools = useContext(ApiContext);
  if (!tools) throw new Error('useApi uden ApiContext');
  return tools;
}
