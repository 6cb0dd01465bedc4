/** Writes a laid-out transcript into the editor: call only inside `editor.update`. */
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $createMarkNode } from '@lexical/mark';
import type { Line } from './layout';

export function $buildTranscript(lines: readonly Line[]): void {
  const root = $getRoot();
  root.clear();
  for (const line of lines) {
    const paragraph = $createParagraphNode();
    for (const run of line.runs) {
      const texts: LexicalNode[] = run.pieces.map((piece) => {
        const t = $createTextNode(piece.text);
        return piece.bold ? t.toggleFormat('bold') : t;
      });
      if (run.ids.length) paragraph.append($createMarkNode(run.ids).append(...texts));
      else paragraph.append(...texts);
    }
    root.append(paragraph);
  }
}
