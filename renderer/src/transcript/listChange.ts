/**
 * What changed between two lists that share all but a few objects, in order (a coding action adds one segment or
 * replaces one): the length of their common head, and the objects between it and their common tail in each.
 */
export function listChange<T>(a: readonly T[], b: readonly T[]): { head: number; gone: T[]; added: T[] } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let ea = a.length,
    eb = b.length;
  while (ea > head && eb > head && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  return { head, gone: a.slice(head, ea), added: b.slice(head, eb) };
}
