import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { PreparedQuotes } from '../cmo/quotes';
import { clock } from './quotesTable';

export interface DocxOptions {
  /** provenance (source, position, time) of each quote as a footnote */
  footnotes?: boolean;
  /** a title above the sections (default the project's name) */
  title?: string | null;
  /** the attribution after the closing mark in the quote's own paragraph: `”…” (Leder, case 1)` */
  inline?: boolean;
  /** the names of the styles: Danish (`Citat`) or English (`Quote`); the project's language */
  lang?: 'da' | 'en';
}

const INDENT = 567; // 1 cm in twips

/** The named styles a report template restyles (by name): the quote, the attribution, the hypothesis line. */
export const QUOTE_STYLES = {
  da: { quote: 'Citat', attributionLine: 'Citat - kilde', attribution: 'Citatkilde', hypothesis: 'Hypotese' },
  en: {
    quote: 'Quote',
    attributionLine: 'Quote Attribution Line',
    attribution: 'Quote Attribution',
    hypothesis: 'Hypothesis',
  },
} as const;
/** style ids: the names without spaces or dashes (`Citat`, `Citatkilde`, `Quote`, `QuoteAttribution`) */
const idOf = (name: string) => name.replace(/[\s-]+/g, '');

/**
 * The quotes as the report typesets them: a heading per PT point (Heading 2 under the title's
 * Heading 1) with its hypothesis in a short line, each quote a paragraph in ”…” and the attribution
 * on its own line below it — or, `inline`, after the closing mark in the same paragraph — and
 * optionally the quote's provenance as a footnote. No direct formatting: every paragraph and the
 * attribution carry named styles (`Citat`/`Quote`, `Citatkilde`/`Quote Attribution` …) that a report
 * template restyles. Everything given is already pseudonymised.
 */
export async function quotesToDocx(pq: PreparedQuotes, opts: DocxOptions = {}): Promise<Buffer> {
  const [open, close] = pq.marks;
  const names = QUOTE_STYLES[opts.lang ?? 'da'];
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let nextNote = 1;
  const children: Paragraph[] = [];
  const title = opts.title === undefined ? pq.title : opts.title;
  if (title) children.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }));
  // which quotes these are (the filters), in the hypothesis line's quiet style
  if (pq.filterLine) children.push(new Paragraph({ text: pq.filterLine, style: idOf(names.hypothesis) }));
  for (const s of pq.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2, keepNext: true }));
    if (s.hypothesis) children.push(new Paragraph({ text: s.hypothesis, style: idOf(names.hypothesis) }));
    for (const q of s.quotes) {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(`${open}${q.reportText}${close}`)];
      if (opts.inline && q.attribution)
        runs.push(new TextRun(' '), new TextRun({ text: q.attribution, style: idOf(names.attribution) }));
      if (opts.footnotes) {
        const id = nextNote++;
        const where = [q.source, `tegn ${q.start}–${q.end}`, q.time !== null ? clock(q.time) : '']
          .filter(Boolean)
          .join(', ');
        footnotes[id] = { children: [new Paragraph(`Kilde: ${where}`)] };
        runs.push(new FootnoteReferenceRun(id));
      }
      const below = !opts.inline && !!q.attribution;
      // keepNext is pagination, not look: the quote is never parted from its attribution line
      children.push(new Paragraph({ children: runs, style: idOf(names.quote), ...(below ? { keepNext: true } : {}) }));
      if (below)
        children.push(
          new Paragraph({
            children: [new TextRun({ text: q.attribution, style: idOf(names.attribution) })],
            style: idOf(names.attributionLine),
          }),
        );
    }
  }
  const doc = new Document({
    creator: 'CMO Workbench',
    title: title ?? (opts.lang === 'en' ? 'Quotes' : 'Citater'),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: idOf(names.quote),
          name: names.quote,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: INDENT, right: INDENT }, spacing: { before: 120, after: 200 }, keepLines: true },
        },
        {
          id: idOf(names.attributionLine),
          name: names.attributionLine,
          basedOn: idOf(names.quote),
          next: 'Normal',
          paragraph: { indent: { left: INDENT * 2 }, spacing: { before: 0, after: 200 } },
        },
        {
          id: idOf(names.hypothesis),
          name: names.hypothesis,
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { spacing: { after: 200 }, keepNext: true },
          run: { italics: true, size: 18, color: '555555' },
        },
      ],
      characterStyles: [
        {
          id: idOf(names.attribution),
          name: names.attribution,
          basedOn: 'DefaultParagraphFont',
          quickFormat: true,
          run: {},
        },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
