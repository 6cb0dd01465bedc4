/** Same values, one level deep: how a picked part of a query's answer is compared (useQuerySelect). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Two lists of the same length whose items are the same by `same`, in order. */
export const sameItems =
  <T>(same: (x: T, y: T) => boolean) =>
  (a: readonly T[], b: readonly T[]): boolean =>
    a.length === b.length && a.every((x, i) => same(x, b[i]!));

/**
 * Props compared for memo(): each the same value, or both lists with the same items (a list built
 * anew with the same contents, as a form copies its passage's lists, counts as unchanged).
 */
export function sameProps<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k],
      y = b[k];
    return Object.is(x, y) || (Array.isArray(x) && Array.isArray(y) && x.length === y.length && shallowEqual(x, y));
  });
}
