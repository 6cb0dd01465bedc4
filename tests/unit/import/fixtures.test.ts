/**
 * Every third-party file in ../shared/fixtures-external (see SOURCES.md there), read as the
 * importer stores it. The files are never copied into the repo: without ../shared these tests
 * are skipped, and say why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTranscript, type Transcript } from '../../../src/import/index';
import { normalizeText } from '../../../src/cmo/text';
import { logText } from '../../../src/cmo/logMessages';

const DIR = fileURLToPath(new URL('../../../../shared/fixtures-external/', import.meta.url));
const present = fs.existsSync(DIR);
if (!present)
  console.warn(`[import fixtures] skipped: ${DIR} is absent (the shared fixtures live beside the repo, in ../shared)`);

const cache = new Map<string, Promise<Transcript>>();
const load = (f: string) => {
  if (!cache.has(f)) cache.set(f, loadTranscript(f, fs.readFileSync(path.join(DIR, f))));
  return cache.get(f)!;
};
const speakers = (t: Transcript) => [...new Set(t.turns.map((x) => x.speaker))];

/** Stored text is normalised and every turn is a real, ordered range of it. */
function wellFormed(t: Transcript): void {
  expect(normalizeText(t.text)).toBe(t.text);
  let last = 0;
  for (const turn of t.turns) {
    expect(turn.start).toBeGreaterThanOrEqual(last);
    expect(turn.end).toBeGreaterThanOrEqual(turn.start);
    expect(turn.end).toBeLessThanOrEqual(t.text.length);
    last = turn.end;
  }
}

