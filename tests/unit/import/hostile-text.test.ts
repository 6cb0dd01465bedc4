import { describe, expect, it } from 'vitest';
import { labelAt, parseTurns } from '../../../src/cmo/turns';
import { readTranscript, ImportError } from '../../../src/import';

/** ms taken by f */
const timed = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const BLANKS = ' \t'.repeat(100_000); // 200,000 blanks

describe('long runs of blanks inside a line: linear work (each took minutes with backtracking regexes)', () => {
  it('speaker labels are found (or not) at once beside 200,000 blanks', () => {
    const lines = [
      `ja${BLANKS}nej`,
      `Leder:${BLANKS}x`,
      `[Leder]${BLANKS}`,
      `[Leder]${BLANKS}x`,
      `Leder${BLANKS}: x`,
      `Leder (00:03:12)${BLANKS}: x`,
    ];
    const ms = timed(() => {
      for (const l of lines) labelAt(l, 0);
    });
    expect(ms).toBeLessThan(2000);
    expect(labelAt(`Leder:${BLANKS}x`, 0)).toEqual({ speaker: 'Leder', length: 6 + BLANKS.length });
    expect(labelAt(`[Leder]${BLANKS}x`, 0)).toEqual({ speaker: 'Leder', length: 7 + BLANKS.length });
    expect(labelAt(`ja${BLANKS}nej`, 0)).toBeNull();
  });

  it('whole texts with such runs find their turns at once (labels at line starts and after a sentence)', () => {
    const text = `Leder: ja.${BLANKS}x\nja${BLANKS}nej\nInterviewer: Godt.${BLANKS}Leder: ja${BLANKS}`;
    let turns: ReturnType<typeof parseTurns> = [];
    expect(
      timed(() => {
        turns = parseTurns(text);
      }),
    ).toBeLessThan(2000);
    expect(turns.map((t) => t.speaker)).toEqual(['Leder', 'Interviewer', 'Leder']);
    expect(text.slice(turns[2]!.start, turns[2]!.start + 6)).toBe('Leder:');
  });

  it('labels read as before: times, colons after blanks, brackets with and without a colon', () => {
    expect(labelAt('Leder (00:03:12): ja', 0)).toEqual({ speaker: 'Leder', length: 18 });
    expect(labelAt('AMR 2  : ja', 0)).toEqual({ speaker: 'AMR 2', length: 9 });
    expect(labelAt('[IP]  : ja', 0)).toEqual({ speaker: 'IP', length: 8 });
    expect(labelAt('[IP]   ja', 0)).toEqual({ speaker: 'IP', length: 7 });
    expect(labelAt('[IP]:ja', 0)).toBeNull();
  });
});

describe('NUL bytes in a text file', () => {
  it('a trailing NUL is dropped; NULs inside (past the sniffed 8 KB) are refused as binary, at once', async () => {
    expect((await readTranscript('Case 01 - Leder.txt', Buffer.from('Leder: ja\n\u0000'))).text).toBe('Leder: ja\n');
    const inside = Buffer.concat([
      Buffer.from('Leder: ja\n'.repeat(1000)),
      Buffer.alloc(1_000_000),
      Buffer.from('nej\n'),
    ]);
    const t0 = performance.now();
    const e = await readTranscript('Case 01 - Leder.txt', inside).catch((x: unknown) => x);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toMatch(/^Case 01 - Leder\.txt: .*binær/);
  });
});
