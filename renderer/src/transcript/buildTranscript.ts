/**
 * Writes a laid-out transcript into the editor (call only inside `editor.update`): the whole of
 * it when a source is opened or its text changed, or — after a coding action — only the
 * paragraphs whose runs or mark kinds changed, so a new segment costs a few paragraphs, not the
 * whole transcript.
 */
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $createMarkNode } from '@lexical/mark';
import type { Line, Run } from './layout';

/** The Lexical nodes of one run: a MarkNode around its pieces when segments cover it, else the pieces. */
function $runNodes(run: Run): LexicalNode[] {
  const texts: LexicalNode[] = run.pieces.map((piece) => {
    const t = $createTextNode(piece.text);
    return piece.bold ? t.toggleFormat('bold') : t;
  });
  return run.ids.length ? [$createMarkNode(run.ids).append(...texts)] : texts;
}

function $fillParagraph(paragraph: ElementNode, line: Line): void {
  for (const run of line.runs) paragraph.append(...$runNodes(run));
}

const sameRun = (a: Run, b: Run) =>
  a.ids.length === b.ids.length &&
  a.ids.every((id, i) => id === b.ids[i]) &&
  a.pieces.length === b.pieces.length &&
  a.pieces.every((p, i) => p.text === b.pieces[i]!.text && p.bold === b.pieces[i]!.bold);
/** how many paragraph children a run is */
const width = (run: Run) => (run.ids.length ? 1 : run.pieces.length);

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

/**
 * Rewrites the given lines' paragraphs in place, from `before` (what they show) to `after`: the
 * runs both share at the start and at the end stay as they are — their DOM, and the browser's
 * layout of their text — and only the runs between are replaced (a new coding usually splits
 * one run into three). False when a paragraph does not look as `before` says (rebuild instead).
 */
export function $patchTranscript(
  before: readonly Line[],
  after: readonly Line[],
  changed: readonly number[],
  keys: readonly NodeKey[],
): boolean {
  for (const i of changed) {
    const node = keys[i] !== undefined ? $getNodeByKey(keys[i]) : null;
    if (!$isElementNode(node)) return false;
    const old = before[i]?.runs ?? [],
      next = after[i]!.runs;
    const children = node.getChildren();
    if (children.length !== old.reduce((n, r) => n + width(r), 0)) {
      node.clear();
      $fillParagraph(node, after[i]!);
      continue;
    }
    let head = 0;
    while (head < old.length && head < next.length && sameRun(old[head]!, next[head]!)) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < next.length - head &&
      sameRun(old[old.length - 1 - tail]!, next[next.length - 1 - tail]!)
    )
      tail++;
    const from = old.slice(0, head).reduce((n, r) => n + width(r), 0);
    const to = children.length - old.slice(old.length - tail).reduce((n, r) => n + width(r), 0);
    for (const c of children.slice(from, to)) c.remove();
    const fresh = next.slice(head, next.length - tail).flatMap($runNodes);
    if (!fresh.length) continue;
    const anchor = from > 0 ? children[from - 1]! : null;
    if (anchor) {
      let at: LexicalNode = anchor;
      for (const n of fresh) {
        at.insertAfter(n);
        at = n;
      }
    } else if (to < children.length) {
      const first = children[to]!;
      for (const n of fresh) first.insertBefore(n);
    } else node.append(...fresh);
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
