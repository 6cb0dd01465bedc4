/**
 * Word files for the import benchmark, written with the `docx` package: one paragraph per speaker turn, labels in bold.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Transcript } from './danish';

export async function transcriptToDocx(t: Transcript, title: string): Promise<Buffer> {
  const paragraphs = t.turns.map((turn) => {
    const line = t.text.slice(turn.start, turn.end);
    const label = `${turn.speaker}:`;
    return new Paragraph({
      children: [new TextRun({ text: label, bold: true }), new TextRun({ text: line.slice(label.length) })],
    });
  });
  const doc = new Document({ creator: 'CMO Workbench bench', title, sections: [{ children: paragraphs }] });
  return Packer.toBuffer(doc);
}
