/**
 * The memos as a Word document, the analysis appendix: the project's name as the title, a Heading 1
 * per kind of thing (the project, the programteori, cases, sources, codes), a Heading 2 per thing,
 * each memo in the body style with a byline (who, when) in the character style "Memo-byline".
 * Only named styles, no direct formatting: a report template restyles it.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Project } from '../cmo/model';
import { memoByline, memoGroups, type MemoView } from '../cmo/memos';

export async function memosToDocx(
  project: Project,
  memos: readonly MemoView[],
  lang: 'da' | 'en' = project.language,
): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: project.name, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: lang === 'da' ? 'Analysememoer' : 'Analysis memos', heading: HeadingLevel.HEADING_1 }),
  ];
  for (const g of memoGroups(memos, lang)) {
    children.push(new Paragraph({ text: g.heading, heading: HeadingLevel.HEADING_2, keepNext: true }));
    for (const t of g.targets) {
      if (g.on !== 'project')
        children.push(new Paragraph({ text: t.label, heading: HeadingLevel.HEADING_3, keepNext: true }));
      for (const m of t.memos) {
        // one paragraph per line of the memo, so a template's spacing applies between them
        for (const line of m.text.split(/\n{2,}|\n/)) if (line.trim()) children.push(new Paragraph({ text: line }));
        children.push(new Paragraph({ children: [new TextRun({ text: memoByline(m, lang), style: 'MemoByline' })] }));
      }
    }
  }
  if (!memos.length) children.push(new Paragraph({ text: lang === 'da' ? '(ingen memoer)' : '(no memos)' }));
  const doc = new Document({
    creator: 'CMO Workbench',
    title: `${project.name} — ${lang === 'da' ? 'Analysememoer' : 'Analysis memos'}`,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      characterStyles: [
        {
          id: 'MemoByline',
          name: lang === 'da' ? 'Memo-byline' : 'Memo byline',
          basedOn: 'DefaultParagraphFont',
          run: { italics: true, color: '555555' },
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
