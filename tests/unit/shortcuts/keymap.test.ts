import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BINDINGS, SHORTCUTS, type KeyId } from '../../../renderer/src/shortcuts/table';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => {
  const e = { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false };
  return Object.assign(e, mods, {
    target: null,
    preventDefault() {
      e.defaultPrevented = true;
    },
  }) as unknown as KeyboardEvent;
};
const matching = (e: KeyboardEvent) => BINDINGS.filter((b) => b.match!(e)).map((b) => b.id);

describe('one keymap table for the listener and the sheet', () => {
  it('lists every key once, each with Danish and English words', () => {
    const ids = SHORTCUTS.flatMap((g) => g.items.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUTS.flatMap((g) => g.items)) expect(s.da && s.en && s.keys).toBeTruthy();
  });
  it('tells the keys apart by their modifiers', () => {
    expect(matching(key('k', { ctrlKey: true }))).toEqual(['palette']);
    expect(matching(key('k'))).toEqual(['coding.code']);
    expect(matching(key('K', { shiftKey: true }))).toEqual(['coding.code']);
    expect(matching(key('z', { metaKey: true }))).toEqual(['undo']);
    expect(matching(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['redo']);
    expect(matching(key('y', { ctrlKey: true }))).toEqual(['redo']);
    expect(matching(key('/'))).toEqual(['search']);
    expect(matching(key('f', { ctrlKey: true }))).toEqual(['search']);
    expect(matching(key('M'))).toEqual(['coding.kind']);
    expect(matching(key('m', { altKey: true }))).toEqual([]);
    // a digit 1–4 is tried as the verdict first, then as the start of a PT point
    expect(matching(key('1'))).toEqual(['coding.verdict', 'coding.pt']);
    expect(matching(key('7'))).toEqual(['coding.pt']);
    expect(matching(key('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual(['coding.nudge']);
    expect(matching(key('ArrowLeft'))).toEqual([]);
    expect(matching(key('s', { ctrlKey: true }))).toEqual(['transcript.save']);
  });
  it('dispatches from one window listener, the last handler first, until one takes the key', async () => {
    const listeners: ((e: KeyboardEvent) => void)[] = [];
    vi.stubGlobal('window', { addEventListener: (_: string, f: (e: KeyboardEvent) => void) => listeners.push(f) });
    const { addKeyHandler } = await import('../../../renderer/src/shortcuts/keymap');
    const calls: string[] = [];
    const offA = addKeyHandler('escape', () => calls.push('a'));
    const offB = addKeyHandler(['escape', 'coding.verdict', 'coding.pt'], (e, id: KeyId) => {
      calls.push(`b:${id}`);
      if (id === 'coding.verdict') e.preventDefault();
    });
    addKeyHandler('undo', () => calls.push('undo'));
    expect(listeners).toHaveLength(1);
    listeners[0]!(key('Escape'));
    expect(calls).toEqual(['b:escape', 'a']);
    calls.length = 0;
    listeners[0]!(key('2')); // taken as the verdict: not tried as a PT point
    expect(calls).toEqual(['b:coding.verdict']);
    offB();
    offA();
    calls.length = 0;
    listeners[0]!(key('Escape'));
    expect(calls).toEqual([]);
    vi.unstubAllGlobals();
  });
  it('nothing else in the renderer listens for keys on the window', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk('renderer/src');
    const listening = files.filter((f) =>
      /(window|document)\.addEventListener\(\s*['"]key(down|up|press)/.test(readFileSync(f, 'utf8')),
    );
    expect(listening).toEqual([join('renderer/src/shortcuts/keymap.ts')]);
  });
});
