import { describe, expect, it } from 'vitest';
import { readTranscript, ImportError } from '../../../src/import';
import { MAX_CUES } from '../../../src/import/formats/cues';
import { wordsFor } from '../../../src/cmo/logMessages';

const two = (n: number) => String(n).padStart(2, '0');
const time = (s: number) => `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.000`;
/** a WebVTT file of `n` cues, two speakers taking turns */
const vttOf = (
  n: number,
  body = (i: number) => `<v ${i % 2 ? 'Leder' : 'Interviewer'}>Sætning nummer ${i} om noget.`,
) =>
  ['WEBVTT', '', ...Array.from({ length: n }, (_, i) => `${time(i * 2)} --> ${time(i * 2 + 1)}\n${body(i)}\n`)].join(
    '\n',
  );
const seconds = async <T>(f: () => Promise<T>) => {
  const t0 = performance.now();
  const r = await f();
  return { r, s: (performance.now() - t0) / 1000 };
};

describe('subtitle files (.vtt, .srt): linear, bounded, never a crash', () => {
  it("80,000 cues read in seconds (media-captions' parseText alone took 28 s: quadratic)", async () => {
    const { r, s } = await seconds(() => readTranscript('Case 08 - Leder.vtt', Buffer.from(vttOf(80_000))));
    expect(r.turns).toHaveLength(80_000);
    expect(r.turns![79_999]).toMatchObject({ speaker: 'Leder', time: 159_998 });
    expect(s).toBeLessThan(8);
  }, 60_000);

  it('a <v> with no name: its words stay with the speaker before (or none), flagged in the warnings', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v>Hej med dig\n\n00:00:02.000 --> 00:00:03.000\n<v ' +
      'Leder>Ja hej\n\n00:00:03.000 --> 00:00:04.000\n<v>og så videre\n';
    const r = await readTranscript('Case 07 - Leder.vtt', Buffer.from(vtt));
    expect(r.text).toBe('Hej med dig\n\nLeder: Ja hej og så videre');
    expect(r.warnings.map((w) => wordsFor(w, 'da')).join(' ')).toMatch(/2 tekststykker uden taler/);
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n<v>Hej\n\n2\n00:00:02,000 --> 00:00:03,000\n<v  >  </v>\n';
    expect((await readTranscript('Case 07 - Leder.srt', Buffer.from(srt))).text).toBe('Hej');
  });

  it('200,000 nested <c> tags in one cue read without overflowing the stack', async () => {
    const deep = `${'<c>'.repeat(200_000)}Dybt nede${'</c>'.repeat(200_000)}`;
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Leder>${deep}\n`;
    const { r, s } = await seconds(() => readTranscript('Case 09 - Leder.vtt', Buffer.from(vtt)));
    expect(r.text).toBe('Leder: Dybt nede');
    expect(s).toBeLessThan(5);
    const nestedVoices = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<v A>a '.repeat(50_000)}\n`;
    expect((await readTranscript('Case 09 - Leder.vtt', Buffer.from(nestedVoices))).turns![0]!.speaker).toBe('A');
  }, 30_000);

  it(`more than ${MAX_CUES.toLocaleString('en')} cues are refused at once with a line naming the file`, async () => {
    const { r: e, s } = await seconds(() =>
      readTranscript(
        'Case 10 - Leder.srt',
        Buffer.from(
          Array.from({ length: MAX_CUES + 1 }, (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nx\n`).join('\n'),
        ),
      ).catch((x: unknown) => x),
    );
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toBe(
      'Case 10 - Leder.srt: indeholder for mange undertekster (200.001; højst 200.000) — del filen op',
    );
    expect(s).toBeLessThan(5);
  }, 30_000);
});
