import { describe, expect, it } from 'vitest';
import { dragRange, draftFields, draftProblem, isWord, nudgeRange } from '../../../renderer/src/coding/nudge';

const T = 'Leder: Vi fik en skriftlig aftale, og hun gav os “gode råd” om løft.\nAMR: Ja.';
const at = (w: string) => T.indexOf(w);
const range = (from: string, to: string) => ({ start: at(from), end: at(to) + to.length });
const show = (r: { start: number; end: number } | null) => (r ? T.slice(r.start, r.end) : null);

describe('nudgeRange', () => {
  const r = range('skriftlig', 'aftale');
  it('moves the start one whole word either way', () => {
    expect(show(nudgeRange(T, r.start, r.end, 'start', -1))).toBe('en skriftlig aftale');
    expect(show(nudgeRange(T, r.start, r.end, 'start', 1))).toBe('aftale');
  });
  it('moves the end one whole word, taking closing punctuation along', () => {
    expect(show(nudgeRange(T, r.start, r.end, 'end', 1))).toBe('skriftlig aftale, og');
    const q = range('hun', 'gode');
    expect(show(nudgeRange(T, q.start, q.end, 'end', 1))).toBe('hun gav os “gode råd”');
    const l = range('om', 'om');
    expect(show(nudgeRange(T, l.start, l.end, 'end', 1))).toBe('om løft.');
    expect(show(nudgeRange(T, at('hun'), at('løft.') + 5, 'end', -1))).toBe('hun gav os “gode råd” om');
  });
  it('never empties the segment, leaves the text or crosses a line break', () => {
    const one = range('aftale', 'aftale');
    expect(nudgeRange(T, one.start, one.end, 'start', 1)).toBeNull();
    expect(nudgeRange(T, one.start, one.end, 'end', -1)).toBeNull();
    expect(nudgeRange(T, 0, 5, 'start', -1)).toBeNull();
    const last = range('hun', 'løft.');
    expect(nudgeRange(T, last.start, last.end, 'end', 1)).toBeNull();
    expect(nudgeRange(T, at('Ja.'), T.length, 'end', 1)).toBeNull();
  });
  it('handles letters outside ASCII and emoji as text, not as words', () => {
    const s = 'Æblet 😀 økologisk æg';
    expect(nudgeRange(s, s.indexOf('økologisk'), s.length, 'start', -1)).toEqual({ start: 0, end: s.length });
  });
});

describe('draft', () => {
  const base = { verdict: 'supports' as const, memo: ' ' };
  it('needs a kind with points, or codes', () => {
    expect(draftProblem({ kind: null, pts: [], codes: [] })).toBe('needKind');
    expect(draftProblem({ kind: 'M', pts: [], codes: ['x'] })).toBe('needPt');
    expect(draftProblem({ kind: null, pts: ['#4a'], codes: [] })).toBe('needPtKind');
    expect(draftFields({ ...base, kind: 'M', pts: ['#4a'], codes: [] })).toEqual({
      kind: 'M',
      pt: ['#4a'],
      verdict: 'supports',
    });
    expect(draftFields({ ...base, kind: null, pts: [], codes: ['c1'], memo: ' note ' })).toEqual({
      codes: ['c1'],
      verdict: 'supports',
      memo: 'note',
    });
  });
});

describe('dragRange', () => {
  const r = range('skriftlig', 'aftale');
  it('moves the dragged edge to the word under the pointer, whole words only, the other edge stays', () => {
    expect(show(dragRange(T, r, 'end', at('gav') + 1))).toBe('skriftlig aftale, og hun gav');
    expect(show(dragRange(T, r, 'start', at('fik') + 2))).toBe('fik en skriftlig aftale');
    // æ/ø/å and quotes are parts of words like any letter
    expect(show(dragRange(T, r, 'end', at('råd') + 1))).toBe('skriftlig aftale, og hun gav os “gode råd');
  });
  it('never turns the passage inside out or empty', () => {
    expect(show(dragRange(T, r, 'start', at('os')))).toBe('aftale');
    expect(show(dragRange(T, r, 'end', 0))).toBe('skriftlig');
    expect(dragRange(T, { start: at('Ja'), end: at('Ja') + 2 }, 'end', at('Ja'))).toEqual({
      start: at('Ja'),
      end: at('Ja') + 2,
    });
  });
});

describe('isWord', () => {
  it('agrees with the word pattern (letters, digits, apostrophes, hyphens) on every BMP character', () => {
    const WORD = /[\p{L}\p{N}'’-]/u;
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWord(ch, 0) !== WORD.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect([isWord('ab', -1), isWord('ab', 2), isWord('æ', 0), isWord('’', 0), isWord('.', 0)]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
