/**
 * Undo history as patches between project states, small enough to keep in the project file so
 * undo works across sessions and CLI calls. States are immutable with structural sharing, so a
 * diff compares references: O(n) pointer checks, and only changed entities are stored.
 */
import { z } from 'zod';
import { LogMessage } from './logMessages';
import type { Project } from './model';

/**
 * Top-level collections of keyed entities (key field: `id` unless named); everything else is diffed as a whole value.
 */
const KEYS = {
  cases: 'id',
  participants: 'id',
  sources: 'id',
  segments: 'id',
  configurations: 'id',
  codes: 'id',
  roles: 'id',
  attributeDefs: 'id',
  coders: 'id',
  quoteRenditions: 'segmentId',
  pseudonyms: 'name',
  frameworkSummaries: 'id',
} as const;
type Collection = keyof typeof KEYS;
const COLLECTIONS = Object.keys(KEYS) as Collection[];
/** Never part of an undo step: the audit trail, the history itself, timestamps. */
const SKIP = new Set(['log', 'history', 'updatedAt']);

export const Change = z.union([
  z.object({ c: z.string(), id: z.string(), index: z.number().int(), before: z.unknown(), after: z.unknown() }),
  // a key absent before or after (an optional field added to the project) is left out of the JSON: optional here
  z.object({ key: z.string(), before: z.unknown().optional(), after: z.unknown().optional() }),
]);
export type Change = z.infer<typeof Change>;

export const Patch = z.object({
  label: z.string(),
  message: LogMessage.optional(),
  command: z.string(),
  at: z.string(),
  changes: z.array(Change),
});
export type Patch = z.infer<typeof Patch>;

export const History = z.object({ undo: z.array(Patch).default([]), redo: z.array(Patch).default([]) });
export type History = z.infer<typeof History>;

type Entity = Record<string, unknown>;
const keyOf = (c: string) => (KEYS as Record<string, string>)[c] ?? 'id';

function diffCollection(c: Collection, a: readonly Entity[] = [], b: readonly Entity[] = [], out: Change[]) {
  if (a === b) return;
  // common prefix and suffix by reference (an append or an in-place edit touches only a window)
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ha = a.length,
    hb = b.length;
  while (ha > lo && hb > lo && a[ha - 1] === b[hb - 1]) {
    ha--;
    hb--;
  }
  const k = keyOf(c);
  const before = new Map<string, { e: Entity; i: number }>();
  for (let i = lo; i < ha; i++) before.set(String(a[i]![k]), { e: a[i]!, i });
  const after = new Map<string, { e: Entity; i: number }>();
  for (let i = lo; i < hb; i++) after.set(String(b[i]![k]), { e: b[i]!, i });
  for (const [id, { e, i }] of before) {
    const n = after.get(id);
    if (!n) out.push({ c, id, index: i, before: e, after: null });
    else if (n.e !== e) out.push({ c, id, index: i, before: e, after: n.e });
  }
  for (const [id, { e, i }] of after) if (!before.has(id)) out.push({ c, id, index: i, before: null, after: e });
}

export function diff(a: Project, b: Project): Change[] {
  const out: Change[] = [];
  for (const c of COLLECTIONS) diffCollection(c, a[c] as Entity[] | undefined, b[c] as Entity[] | undefined, out);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (SKIP.has(key) || (COLLECTIONS as readonly string[]).includes(key)) continue;
    const x = (a as Record<string, unknown>)[key],
      y = (b as Record<string, unknown>)[key];
    if (x !== y && JSON.stringify(x) !== JSON.stringify(y)) out.push({ key, before: x, after: y });
  }
  return out;
}

type EntityChange = Extract<Change, { c: string }>;

/**
 * A collection's removals and replacements: each change's entity found by key, removed or replaced. One pass over
 * the list when every change names a distinct key and a replacement keeps it (what `diff` makes); otherwise one
 * search per change, as the changes come.
 */
function removeAndReplace(l: Entity[], k: string, changes: readonly EntityChange[]): Entity[] {
  const ops = new Map<unknown, Entity | null>();
  for (const ch of changes) {
    const after = ch.after as Entity | null;
    if (ops.has(ch.id) || (after !== null && after[k] !== ch.id)) return removeAndReplaceEach(l, k, changes);
    ops.set(ch.id, after);
  }
  const out: Entity[] = [];
  for (const e of l) {
    const id = e[k];
    if (!ops.has(id)) out.push(e);
    else {
      const after = ops.get(id)!;
      ops.delete(id);
      if (after !== null) out.push(after);
    }
  }
  return out;
}

function removeAndReplaceEach(l: Entity[], k: string, changes: readonly EntityChange[]): Entity[] {
  for (const ch of changes) {
    const at = l.findIndex((e) => e[k] === ch.id);
    if (ch.after === null) {
      if (at >= 0) l.splice(at, 1);
    } else if (at >= 0) l[at] = ch.after as Entity;
  }
  return l;
}

/**
 * Insertions in index order, each at its index in the list as the earlier ones left it (or at the end), one whose
 * key is there already left out; built in one pass: places before an insertion's index never move again.
 */
function insertAll(l: Entity[], k: string, inserts: readonly EntityChange[]): Entity[] {
  if (inserts.some((ch) => ch.index < 0)) return insertEach(l, k, inserts);
  const has = new Set(l.map((e) => e[k]));
  const out: Entity[] = [];
  const front: Entity[] = []; // inserted at out.length, the latest first (a stack: its top is the front)
  let j = 0;
  for (const ch of inserts) {
    if (has.has(ch.id)) continue;
    const at = Math.min(ch.index, out.length + front.length + l.length - j);
    while (out.length < at) out.push(front.length ? front.pop()! : l[j++]!);
    const e = ch.after as Entity;
    front.push(e);
    has.add(e[k]);
  }
  while (front.length) out.push(front.pop()!);
  while (j < l.length) out.push(l[j++]!);
  return out;
}

/** As insertAll, one splice each (an index below 0 counts from the end, as splice has it). */
function insertEach(l: Entity[], k: string, inserts: readonly EntityChange[]): Entity[] {
  for (const ch of inserts) {
    if (l.some((e) => e[k] === ch.id)) continue;
    l.splice(Math.min(ch.index, l.length), 0, ch.after as Entity);
  }
  return l;
}

/** Applies a patch forwards (redo) or backwards (undo). */
export function applyPatch(p: Project, patch: Patch, direction: 'forward' | 'backward'): Project {
  const next: Record<string, unknown> = { ...p };
  // removals first, then replacements, then insertions in index order, so positions come back right
  const changes = patch.changes.map((ch) =>
    direction === 'forward' ? ch : { ...ch, before: ch.after, after: ch.before },
  );
  const byCollection = new Map<string, EntityChange[]>();
  for (const ch of changes) {
    if ('key' in ch) {
      if (ch.after === undefined) delete next[ch.key];
      else next[ch.key] = ch.after;
      continue;
    }
    const of = byCollection.get(ch.c);
    if (of) of.push(ch);
    else byCollection.set(ch.c, [ch]);
  }
  for (const [c, of] of byCollection) {
    const k = keyOf(c);
    let l = removeAndReplace(((next[c] as Entity[]) ?? []).slice(), k, of);
    const inserts = of.filter((ch) => ch.before === null && ch.after !== null).sort((x, y) => x.index - y.index);
    if (inserts.length) l = insertAll(l, k, inserts);
    next[c] = l;
  }
  return next as Project;
}
