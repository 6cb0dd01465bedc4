/**
 * The window's side of who said it: struck-through codings, both labels of a split line, the preview's verdict per
 * file.
 */
import { describe, expect, it } from 'vitest';
import { unattributedIds } from '../../../src/cmo/unattributedIds';
import { DEFAULT_INTERVIEWERS } from '../../../src/cmo/interviewers';
import { parseTurns } from '../../../src/cmo/turns';
import { labelsByLine } from '../../../renderer/src/transcript/turns';
import { withSniff } from '../../../renderer/src/import/sniffRows';
import type { SniffResult } from '../../../src/api/contract';

describe('unattributedIds', () => {
  const text = 'Interviewer (NFA): Blev I inddraget?\n\nLeder: Ja, fra starten.\n\nTom: Og mig?';
  const src = {
    turns: parseTurns(text),
    speakerMap: { Leder: 'p1', 'Interviewer (NFA)': 'p1' },
    participantIds: ['p1'],
  };
  const at = (s: string) => ({ id: s, start: text.indexOf(s) });
  it("marks codings in the interviewer's speech (even when mapped) and of a voice with no participant", () => {
    const ids = unattributedIds(src, [at('Blev'), at('Ja,'), at('Og mig')], DEFAULT_INTERVIEWERS);
    expect([...ids].sort()).toEqual(['Blev', 'Og mig']);
  });
  it("a source without turns is its one participant's", () => {
    expect(
      unattributedIds({ turns: [], speakerMap: {}, participantIds: ['p1'] }, [{ id: 'a', start: 0 }], []).size,
    ).toBe(0);
    expect(unattributedIds({ turns: [], speakerMap: {}, participantIds: [] }, [{ id: 'a', start: 0 }], []).size).toBe(
      1,
    );
  });
});

describe('labelsByLine', () => {
  it('shows both turns that start on one line (a turn split inside a paragraph)', () => {
    const m = labelsByLine(
      new Map([
        [0, 'Interviewer'],
        [20, 'Leder'],
      ]),
      [0, 40],
    );
    expect(m.get(0)).toBe('Interviewer → Leder');
  });
});

describe('withSniff', () => {
  const row = (key: string) => ({ key: `${key}\u000012\u00001`, problem: null as string | null, include: true });
  const ready = (hash: string): SniffResult => ({
    fileName: 'x',
    status: 'ready',
    problem: null,
    problemSaid: null,
    hash,
    duplicateOf: null,
    turns: 2,
    speakers: [],
  });
  it('ready files stay in; a second file with the same text, or a broken one, is left out with its reason', () => {
    const a = withSniff(row('a.txt'), ready('h1'), []);
    expect(a).toMatchObject({ sniffed: true, include: true, problem: null });
    const b = withSniff(row('b.txt'), ready('h1'), [a]);
    expect(b.include).toBe(false);
    expect(b.problem).toBe('Samme tekst som en anden valgt fil — a.txt');
    const broken: SniffResult = {
      ...ready(''),
      hash: null,
      status: 'encrypted',
      problem: 'er beskyttet med adgangskode',
      problemSaid: null,
    };
    expect(withSniff(row('c.docx'), broken, [a]).problem).toBe(
      'Beskyttet med adgangskode — er beskyttet med adgangskode',
    );
  });
});
