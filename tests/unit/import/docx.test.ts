/** A Danish Word transcript built here with the `docx` package, read back through the importer. */
import { describe, expect, it } from 'vitest';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { loadTranscript } from '../../../src/import/index';
import { normalizeText } from '../../../src/cmo/text';

const bold = (text: string) => new TextRun({ text, bold: true });
const run = (text: string) => new TextRun(text);
const para = (...children: TextRun[]) => new Paragraph({ children });

async function docx(
  children: (Paragraph | Table)[],
  extra: Partial<ConstructorParameters<typeof Document>[0]> = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...extra, sections: [{ children }] })));
}

describe('Word transcript with speaker turns (generated)', () => {
  it('finds bold labels with and without a colon, keeps æøå, line breaks and “quotes”', async () => {
    const bytes = await docx([
      para(bold('Interview med leder, case 3, 12. maj 2024')),
      para(bold('Interviewer:'), run(' Hvordan oplevede I besøget fra Arbejdstilsynet?')),
      para(bold('Leder'), run('\tDet var rigtig godt. Vi fik “gode råd” om løft og bæring.')),
      new Paragraph({
        children: [run('Og så fik vi en aftale på tre måneder.'), new TextRun({ text: 'Det hjalp.', break: 1 })],
      }),
      para(bold('Interviewer:'), run(' Hvad med arbejdsmiljørepræsentanten?')),
      para(bold('Leder'), run('\tHun var med hele vejen, også til opfølgningsmødet.')),
      para(bold('Vigtigt'), run(' er det ikke et talernavn, når det kun står én gang uden kolon.')),
    ]);
    const t = await loadTranscript('Case 03 - Leder.docx', bytes);
    expect(normalizeText(t.text)).toBe(t.text);
    expect(t.text).toBe(
      [
        'Interview med leder, case 3, 12. maj 2024',
        'Interviewer: Hvordan oplevede I besøget fra Arbejdstilsynet?',
        'Leder\tDet var rigtig godt. Vi fik “gode råd” om løft og bæring.',
        'Og så fik vi en aftale på tre måneder.\nDet hjalp.',
        'Interviewer: Hvad med arbejdsmiljørepræsentanten?',
        'Leder\tHun var med hele vejen, også til opfølgningsmødet.',
        'Vigtigt er det ikke et talernavn, når det kun står én gang uden kolon.',
      ].join('\n\n'),
    );
    expect(t.turns.map((x) => x.speaker)).toEqual(['Interviewer', 'Leder', 'Interviewer', 'Leder']);
    const leder = t.turns[1]!;
    expect(t.text.slice(leder.start, leder.end)).toBe(
      'Leder\tDet var rigtig godt. Vi fik “gode råd” om løft og bæring.\n\nOg så fik vi en aftale på tre ' +
        'måneder.\nDet hjalp.',
    );
    // a turn runs to the next label: the last one takes in the closing paragraph too
    expect(t.text.slice(t.turns[3]!.start, t.turns[3]!.end)).toMatch(/opfølgningsmødet\.\n\nVigtigt er det/);
  });

  it('reads a "Taler | Replik" table as turns, with a time column', async () => {
    const cell = (s: string) => new TableCell({ children: [new Paragraph(s)] });
    const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
    const bytes = await docx([
      new Paragraph('Fokusgruppe, case 7'),
      new Table({
        rows: [
          row('Tid', 'Taler', 'Replik'),
          row('00:00:05', 'Moderator', 'Velkommen til jer alle sammen.'),
          row('00:00:12', 'MA 1', 'Tak, vi glæder os til at fortælle om forløbet.'),
          row('00:01:40', 'MA 2', 'Ja, det var en øjenåbner for os.'),
        ],
      }),
      new Paragraph('Slut'),
    ]);
    const t = await loadTranscript('fg.docx', bytes);
    expect(t.text).toBe(
      'Fokusgruppe, case 7\n\nModerator: Velkommen til jer alle sammen.\n\nMA 1: Tak, vi glæder os til at ' +
        'fortælle om forløbet.\n\nMA 2: Ja, det var en øjenåbner for os.\n\nSlut',
    );
    expect(t.turns.map((x) => x.speaker)).toEqual(['Moderator', 'MA 1', 'MA 2']);
  });

  it('keeps footnotes and comments out of the spoken text, as notes', async () => {
    const bytes = await docx(
      [
        new Paragraph({
          children: [run('Leder: Vi fik en aftale'), new FootnoteReferenceRun(1), run(' om løftegrej.')],
        }),
        new Paragraph({
          children: [
            new CommentRangeStart(0),
            run('Interviewer: Tak.'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
          ],
        }),
      ],
      {
        footnotes: { 1: { children: [new Paragraph('Aftalen blev indgået i marts.')] } },
        comments: {
          children: [
            {
              id: 0,
              author: 'Mette',
              initials: 'MK',
              date: new Date('2024-05-01'),
              children: [new Paragraph('Tjek lydfilen her.')],
            },
          ],
        },
      },
    );
    const t = await loadTranscript('noter.docx', bytes);
    expect(t.text).toBe('Leder: Vi fik en aftale om løftegrej.\n\nInterviewer: Tak.');
    expect(t.notes).toEqual(['Fodnote 1: Aftalen blev indgået i marts.', 'Kommentar (Mette): Tjek lydfilen her.']);
    expect(t.turns.map((x) => x.speaker)).toEqual(['Leder', 'Interviewer']);
  });

  it('imports 100 Word transcripts at a useful speed (figure printed)', async () => {
    const paras: Paragraph[] = [];
    for (let i = 0; i < 150; i++)
      paras.push(
        para(
          bold(i % 2 ? 'Leder:' : 'Interviewer:'),
          run(` Replik ${i}: ${'Vi talte om løft, bæring og arbejdsmiljø på plejecentret. '.repeat(4)}`),
        ),
      );
    const bytes = await docx(paras);
    const t0 = performance.now();
    let chars = 0;
    for (let i = 0; i < 100; i++) chars += (await loadTranscript(`t${i}.docx`, bytes)).text.length;
    const s = (performance.now() - t0) / 1000;
    console.log(
      `[import figure] 100 Word transcripts (${(bytes.byteLength / 1024).toFixed(0)} kB .docx, ` +
        `${(chars / 100 / 1000).toFixed(0)}k chars each): ${s.toFixed(2)} s, ` +
        `${((bytes.byteLength * 100) / 1024 / 1024 / s).toFixed(1)} MB/s of .docx, ` +
        `${((chars * 2) / 1024 / 1024 / s).toFixed(1)} MB/s of text`,
    );
    expect(s).toBeLessThan(25);
  });
});
