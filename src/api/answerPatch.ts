/**
 * A query's answer sent as the difference from the answer the client already holds. After a
 * coding action the window's queries are asked again; most of each answer (the transcript, a
 * thousand segments) is unchanged, so the host sends only what changed, and the client builds
 * the new answer sharing every unchanged object with the old one — views memoised on those
 * objects skip their work, and nothing large is parsed.
 *
 * Values are JSON values (what crosses the wire). Objects are compared key by key; arrays
 * element by element, matched by `id` when elements have one (else by equal value, or by
 * position for objects without an id); an element that changed is sent whole. Pure, no I/O.
 */

/** Old elements `[from, from + count)` reused as they are, or a new element. */
export type ArrayPart = [from: number, count: number] | { v: unknown };

export type AnswerOp = { p: string[]; v: unknown } | { p: string[]; del: true } | { p: string[]; arr: ArrayPart[] };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** keys as JSON has them: an `undefined` value is no key */
const keysOf = (o: Obj) => Object.keys(o).filter((k) => o[k] !== undefined);
// never walked into on apply (a `__proto__` key from JSON would otherwise reach the prototype)
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a)) {
    if (!isObj(b)) return false;
    const ka = keysOf(a),
      kb = keysOf(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The element's identity for matching: its `id`, its value when it is not an object, else none. */
function matchKey(e: unknown): string | null {
  if (isObj(e)) return typeof e.id === 'string' ? `#${e.id}` : null;
  return `=${JSON.stringify(e ?? null)}`;
}

function diffArray(a: readonly unknown[], b: readonly unknown[]): ArrayPart[] | null {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < a.length; i++) {
    const k = matchKey(a[i]);
    if (k !== null) {
      const l = byKey.get(k);
      if (l) l.push(i);
      else byKey.set(k, [i]);
    }
  }
  const used = new Uint8Array(a.length);
  const parts: ArrayPart[] = [];
  let same = a.length === b.length;
  for (let j = 0; j < b.length; j++) {
    const e = b[j];
    const k = matchKey(e);
    let from = -1;
    if (k === null) {
      if (j < a.length && !used[j] && jsonEqual(a[j], e)) from = j;
    } else {
      const l = byKey.get(k);
      const i = l?.find((x) => !used[x]);
      if (i !== undefined && jsonEqual(a[i], e)) from = i;
    }
    if (from !== j) same = false;
    if (from < 0) {
      parts.push({ v: e });
      continue;
    }
    used[from] = 1;
    const last = parts.at(-1);
    if (Array.isArray(last) && last[0] + last[1] === from) last[1]++;
    else parts.push([from, 1]);
  }
  return same ? null : parts;
}

function diffInto(a: unknown, b: unknown, path: string[], out: AnswerOp[]): void {
  if (a === b) return;
  if (isObj(a) && isObj(b)) {
    const kb = keysOf(b);
    if (kb.some((k) => UNSAFE.has(k))) {
      if (!jsonEqual(a, b)) out.push({ p: path, v: b });
      return;
    }
    for (const k of kb) {
      if (!Object.hasOwn(a, k) || a[k] === undefined) out.push({ p: [...path, k], v: b[k] });
      else diffInto(a[k], b[k], [...path, k], out);
    }
    for (const k of keysOf(a)) if (!Object.hasOwn(b, k) || b[k] === undefined) out.push({ p: [...path, k], del: true });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const parts = diffArray(a, b);
    if (!parts) return;
    out.push(parts.every((x) => !Array.isArray(x)) ? { p: path, v: b } : { p: path, arr: parts });
    return;
  }
  if (!jsonEqual(a, b)) out.push({ p: path, v: b });
}

/** The operations that turn answer `a` into `b`; empty when they are equal as JSON. */
export function answerDiff(a: unknown, b: unknown): AnswerOp[] {
  const out: AnswerOp[] = [];
  diffInto(a, b, [], out);
  return out;
}

/**
 * `base` with the operations applied; every object the operations do not reach is shared with
 * `base`, which is left as it was. Throws on a patch that does not fit `base`.
 */
export function applyAnswerPatch<T>(base: T, ops: readonly AnswerOp[]): T {
  const fresh = new WeakSet<object>();
  const own = (x: unknown): Obj | unknown[] => {
    if (typeof x !== 'object' || x === null) throw new Error('answer patch: path does not fit the answer');
    if (fresh.has(x)) return x as Obj;
    const c = Array.isArray(x) ? x.slice() : { ...(x as Obj) };
    fresh.add(c);
    return c;
  };
  const compose = (old: unknown, parts: readonly ArrayPart[]): unknown[] => {
    if (!Array.isArray(old)) throw new Error('answer patch: not an array');
    const out: unknown[] = [];
    for (const part of parts) {
      if (!Array.isArray(part)) {
        out.push(part.v);
        continue;
      }
      const [from, count] = part;
      if (from < 0 || count < 0 || from + count > old.length) throw new Error('answer patch: range out of the array');
      for (let i = from; i < from + count; i++) out.push(old[i]);
    }
    return out;
  };
  let root: unknown = base;
  for (const op of ops) {
    if (op.p.some((k) => UNSAFE.has(k))) throw new Error('answer patch: unsafe key');
    const value = (old: unknown) => ('arr' in op ? compose(old, op.arr) : 'del' in op ? undefined : op.v);
    if (op.p.length === 0) {
      root = value(root);
      continue;
    }
    root = own(root);
    let parent = root as Obj;
    for (const k of op.p.slice(0, -1)) {
      const child = own(parent[k]);
      parent[k] = child;
      parent = child as Obj;
    }
    const last = op.p.at(-1)!;
    if ('del' in op) delete parent[last];
    else parent[last] = value(parent[last]);
  }
  return root as T;
}
