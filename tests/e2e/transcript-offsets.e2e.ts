/**
 * The renderer's pure transcript arithmetic (no browser): lines ↔ offsets, coverage intervals
 * for overlapping segments, and the layout the Lexical view is built from.
 */
import { test, expect } from '@playwright/test';
import { coverage, layoutTranscript, speakerLabelLength } from '../../renderer/src/transcript/layout';
import {
  lineStarts,
  locateInNodes,
  offsetToLine,
  orderedRange,
  pointToOffset,
  splitLines,
} from '../../renderer/src/transcript/offsets';

const TEXT = 'Interviewer: Hvordan?\n\nLeder: Vi fik hjælp – og løftegrej.\nSlut';

test('line starts and point offsets round-trip every character', () => {
  const lines = splitLines(TEXT);
  const starts = lineStarts(lines);
  expect(starts).toEqual([0, 22, 23, 59]);
  for (let i = 0; i <= TEXT.length; i++) {
    const { line, inLine } = offsetToLine(starts, i);
    expect(starts[line]! + inLine).toBe(i);
    expect(inLine).toBeLessThanOrEqual(lines[line]!.length);
  }
  // a paragraph of nodes sized [7, 5, 10]: offset 3 in the third node
  expect(pointToOffset(23, [7, 5], 3)).toBe(23 + 15);
  expect(orderedRange(9, 4)).toEqual({ start: 4, end: 9 });
  expect(locateInNodes([7, 5, 10], 7, 'start')).toEqual({ index: 1, offset: 0 });
  expect(locateInNodes([7, 5, 10], 7, 'end')).toEqual({ index: 0, offset: 7 });
  expect(locateInNodes([], 0, 'start')).toBeNull();
});

test('coverage splits overlaps into intervals of constant covering sets', () => {
  const iv = coverage(
    [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 5, end: 12 },
      { id: 'c', start: 5, end: 8 },
    ],
    15,
  );
  expect(iv).toEqual([
    { start: 0, end: 2, ids: [] },
    { start: 2, end: 5, ids: ['a'] },
    { start: 5, end: 8, ids: ['a', 'b', 'c'] },
    { start: 8, end: 10, ids: ['a', 'b'] },
    { start: 10, end: 12, ids: ['b'] },
    { start: 12, end: 15, ids: [] },
  ]);
  // adjacent segments do not merge, identical ones share one interval
  expect(
    coverage(
      [
        { id: 'a', start: 0, end: 3 },
        { id: 'b', start: 3, end: 6 },
      ],
      6,
    ).map((x) => x.ids),
  ).toEqual([['a'], ['b']]);
  expect(
    coverage(
      [
        { id: 'a', start: 1, end: 3 },
        { id: 'b', start: 1, end: 3 },
      ],
      4,
    ).map((x) => x.ids),
  ).toEqual([[], ['a', 'b'], []]);
});

test('layout: one line per paragraph, speaker labels bold, segments across lines split per line', () => {
  expect(speakerLabelLength('Leder: Vi fik', 'Leder')).toBe(6);
  expect(speakerLabelLength('Leder (00:03:12): Vi fik', 'Leder')).toBe(17);
  expect(speakerLabelLength('[00:01:02] AMR: ja', 'AMR')).toBe(15);
  expect(speakerLabelLength('**TF:** ja', 'TF')).toBe(7);
  expect(speakerLabelLength('[Leder] ja', 'Leder')).toBe(7);
  expect(speakerLabelLength('kl. 10:30 kom hun', 'Leder')).toBe(0);
  const start = TEXT.indexOf('Vi fik');
  const turns = [
    { start: 0, speaker: 'Interviewer' },
    { start: TEXT.indexOf('Leder'), speaker: 'Leder' },
  ];
  const lines = layoutTranscript(TEXT, [{ id: 's1', start, end: TEXT.length }], turns);
  expect(lines[0]!.runs[0]!.pieces[0]).toEqual({ text: 'Interviewer:', bold: true });
  expect(lines).toHaveLength(4);
  expect(lines[1]!.runs).toEqual([]);
  expect(lines[2]!.runs).toEqual([
    {
      ids: [],
      pieces: [
        { text: 'Leder:', bold: true },
        { text: ' ', bold: false },
      ],
    },
    { ids: ['s1'], pieces: [{ text: 'Vi fik hjælp – og løftegrej.', bold: false }] },
  ]);
  expect(lines[3]!.runs).toEqual([{ ids: ['s1'], pieces: [{ text: 'Slut', bold: false }] }]);
  // the pieces spell out the text exactly, so offsets map one to one
  const rebuilt = lines.map((l) => l.runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')).join('\n');
  expect(rebuilt).toBe(TEXT);
});
