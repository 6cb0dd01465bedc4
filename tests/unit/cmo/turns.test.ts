import { describe, expect, it } from 'vitest';
import { isInterviewerLabel, parseTurns, turnAt } from '../../../src/cmo/turns';

describe('parseTurns', () => {
  it('splits "Interviewer: …\\n\\nLeder: …" into two turns with exact offsets', () => {
    const text = 'Interviewer: Hvordan gik tilsynet?\n\nLeder: Det gik godt.\nVi fik en aftale.\n';
    const turns = parseTurns(text);
    expect(turns.map((t) => t.speaker)).toEqual(['Interviewer', 'Leder']);
    const [a, b] = turns;
    expect(a!.start).toBe(0);
    // end is trimmed: the blank line before the next label is not part of the turn
    expect(a!.end).toBe(text.indexOf('?') + 1);
    expect(text.slice(a!.start, a!.end)).toBe('Interviewer: Hvordan gik tilsynet?');
    expect(b!.start).toBe(text.indexOf('Leder:'));
    // continuation lines belong to the turn; the trailing newline does not
    expect(text.slice(b!.start, b!.end)).toBe('Leder: Det gik godt.\nVi fik en aftale.');
    expect(b!.end).toBe(text.length - 1);
    expect(a!.time).toBeNull();
  });

  it('gives text before the first label no turn', () => {
    const text = 'Interview med case 3, 12. maj\n\nInterviewer: Velkommen.\nLeder: Tak.';
    const turns = parseTurns(text);
    expect(turns).toHaveLength(2);
    expect(turns[0]!.start).toBe(text.indexOf('Interviewer:'));
  });

  it('reads time prefixes in brackets and without, as seconds', () => {
    const text =
      '[00:01:02] Interviewer: Første spørgsmål?\n[01:02:03] Leder: Svar.\n12:05 IP: Kort tid.\n[03:07.5] ' +
      'Leder: Med brøkdel.';
    const turns = parseTurns(text);
    expect(turns.map((t) => [t.speaker, t.time])).toEqual([
      ['Interviewer', 62],
      ['Leder', 3723],
      ['IP', 725],
      ['Leder', 187],
    ]);
    // the turn starts at the line start, time stamp included
    expect(turns[1]!.start).toBe(text.indexOf('[01:02:03]'));
  });

  it('accepts labels of up to four words, with digits and Danish letters', () => {
    const text = [
      'AMR 2: Første.',
      'Den tilsynsførende fra AT: Anden.',
      'Leder på plejecentret Solgården: Tredje.',
      'Lederen på det lille plejecenter: Femte ord er for mange.',
      'Medarbejder: Fjerde.',
    ].join('\n');
    expect(parseTurns(text).map((t) => t.speaker)).toEqual([
      'AMR 2',
      'Den tilsynsførende fra AT',
      'Leder på plejecentret Solgården',
      'Medarbejder',
    ]);
  });

  it('does not take a long sentence with a colon as a label; it continues the turn', () => {
    const text =
      'Leder: Vi havde et møde.\nDet vi gjorde i starten var rigtig: vi kortlagde det hele.\nInterviewer: Okay.';
    const turns = parseTurns(text);
    expect(turns.map((t) => t.speaker)).toEqual(['Leder', 'Interviewer']);
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toContain('vi kortlagde det hele.');
  });

  it('needs a space and text after the colon (clock times and URLs are not labels)', () => {
    const text = 'Leder: Mødet var kl.\n10:30\nhttps://at.dk/vejledning\nIP:uden mellemrum';
    const turns = parseTurns(text);
    expect(turns).toHaveLength(1);
    expect(turns[0]!.end).toBe(text.length);
  });

  it('handles a text without a trailing newline and a text without labels', () => {
    expect(parseTurns('Leder: Slut')).toEqual([{ start: 0, end: 11, speaker: 'Leder', time: null }]);
    expect(parseTurns('Bare løbende tekst uden talere.\nOg en linje til.')).toEqual([]);
    expect(parseTurns('')).toEqual([]);
  });

  it('produces ordered, non-overlapping turns', () => {
    const text = 'I: a\nL: b\n\n\nI: c\nL: d\n';
    const turns = parseTurns(text);
    expect(turns).toHaveLength(4);
    for (let i = 1; i < turns.length; i++) expect(turns[i]!.start).toBeGreaterThanOrEqual(turns[i - 1]!.end);
  });
});

describe('turnAt', () => {
  const text = 'Intro\nInterviewer: Hvad skete der?\n\nLeder: Vi fik hjælp.\nOg vejledning.';
  const turns = parseTurns(text);

  it('finds the turn containing an offset, start inclusive and end exclusive', () => {
    const leder = turns[1]!;
    expect(turnAt(turns, leder.start)).toBe(leder);
    expect(turnAt(turns, text.indexOf('vejledning'))).toBe(leder);
    expect(turnAt(turns, leder.end - 1)).toBe(leder);
    expect(turnAt(turns, leder.end)).toBeUndefined();
    expect(turnAt(turns, turns[0]!.start + 3)).toBe(turns[0]);
  });

  it('returns undefined before the first turn and in the gap between turns', () => {
    expect(turnAt(turns, 0)).toBeUndefined();
    expect(turnAt(turns, turns[0]!.end)).toBeUndefined(); // the blank line
    expect(turnAt([], 5)).toBeUndefined();
  });

  it('works over many turns (binary search)', () => {
    const many = Array.from({ length: 101 }, (_, i) => `${i % 2 ? 'Leder' : 'Interviewer'}: replik nummer ${i}`).join(
      '\n',
    );
    const ts = parseTurns(many);
    expect(ts).toHaveLength(101);
    for (const i of [0, 1, 50, 99, 100]) {
      const at = many.indexOf(`replik nummer ${i}`);
      expect(turnAt(ts, at)).toBe(ts[i]);
    }
  });
});

describe('isInterviewerLabel', () => {
  it.each([
    'Interviewer',
    'interviewer',
    'I',
    'Int',
    'Intervieweren',
    'Interviewer 2',
    'Interviewer2',
    'Spørger',
    'Forsker',
    'Moderator',
    'Q',
    ' Interviewer ',
  ])('%j is the interviewer', (l) => expect(isInterviewerLabel(l)).toBe(true));
  it.each(['Leder', 'IP', 'AMR', 'Interviewperson', 'TF', 'Interviewer og leder', 'Ingrid'])(
    '%j is not the interviewer',
    (l) => expect(isInterviewerLabel(l)).toBe(false),
  );
});
