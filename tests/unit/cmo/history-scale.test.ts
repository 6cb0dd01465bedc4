/**
 * Undo and redo of a large step (a merge adding thousands of codings): the same states as one search and one splice
 * per change (the reference below) gives, on random patches, with work growing with the list and the patch — not
 * with their product. Counted by reads of the entities' keys, not timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diff, type Patch } from '../../../src/cmo/history';
import type { Project } from '../../../src/cmo/model';

type Entity = Record<string, unknown>;

/** The previous applyPatch: one findIndex per change, one splice per insertion. */
function reference(p: Project, patch: Patch, direction: 'forward' | 'backward'): Project {
  const next: Record<string, unknown> = { ...p };
  const touched = new Map<string, Entity[]>();
  const list = (c: string) => {
    let l = touched.get(c);
    if (!l) touched.set(c, (l = ((next[c] as Entity[]) ?? []).slice()));
    return l;
  };
  const changes = patch.changes.map((ch) =>
    direction === 'forward' ? ch : { ...ch, before: ch.after, after: ch.before },
  );
  for (const ch of changes) {
    if ('key' in ch) {
      if (ch.after === undefined) delete next[ch.key];
      else next[ch.key] = ch.after;
      continue;
    }
    const l = list(ch.c);
    const at = l.findIndex((e) => e.id === ch.id);
    if (ch.after === null) {
      if (at >= 0) l.splice(at, 1);
    } else if (at >= 0) l[at] = ch.after as Entity;
  }
  const inserts = changes
    .filter((ch) => 'c' in ch && ch.before === null && ch.after !== null)
    .sort((x, y) => (x as { index: number }).index - (y as { index: number }).index);
  for (const ch of inserts as { c: string; id: string; index: number; after: unknown }[]) {
    const l = list(ch.c);
    if (l.some((e) => e.id === ch.id)) continue;
    l.splice(Math.min(ch.index, l.length), 0, ch.after as Entity);
  }
  for (const [c, l] of touched) next[c] = l;
  return next as Project;
}

const code = (id: string, name = id) => ({ id, name, parentId: null }) as unknown as Project['codes'][number];
const project = (codes: Project['codes']) => ({ name: 'P', codes }) as unknown as Project;

describe('applyPatch on large steps', () => {
  it('gives the states the one-search-per-change reference gives (random edits, patches from diff and by hand)', () => {
    const ids = fc.constantFrom(...'abcdefghij'.split(''));
    const list = fc.uniqueArray(ids, { maxLength: 10 }).map((xs) => xs.map((x) => code(x)));
    const change = fc.record({
      c: fc.constant('codes'),
      id: ids,
      index: fc.integer({ min: -3, max: 14 }),
      before: fc.option(ids.map((x) => code(x, `${x}0`))),
      after: fc.option(
        fc.oneof(
          ids.map((x) => code(x, `${x}1`)),
          ids.map((x) => code(x, `${x}2`)),
        ),
      ),
    });
    fc.assert(
      fc.property(list, list, fc.array(change, { maxLength: 8 }), (a, b, hand) => {
        const pa = project(a),
          pb = project(b);
        const fromDiff: Patch = { label: 'l', command: 'c', at: 'x', changes: diff(pa, pb) };
        expect(applyPatch(pb, fromDiff, 'backward').codes).toEqual(reference(pb, fromDiff, 'backward').codes);
        expect(applyPatch(pa, fromDiff, 'forward').codes).toEqual(reference(pa, fromDiff, 'forward').codes);
        const byHand = { label: 'l', command: 'c', at: 'x', changes: hand } as Patch;
        for (const d of ['forward', 'backward'] as const)
          for (const from of [pa, pb])
            expect(applyPatch(from, byHand, d).codes).toEqual(reference(from, byHand, d).codes);
      }),
      { numRuns: 400 },
    );
  });

  it('reads each entity a few times for a step adding as many as there were, not once per change', () => {
    let reads = 0;
    const counted = (id: string) => {
      const e = { name: id, parentId: null } as Entity;
      Object.defineProperty(e, 'id', { enumerable: true, get: () => (reads++, id) });
      return e as unknown as Project['codes'][number];
    };
    const n = 2000;
    const before = project(Array.from({ length: n }, (_, i) => counted(`a${i}`)));
    const added = Array.from({ length: n }, (_, i) => counted(`b${i}`));
    const after = project([...before.codes, ...added]);
    const step: Patch = { label: 'l', command: 'c', at: 'x', changes: diff(before, after) };
    reads = 0;
    const undone = applyPatch(after, step, 'backward');
    expect(undone.codes).toEqual(before.codes);
    expect(reads).toBeLessThan(10 * 2 * n); // one search per change read ≈ n²/2 keys (2,000,000 here)
    reads = 0;
    expect(applyPatch(undone, step, 'forward').codes).toEqual(after.codes);
    expect(reads).toBeLessThan(10 * 2 * n);
  });
});
