/**
 * The exports' refusal of quotes in the interviewer's speech or with no participant
 * (the quotes export's refuseUnattributed): told apart from other errors by its message key,
 * so the export bar can show its line beside an "allow anyway" checkbox instead of the message bar.
 * Pure (no import of the API module, which needs a window).
 */
import { refusalOf } from '../../../src/cmo/errors';
export const UNATTRIBUTED_REFUSAL = 'errUnattributedQuotes';

/** An API error (renderer/src/api.ts ApiError) or a domain error run here, with that code. */
export const isUnattributedRefusal = (e: unknown): boolean => refusalOf(e)?.code === UNATTRIBUTED_REFUSAL;

/** The query an export sends: `allowUnattributed` only when the author has ticked it. */
export const withAllowance = <Q extends object>(query: Q, allow: boolean): Q & { allowUnattributed?: true } =>
  allow ? { ...query, allowUnattributed: true } : query;
