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
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { $createMarkNode } from '@lexical/mark';
import type { Line, Piece, Run } from './layout';

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

/** One paragraph child as the layout describes it: a marked run, or one piece of unmarked text. */
type Atom = { run: Run; piece: null } | { run: null; piece: Piece };
const atomsOf = (runs: readonly Run[]): Atom[] =>
  runs.flatMap((run): Atom[] =>
    run.ids.length ? [{ run, piece: null }] : run.pieces.map((piece) => ({ run: null, piece })),
  );
const sameAtom = (a: Atom, b: Atom) =>
  a.run && b.run
    ? sameRun(a.run, b.run)
    : !!a.piece && !!b.piece && a.piece.text === b.piece.text && a.piece.bold === b.piece.bold;
const $atomNodes = (a: Atom): LexicalNode[] => (a.run ? $runNodes(a.run) : $runNodes({ ids: [], pieces: [a.piece] }));
/** an unmarked text node that can show this piece by changing its text alone */
const reusable = (node: LexicalNode | undefined, a: Atom | undefined): node is TextNode =>
  !!node && !!a?.piece && $isTextNode(node) && node.hasFormat('bold') === a.piece.bold;

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
    // children both share at the start and at the end stay as they are — their DOM, and the
    // browser's layout of their text; between them, an unmarked text at either edge keeps its node
    // and only its text changes (a coding in plain text: one text shortened, the mark and the rest
    // after it added — not the text node and the speaker's name taken out and built again)
    const was = atomsOf(old),
      now = atomsOf(next);
    let head = 0;
    while (head < was.length && head < now.length && sameAtom(was[head]!, now[head]!)) head++;
    let tail = 0;
    while (
      tail < was.length - head &&
      tail < now.length - head &&
      sameAtom(was[was.length - 1 - tail]!, now[now.length - 1 - tail]!)
    )
      tail++;
    const gone = children.slice(head, children.length - tail),
      fresh = now.slice(head, now.length - tail);
    const first = reusable(gone[0], fresh[0]) ? gone[0] : null;
    const lastAt = gone.length - 1,
      freshLast = fresh.length - 1;
    const last = lastAt > 0 && freshLast > 0 && reusable(gone[lastAt], fresh[freshLast]) ? gone[lastAt] : null;
    if (first) first.setTextContent(fresh[0]!.piece!.text);
    if (last) last.setTextContent(fresh[freshLast]!.piece!.text);
    for (const c of gone.slice(first ? 1 : 0, last ? lastAt : gone.length)) c.remove();
    const added = fresh.slice(first ? 1 : 0, last ? freshLast : fresh.length).flatMap($atomNodes);
    if (!added.length) continue;
    const anchor = first ?? (head > 0 ? children[head - 1]! : null);
    if (anchor) {
      let at: LexicalNode = anchor;
      for (const n of added) {
        at.insertAfter(n);
        at = n;
      }
    } else {
      const before = last ?? children[children.length - tail];
      if (before) for (const n of added) before.insertBefore(n);
      else node.append(...added);
    }
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
