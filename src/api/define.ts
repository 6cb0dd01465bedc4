/**
 * How a feature declares its methods (src/api/methods/<feature>.ts): name → kind, zod params and
 * result type, once. `contract.ts` combines the features and derives every type from them; the
 * service routes each call on its declared kind:
 *
 * - `query`: reads the project, answers at once (a batch answers it relative to the answer the
 *   client holds: `same` or a patch, src/api/wire.ts);
 * - `mutation`: a new project state, logged, saved, one undo step (src/service/service.ts);
 * - `export`: reads the project and builds a file, asynchronously; changes nothing;
 * - `session`: the service's own (undo/redo, batches, cancelling imports, the Projects dialog),
 *   answered by the service or host itself rather than by a feature's handler.
 *
 * Pure: zod only, so the renderer sees every method's params and result types.
 */
import { z } from 'zod';

export type MethodKind = 'query' | 'mutation' | 'export' | 'session';

/** One method's declaration. `result` carries the result type only: results are our own, never validated. */
export interface Declaration<K extends MethodKind = MethodKind, P extends z.ZodType = z.ZodType, R = unknown> {
  readonly kind: K;
  readonly params: P;
  readonly result: z.ZodType<R>;
}

/** A feature's methods, by name. */
export type Declarations = Record<string, Declaration>;

/** The result type of a method: `returns<Segment>()`. */
export const returns = <T>() => z.custom<T>(() => true);

const declare =
  <K extends MethodKind>(kind: K) =>
  <P extends z.ZodType, R>(params: P, result: z.ZodType<R>): Declaration<K, P, R> => ({ kind, params, result });

/** Reads the project; answered at once. */
export const query = declare('query');
/** Changes the project: one logged, saved, undoable step. */
export const mutation = declare('mutation');
/** Builds a file from the project (async); changes nothing. */
export const fileExport = declare('export');
/** The service's or host's own: not a feature's handler. */
export const session = declare('session');

/** No params at all. */
export const NoParams = z.object({}).strict();
