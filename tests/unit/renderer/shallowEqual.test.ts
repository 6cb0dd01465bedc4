/** How a picked part of a query's answer is compared: a coding action renders only what picked a changed part. */
import { describe, expect, it } from 'vitest';
import { sameItems, sameProps, shallowEqual } from '../../../renderer/src/shared/shallowEqual';

describe('shallowEqual', () => {
  it('is true for the same value, and for objects and arrays holding the same values', () => {
    const pts = [{ id: '4a' }];
    expect(shallowEqual(3, 3)).toBe(true);
    expect(shallowEqual({ file: 'a', pts }, { file: 'a', pts })).toBe(true);
    expect(shallowEqual([1, 'x', pts], [1, 'x', pts])).toBe(true);
    expect(shallowEqual(null, null)).toBe(true);
  });

  it('is false when a field changed, one is missing or added, or a nested object is another one', () => {
    expect(shallowEqual({ file: 'a' }, { file: 'b' })).toBe(false);
    expect(shallowEqual({ file: 'a' }, { file: 'a', name: 'n' })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(shallowEqual({ pts: [1] }, { pts: [1] })).toBe(false);
    expect(shallowEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(shallowEqual([], {})).toBe(false);
    expect(shallowEqual(null, {})).toBe(false);
    expect(shallowEqual(1, '1')).toBe(false);
  });
});

describe('sameItems', () => {
  const byName = sameItems((x: { name: string; n: number }, y: { name: string; n: number }) => x.name === y.name);
  it('compares lists item by item with the given test, in order', () => {
    expect(byName([{ name: 'a', n: 1 }], [{ name: 'a', n: 2 }])).toBe(true);
    expect(byName([{ name: 'a', n: 1 }], [{ name: 'b', n: 1 }])).toBe(false);
    expect(byName([{ name: 'a', n: 1 }], [])).toBe(false);
  });
});

describe('sameProps', () => {
  const f = () => {};
  it('takes lists with the same items as unchanged, everything else by identity', () => {
    expect(sameProps({ value: ['4a'], onChange: f }, { value: ['4a'], onChange: f })).toBe(true);
    expect(sameProps({ value: ['4a'], onChange: f }, { value: ['4b'], onChange: f })).toBe(false);
    expect(sameProps({ value: ['4a'], onChange: f }, { value: ['4a'], onChange: () => {} })).toBe(false);
    expect(sameProps({ o: { a: 1 } }, { o: { a: 1 } })).toBe(false);
    expect(sameProps({ a: 1 }, { a: 1, b: 2 } as { a: number })).toBe(false);
  });
});
