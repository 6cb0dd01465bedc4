/**
 * Writes a laid-out transcript into the editor (call only inside `editor.update`): the whole of
 * it when a source is opened or its text changed, or — after a coding action — only the
 * paragraphs whose runs or mark kinds changed, so a new segment costs a few paragraphs, not the
 * whole transcript.
 */
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot, $isElementNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { $createMarkNode } from '@lexical/mark';
import type { Line } from './layout';

function $fillParagraph(paragraph: ElementNode, line: Line): void {
  for (const run of line.runs) {
    const texts: LexicalNode[] = run.pieces.map((piece) => {
      const t = $createTextNode(piece.text);
      return piece.bold ? t.toggleFormat('bold') : t;
    });
    if (run.ids.length) paragraph.append($createMarkNode(run.ids).append(...texts));
    else paragraph.append(...texts);
  }
}

/** Rebuilds everything; returns the paragraphs' keys, line by line. */
export function $buildTranscript(lines: readonly Line[]): NodeKey[] {
  const root = $getRoot();
  root.clear();
  const keys: NodeKey[] = [];
  for (const line of lines) {
    const paragraph = $createParagraphNode();
    $fillParagraph(paragraph, line);
    root.append(paragraph);
    keys.push(paragraph.getKey());
  }
  return keys;
}

/** Refills the given lines' paragraphs in place; false when a paragraph is missing (rebuild instead). */
export function $patchTranscript(lines: readonly Line[], changed: readonly number[], keys: readonly NodeKey[]): boolean {
  for (const i of changed) {
    const node = keys[i] !== undefined ? $getNodeByKey(keys[i]) : null;
    if (!$isElementNode(node)) return false;
    node.clear();
    $fillParagraph(node, lines[i]!);
  }
  return true;
}

/**
 * A line's signature: its runs' covering ids with each segment's kind, and its pieces' sizes
 * and weight. Two layouts of the same text differ in a line exactly where the signatures do.
 */
export function lineSignature(line: Line, kindOf: (id: string) => string): string {
  let sig = '';
  for (const run of line.runs) {
    for (const id of run.ids) sig += `${id}${kindOf(id)},`;
    sig += ':';
    for (const p of run.pieces) sig += `${p.bold ? 'b' : ''}${p.text.length}.`;
    sig += '|';
  }
  return sig;
}

/** Indices where two signature lists differ (same length assumed). */
export function changedLines(before: readonly string[], after: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) out.push(i);
  return out;
}
