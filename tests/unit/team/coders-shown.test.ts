/**
 * The transcript's "show coding by" choice (renderer/src/team/codersShown.ts): all coders, only me,
 * one named coder; kept per project, the old one-for-all "other coders" toggle read as "only me".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/cmo/model';
import {
  ALL,
  bindProject,
  currentShown,
  parseShown,
  setShown,
  showValue,
  shownSegments,
} from '../../../renderer/src/team/codersShown';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, String(v)),
    },
  });
});

const seg = (id: string, coder: string) => ({ id, coder }) as Segment;
const segs = [seg('a', 'Karen'), seg('b', 'Mads'), seg('c', 'Karen'), seg('d', '')];

describe('whose coding the transcript shows', () => {
  it('filters to every coder, only me, or one named coder', () => {
    expect(shownSegments(segs, ALL, 'Mads')).toBe(segs);
    expect(shownSegments(segs, { only: 'me' }, 'Mads').map((s) => s.id)).toEqual(['b']);
    expect(shownSegments(segs, { only: 'me' }, '')).toBe(segs); // nobody codes here yet: all
    expect(shownSegments(segs, { only: 'coder', name: 'Karen' }, 'Mads').map((s) => s.id)).toEqual(['a', 'c']);
    expect(shownSegments(segs, { only: 'coder', name: 'Nobody' }, 'Mads')).toEqual([]);
  });

  it('reads and writes the choice as a select value', () => {
    for (const c of [ALL, { only: 'me' } as const, { only: 'coder', name: 'Karen Jensen' } as const])
      expect(parseShown(showValue(c))).toEqual(c);
    for (const junk of [null, undefined, '', 'coder:', 'everyone', '{"x":1}']) expect(parseShown(junk)).toEqual(ALL);
  });

  it('is kept per project; a project without its own choice takes the old toggle', () => {
    store.set('cmo-other-coders', 'off');
    bindProject('/p/a.cmo.json');
    expect(currentShown()).toEqual({ only: 'me' });
    setShown({ only: 'coder', name: 'Karen' });
    bindProject('/p/b.cmo.json');
    expect(currentShown()).toEqual({ only: 'me' });
    setShown(ALL);
    bindProject('/p/a.cmo.json');
    expect(currentShown()).toEqual({ only: 'coder', name: 'Karen' });
    expect(JSON.parse(store.get('cmo-coders-shown')!)).toEqual({
      '/p/a.cmo.json': 'coder:Karen',
      '/p/b.cmo.json': 'all',
    });
    store.set('cmo-coders-shown', 'not json');
    bindProject('/p/c.cmo.json');
    expect(currentShown()).toEqual({ only: 'me' });
  });
});
