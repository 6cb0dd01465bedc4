/**
 * The method registry: every method declared once, with a kind; one handler per feature method,
 * of the shape its kind asks for. The `@ts-expect-error` lines are checked by `tsc -p .` (the
 * type check of `npm test`): each would compile only if the registry let a wrong handler through.
 */
import { describe, expect, it } from 'vitest';
import { contract, features, kindOf, type Method } from '../../../src/api/contract';
import { handlers } from '../../../src/service/features/index';
import type { HandlersOf } from '../../../src/service/types';
import type { codesMethods } from '../../../src/api/methods/codes';
import type { sessionMethods } from '../../../src/api/methods/session';
import { addCodeCmd, listCodes } from '../../../src/service/commands/codes';

describe('the method registry', () => {
  it('declares every method in exactly one feature, with a kind', () => {
    const names = Object.values(features).flatMap((f) => Object.keys(f));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(contract).sort());
    for (const m of names) expect(['query', 'mutation', 'export', 'session']).toContain(kindOf(m as Method));
  });

  it('has one handler for every method but the session’s own, and none more', () => {
    const featureMethods = Object.keys(contract).filter((m) => kindOf(m as Method) !== 'session');
    expect(Object.keys(handlers).sort()).toEqual(featureMethods.sort());
    for (const h of Object.values(handlers)) expect(typeof h).toBe('function');
  });

  it('refuses, at compile time, a handler of the wrong kind, result or name', () => {
    const good = {
      'codes.list': (p) => listCodes(p),
      'codes.add': addCodeCmd,
    } satisfies Partial<HandlersOf<typeof codesMethods>>;
    expect(Object.keys(good)).toHaveLength(2);

    const wrongKind = {
      // a mutation answering like a query (no new project state, no log line)
      // @ts-expect-error codes.add is declared a mutation
      'codes.add': (p) => listCodes(p)[0]!,
    } satisfies Partial<HandlersOf<typeof codesMethods>>;
    const wrongResult = {
      // @ts-expect-error codes.list answers CodeView[], not a string
      'codes.list': () => 'kodebog',
    } satisfies Partial<HandlersOf<typeof codesMethods>>;
    const asyncQuery = {
      // a query answers at once; a Promise is an export's answer
      // @ts-expect-error codes.list is declared a query
      'codes.list': async (p) => listCodes(p),
    } satisfies Partial<HandlersOf<typeof codesMethods>>;
    const extra = {
      'history.state': (_p, _params, ctx) => ctx.history(),
      // @ts-expect-error no such method in this feature's declarations
      'history.peek': () => null,
    } satisfies HandlersOf<typeof sessionMethods>;
    // @ts-expect-error a feature's handlers must cover every method it declares (codes.add etc. missing)
    const missing: HandlersOf<typeof codesMethods> = { 'codes.list': (p) => listCodes(p) };
    expect([wrongKind, wrongResult, asyncQuery, extra, missing]).toHaveLength(5);
  });
});
