/**
 * The answers the service last gave, by etag, so a client that says which answer it holds
 * (`have`) gets `same` or a patch instead of the whole answer again (src/api/answerPatch.ts).
 * Answers are built from the immutable project state, so they share its unchanged entities:
 * keeping a few dozen costs little memory, and diffing them is mostly pointer comparisons.
 */
import crypto from 'node:crypto';
import { answerDiff } from '../api/answerPatch';
import type { BatchReply } from '../api/contract';

export interface AnswerCache {
  reply(have: string | undefined, value: unknown): BatchReply;
}

export function answerCache(limit = 64): AnswerCache {
  const held = new Map<string, unknown>();
  const prefix = crypto.randomBytes(4).toString('hex');
  let n = 0;
  const keep = (value: unknown): string => {
    const etag = `${prefix}.${++n}`;
    held.set(etag, value);
    while (held.size > limit) held.delete(held.keys().next().value!);
    return etag;
  };
  return {
    reply(have, value) {
      if (have !== undefined && held.has(have)) {
        const base = held.get(have);
        // most recently used last
        held.delete(have);
        held.set(have, base);
        const ops = answerDiff(base, value);
        if (!ops.length) return { ok: true, same: true, etag: have };
        return { ok: true, patch: ops, etag: keep(value) };
      }
      return { ok: true, result: value, etag: keep(value) };
    },
  };
}
