import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { PreparedQuotes } from '../cmo/quotes';
import { clock } from './quotesTable';

export interface DocxOptions {
  /** provenance (source, position, time) of each quote as a footnote */
  footnotes?: boolean;
  /** a title above the sections (default the project's name) */
  title?: string | null;
}

const INDENT = 567; // 1 cm in twips

/**
 * The quotes as the report typesets them: a heading per PT point with its hypothesis in a short
 * line, each quote an indented paragraph in ”…” with the attribution on its own line below it,
 * optionally the quote's provenance as a footnote. Everything given is already pseudonymised.
 */
export async function quotesToDocx(pq: PreparedQuotes, opts: DocxOptions = {}): Promise<Buffer> {
  const [open, close] = pq.marks;
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let nextNote = 1;
  const children: Paragraph[] = [];
  const title = opts.title === undefined ? pq.title : opts.title;
  if (title) children.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }));
  for (const s of pq.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2, keepNext: true }));
    if (s.hypothesis) {
      children.push(new Paragraph({ children: [new TextRun({ text: s.hypothesis, italics: true, size: 18, color: '555555' })], spacing: { after: 200 }, keepNext: true }));
    }
    for (const q of s.quotes) {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(`${open}${q.reportText}${close}`)];
      if (opts.footnotes) {
        const id = nextNote++;
        const where = [q.source, `tegn ${q.start}–${q.end}`, q.time !== null ? clock(q.time) : ''].filter(Boolean).join(', ');
        footnotes[id] = { children: [new Paragraph(`Kilde: ${where}`)] };
        runs.push(new FootnoteReferenceRun(id));
      }
      children.push(new Paragraph({ children: runs, indent: { left: INDENT, right: INDENT }, spacing: { before: 120, after: q.attribution ? 0 : 200 }, keepNext: !!q.attribution, keepLines: true }));
      if (q.attribution) children.push(new Paragraph({ text: q.attribution, indent: { left: INDENT * 2 }, spacing: { after: 200 } }));
    }
  }
  const doc = new Document({
    creator: 'CMO Workbench',
    title: title ?? 'Citater',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    footnotes,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
