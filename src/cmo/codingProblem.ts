/**
 * What a coding needs, said once: a kind (C/M/O) needs programme theory points and points need a
 * kind; without both, at least one thematic code stands alone. The API contract's params check,
 * the domain (`segments.ts`) and the window's coding form all ask this one function.
 */

/** Why a coding is not complete: a stable code (worded by each caller), or null when it is. */
export type CodingProblem = 'need-pt' | 'need-kind' | 'need-coding';

export function codingProblem(c: {
  kind?: string | null;
  pt?: readonly unknown[];
  codes?: readonly unknown[];
}): CodingProblem | null {
  const kind = c.kind !== undefined && c.kind !== null;
  const pts = (c.pt?.length ?? 0) > 0;
  if (kind && !pts) return 'need-pt';
  if (!kind && pts) return 'need-kind';
  if (!kind && !c.codes?.length) return 'need-coding';
  return null;
}