describe.skipIf(!present)('third-party fixtures', () => {
  it('covers every fixture file (a new one needs a test here)', () => {
    const files = fs
      .readdirSync(DIR)
      .filter((f) => f !== 'SOURCES.md')
      .sort();
    expect(files).toEqual([
      'mammoth_comments_msword.docx',
      'mammoth_footnotes_msword.docx',
      'mammoth_strict-format_msword.docx',
      'mammoth_tables_msword.docx',
      'ms-teams-stream-legacy-2020_guid-voices_unpadded-times.vtt',
      'openai-whisper_jfk.srt',
      'openai-whisper_jfk.vtt',
      'qualcoder-example_ID1_msword.docx',
      'qualcoder-example_ID2_libreoffice.odt',
      'rtfjs_wordpad-riched20_intl-snowman-emoji.rtf',
      'sheffield-orda_interview-Sam_msword.docx',
      'striprtf_libreoffice-6.0_unicode-cjk.rtf',
      'striprtf_macos-textedit_ansicpg936.rtf',
      'striprtf_msword_german-cp1252.rtf',
      'uchardet_danish_iso-8859-1.txt',
      'uchardet_danish_iso-8859-15.txt',
      'uchardet_danish_utf-8.txt',
      'uchardet_danish_windows-1252.txt',
      'zoom_two-speakers_continuation-cues.vtt',
    ]);
  });

  describe('Word', () => {
    it('Sheffield interview: bold "Researcher 1:" / "Sam:" turns, curly quotes and ellipses kept', async () => {
      const t = await load('sheffield-orda_interview-Sam_msword.docx');
      wellFormed(t);
      expect(t.format).toBe('docx');
      expect(
        t.text.startsWith(
          '04-Apr-2023 - 11:03 - 38m00s - Pseudonym\n\nResearcher 1: Perfect. And so, can you tell me a ' +
            'little bit about your field of research',
        ),
      ).toBe(true);
      expect(speakers(t)).toEqual(['Researcher 1', 'Sam']);
      expect(t.turns).toHaveLength(84);
      expect(t.turns[0]!.start).toBe(t.text.indexOf('Researcher 1:'));
      expect(t.text.slice(t.turns[1]!.start, t.turns[1]!.end)).toMatch(
        new RegExp(
          String.raw`^Sam: Okay, so I'm a little bit hybrid because I’ve got, like, a professorial research role\.` +
            String.raw`.*Does that help you\?$`,
          's',
        ),
      );
      // runs split mid-word by proofing marks are joined again
      expect(t.text).toContain('systematic reviews, meta analyses, and so you');
      expect(t.text).toContain('…');
      expect(t.notes).toEqual([]);
    });

    it('QualCoder ID1: the € sign, two paragraphs, no speakers', async () => {
      const t = await load('qualcoder-example_ID1_msword.docx');
      wellFormed(t);
      expect(t.text.startsWith('I really like learning new things. I think this course is good for me')).toBe(true);
      expect(t.text).toContain('\n\nI guess some less computer-savvy people');
      expect(t.turns).toEqual([]);
    });

    it('Strict Open XML: the text is read, not empty', async () => {
      expect((await load('mammoth_strict-format_msword.docx')).text).toBe('Test');
    });

    it('tables in reading order, row by row, cell by cell', async () => {
      const t = await load('mammoth_tables_msword.docx');
      expect(t.text).toBe('Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow');
      expect(t.turns).toEqual([]); // "Top left | Top right" is not a speaker table
    });

    it('comments become notes, not text', async () => {
      const t = await load('mammoth_comments_msword.docx');
      expect(t.text).toBe('Ouch.');
      expect(t.notes).toEqual([
        'Kommentar (Michael Williamson): A tachyon walks into a bar.',
        'Kommentar (Michael Williamson): Fin.',
      ]);
    });

    it('footnotes become notes, not text', async () => {
      const t = await load('mammoth_footnotes_msword.docx');
      expect(t.text).toBe('Ouch.');
      expect(t.notes).toEqual(['Fodnote 1: A tachyon walks into a bar.', 'Fodnote 2: Fin.']);
    });
  });

  it('LibreOffice ODT: spans joined, € kept as written (no space), thumbnails ignored', async () => {
    const t = await load('qualcoder-example_ID2_libreoffice.odt');
    wellFormed(t);
    expect(t.format).toBe('odt');
    expect(
      t.text.startsWith(
        'I have not studied much before, but my father Joe Bloggs really encouraged me to study again.',
      ),
    ).toBe(true);
    expect(t.text).toContain('The course cost €200.00');
    expect(t.text).toContain('\n\nI really want someone to sit down with me and explain the course material.\n\n');
  });

  describe('plain text in legacy encodings', () => {
    it('windows-1252, ISO-8859-15 and UTF-8 give identical text (€ from 0x80 and from 0xA4)', async () => {
      const [a, b, c] = await Promise.all(
        ['uchardet_danish_windows-1252.txt', 'uchardet_danish_iso-8859-15.txt', 'uchardet_danish_utf-8.txt'].map(load),
      );
      expect(a!.text).toBe(c!.text);
      expect(b!.text).toBe(c!.text);
      expect(
        c!.text.startsWith('Eurosymbolet eller eurotegnet (€) anvendes som valutasymbol for møntenheden\neuro.'),
      ).toBe(true);
      expect(c!.text).toContain('hævder, det blev skabt af');
      expect([a!.encoding, b!.encoding, c!.encoding]).toEqual(['windows-1252', 'ISO-8859-15', 'UTF-8']);
      expect(a!.warnings.map((w) => logText(w, 'da'))).toEqual(['Filen var ikke UTF-8; læst som windows-1252']);
      expect(c!.warnings).toEqual([]);
    });

    it('ISO-8859-1 Danish', async () => {
      const t = await load('uchardet_danish_iso-8859-1.txt');
      expect(t.encoding).toBe('ISO-8859-1');
      expect(
        t.text.startsWith(
          'Dansk er et nord-germansk sprog af den østnordiske (kontinentale) gruppe, der\ntales af ca. ' +
            'seks millioner mennesker. Det er stærkt påvirket af plattysk.',
        ),
      ).toBe(true);
      expect(t.text).toContain('samt på Færøerne og Grønland [1].');
      expect(t.text).not.toMatch(/[\u0080-\u009f¤]/);
    });
  });

  describe('RTF', () => {
    it('WordPad: cp1252 escapes, \\u9731 and a surrogate pair, trailing NUL dropped', async () => {
      const t = await load('rtfjs_wordpad-riched20_intl-snowman-emoji.rtf');
      expect(t.text).toBe('Iñtërnâtiônàlizætiøn☃💩\n');
      expect(t.text.codePointAt(t.text.indexOf('💩'))).toBe(0x1f4a9);
    });

    it('TextEdit \\ansicpg936: double-byte GBK, Cocoa line breaks, no \\info author', async () => {
      const t = await load('striprtf_macos-textedit_ansicpg936.rtf');
      expect(t.text).toBe('印刷情况反映：\n201-003-00155 (Multiple)\n\n市政府情况反映：\n022-021-00768 (Multiple)');
    });

    it("LibreOffice \\uN with \\'3f fallbacks skipped", async () => {
      expect((await load('striprtf_libreoffice-6.0_unicode-cjk.rtf')).text).toBe('柔道\n');
    });

    it('Word RTF: German umlauts, table cells apart, header/footer and style tables left out', async () => {
      const t = await load('striprtf_msword_german-cp1252.rtf');
      wellFormed(t);
      expect(
        t.text.startsWith(
          'Speiseplan\n05.08. –09.08.2019\nX: diese Speisen werden fett-, kalorienarm und schonend ' +
            'zubereitet\nMontag:\nSuppe:\tM 1\t Gemüserostbraten mit Semmelknödel und Salat',
        ),
      ).toBe(true);
      expect(t.text).toContain('überbackenes Gemüse mit Erdäpfel');
      expect(t.text).not.toMatch(/Buder|Times New Roman|Normal;/);
    });
  });

  describe('subtitles', () => {
    it('Zoom: two speakers from "Name: text", unnamed cues stay with the previous speaker, flagged', async () => {
      const t = await load('zoom_two-speakers_continuation-cues.vtt');
      wellFormed(t);
      expect(speakers(t).sort()).toEqual(['Ashlee Kupor (SL)', 'Dora Demszky']);
      expect(
        t.text.startsWith(
          "Ashlee Kupor (SL): Let's do that\n\nDora Demszky: by, too. We? And then No, it's gonna. I think " +
            "it's transcribing. Yeah, I think it is.",
        ),
      ).toBe(true);
      expect(t.turns[0]).toEqual({
        start: 0,
        end: "Ashlee Kupor (SL): Let's do that".length,
        speaker: 'Ashlee Kupor (SL)',
        time: 0.51,
      });
      expect(t.turns[1]!.time).toBe(1.79);
      expect(t.warnings.map((w) => logText(w, 'da'))).toEqual([
        '9 tekststykker uden taler er lagt til den foregående taler (første ved 00:00:07) — kontrollér dem',
      ]);
      // merged: no two consecutive turns of the same speaker
      for (let i = 1; i < t.turns.length; i++) expect(t.turns[i]!.speaker).not.toBe(t.turns[i - 1]!.speaker);
      // every turn's text starts with its label
      for (const turn of t.turns) expect(t.text.startsWith(`${turn.speaker}: `, turn.start)).toBe(true);
    });

    it('Teams 2020: unpadded times, three GUID voices named Taler 1–3, GUIDs kept as notes', async () => {
      const t = await load('ms-teams-stream-legacy-2020_guid-voices_unpadded-times.vtt');
      wellFormed(t);
      expect(speakers(t)).toEqual(['Taler 1', 'Taler 2', 'Taler 3']);
      expect(
        t.text.startsWith(
          "Taler 1: 2 minutes and help. I need someone else's computer for little bit longer than " +
            'that.\n\nTaler 2: OK, I mean I can just start talking, but.\n\nTaler 1: OK.',
        ),
      ).toBe(true);
      expect(t.turns.slice(0, 3).map((x) => x.time)).toEqual([0, 3, 5.35]);
      expect(t.notes).toEqual([
        'Taler 1 = 68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf-86f1-41af-91ab-2d7cd011db47',
        'Taler 2 = 88b66bf7-d0d1-4ed1-bb80-ce79d271ac2a@72f988bf-86f1-41af-91ab-2d7cd011db47',
        'Taler 3 = b233e3b4-795e-46a8-8693-02be3ad11a41@72f988bf-86f1-41af-91ab-2d7cd011db47',
      ]);
      // the cue that ends before it starts (4:06.8 → 4:06.53) keeps its word
      expect(t.text).toMatch(/Taler 3: [^\n]*Stop\./);
    });

    it.each(['openai-whisper_jfk.vtt', 'openai-whisper_jfk.srt'])(
      'Whisper %s: no hours field / comma times, one timed turn without a speaker',
      async (f) => {
        const t = await load(f);
        expect(t.text).toBe(
          'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.',
        );
        expect(t.turns).toEqual([{ start: 0, end: t.text.length, speaker: '', time: 0 }]);
      },
    );
  });
});
