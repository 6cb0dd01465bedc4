/**
 * The matrix as a Word table for the report: the project's name as a heading, the grid's filter
 * line, then a real table (a heading row repeated on every page, the row labels, the cells and the
 * totals row and column) in the named table style "Matrix", landscape when it is wide.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { matrixGrid, totalLabel } from '../cmo/matrix';
import { say, wordsFor, type LogLang } from '../cmo/logMessages';
import type { MatrixGrid } from '../cmo/matrixGrid';
import type { Project } from '../cmo/model';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** `m`: the grid of the matrix query; `heading`: what it counts (`Kodninger`). */
export async function matrixToDocx(
  project: Project,
  m: MatrixGrid,
  heading: string,
  lang: LogLang = 'da',
): Promise<Buffer> {
  const grid = matrixGrid(m, lang);
  const nTotal = m.totals ? 1 : 0;
  const cell = (v: string | number, r: number, c: number) => {
    const head = r === 0 || c === 0 || (nTotal > 0 && (r === grid.length - 1 || c === grid[0]!.length - 1));
    const text = typeof v === 'number' ? (v === 0 ? '–' : String(v)) : v;
    return new TableCell({
      children: [
        new Paragraph({
          style: 'MatrixCell',
          alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text, bold: head })],
        }),
      ],
    });
  };
  const rows = grid.map(
    (row, r) => new TableRow({ tableHeader: r === 0, cantSplit: true, children: row.map((v, c) => cell(v, r, c)) }),
  );
  const table = new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS });
  const wide = m.cols.length > 8;
  const doc = new Document({
    creator: 'CMO Workbench',
    title: `${project.name} — ${heading}`,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'MatrixCell',
          name: 'Matrixcelle',
          basedOn: 'Normal',
          run: { size: wide ? 16 : 20 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: wide ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
        children: [
          new Paragraph({ text: project.name, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2 }),
          ...m.filterLine.map((l) => new Paragraph({ text: l })),
          ...(m.totals
            ? [new Paragraph({ text: wordsFor(say('matrixTotalNote', { total: totalLabel(lang) }), lang) })]
            : []),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
