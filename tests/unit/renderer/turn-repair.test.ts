import { describe, expect, it } from 'vitest';
import { speakerChoices, turnHere } from '../../../renderer/src/transcript/turnRepair';
import { DEFAULT_INTERVIEWERS } from '../../../src/cmo/interviewers';

const turns = [
  { start: 0, end: 20, speaker: 'Interviewer', time: null },
  { start: 22, end: 60, speaker: 'Leder', time: null },
  { start: 62, end: 80, speaker: 'Interviewer', time: null },
];

describe('the turn under the caret', () => {
  it('is the turn the caret lies in, split there only inside it', () => {
    expect(turnHere(turns, 30)).toEqual({
      start: 22,
      end: 60,
      speaker: 'Leder',
      splitAt: 30,
      hasNext: true,
      nextSpeaker: 'Interviewer',
    });
    expect(turnHere(turns, 22)).toMatchObject({ start: 22, splitAt: null });
    expect(turnHere(turns, 0)).toMatchObject({ start: 0, splitAt: null, nextSpeaker: 'Leder' });
  });
  it('at a turn’s very end is still that turn; the last turn has no next; no caret or no turns: nothing', () => {
    expect(turnHere(turns, 60)).toMatchObject({ start: 22, splitAt: null });
    expect(turnHere(turns, 80)).toMatchObject({ start: 62, hasNext: false, nextSpeaker: null });
    expect(turnHere(turns, 21)).toBeNull();
    expect(turnHere(turns, null)).toBeNull();
    expect(turnHere([], 5)).toBeNull();
  });
});

describe('the speakers a turn may be given', () => {
  it('are the source’s labels, sorted, once each', () => {
    expect(speakerChoices(turns, { Leder: 'p1', AMR: 'p2' }, DEFAULT_INTERVIEWERS)).toEqual([
      'AMR',
      'Interviewer',
      'Leder',
    ]);
  });
  it('add the first interviewer name when no label is an interviewer’s (a suffix counts as one)', () => {
    const one = [{ start: 0, end: 9, speaker: 'Leder', time: null }];
    expect(speakerChoices(one, {}, DEFAULT_INTERVIEWERS)).toEqual([DEFAULT_INTERVIEWERS[0], 'Leder'].sort());
    const teams = [...one, { start: 10, end: 19, speaker: 'Interviewer (NFA)', time: null }];
    expect(speakerChoices(teams, {}, DEFAULT_INTERVIEWERS)).toEqual(['Interviewer (NFA)', 'Leder']);
  });
});
