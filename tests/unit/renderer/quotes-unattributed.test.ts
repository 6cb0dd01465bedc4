import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/cmo/errors';
import { say } from '../../../src/cmo/logMessages';
import { isUnattributedRefusal, withAllowance } from '../../../renderer/src/quotes/unattributed';

/** as renderer/src/api.ts's ApiError carries it: the message, its kind, and the code with its data */
const apiError = (message: string, said?: { key: string; params?: Record<string, string | number> }) =>
  Object.assign(new Error(message), { kind: 'domain', ...(said ? { code: said.key, data: said.params ?? {} } : {}) });

describe("the quotes export's refusal of unattributed quotes", () => {
  it('is told from other refusals by its message key', () => {
    const said = { key: 'errUnattributedQuotes', params: { count: 1, examples: '"Blev I inddraget?" (Case 5)' } };
    expect(isUnattributedRefusal(apiError('1 citat ligger i interviewerens tale', said))).toBe(true);
    expect(isUnattributedRefusal(apiError('Ukendt PT-punkt', { key: 'errUnknownPt' }))).toBe(false);
    expect(isUnattributedRefusal(apiError('citater i interviewerens tale'))).toBe(false);
    // the service's own refusal carries the same key
    const refusal = new DomainError(say('errUnattributedQuotes', { count: 2, examples: '"…" (Case 5)' }));
    expect(isUnattributedRefusal(refusal)).toBe(true);
  });

  it('sends allowUnattributed only when ticked', () => {
    expect(withAllowance({ pts: ['4a'] }, false)).toEqual({ pts: ['4a'] });
    expect(withAllowance({ pts: ['4a'] }, true)).toEqual({ pts: ['4a'], allowUnattributed: true });
  });
});
