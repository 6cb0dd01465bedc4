import type { sessionMethods } from '../../api/methods/session';
import type { HandlersOf } from '../types';

/** The session's one query; undo, redo, batches and cancelling are the service's own (service.ts). */
export const session = {
  'history.state': (_p, _params, ctx) => ctx.history(),
} satisfies HandlersOf<typeof sessionMethods>;
