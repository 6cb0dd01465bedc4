/**
 * DOM ranges in the transcript ↔ `[start, end)` offsets in the stored text. The DOM is only
 * used to find the paragraph and text node of a boundary point; the arithmetic goes through
 * the Lexical tree (paragraph index, preceding text node sizes) and the pure helpers.
 */
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { locateInNodes, offsetToLine, orderedRange, pointToOffset, type TextRange } from './offsets';

interface DomPoint {
  paragraph: Node;
  text: Text | null;
  offset: number;
  atEnd: boolean;
}

/** The ancestor of `node` that is a direct child of `root` (a paragraph), or null. */
function paragraphOf(root: HTMLElement, node: Node): Node | null {
  let n: Node | null = node;
  while (n && n.parentNode !== root) n = n.parentNode;
  return n;
}

function textNodesIn(node: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t instanceof Text) out.push(t);
  return out;
}

/** A boundary point normalised to (text node, offset) inside its paragraph. */
function normalizePoint(root: HTMLElement, container: Node, offset: number): DomPoint | null {
  if (container === root) {
    const kids = root.childNodes;
    if (!kids.length) return null;
    if (offset < kids.length) return { paragraph: kids[offset]!, text: null, offset: 0, atEnd: false };
    return { paragraph: kids[kids.length - 1]!, text: null, offset: 0, atEnd: true };
  }
  const paragraph = paragraphOf(root, container);
  if (!paragraph) return null;
  if (container instanceof Text) return { paragraph, text: container, offset, atEnd: false };
  const here = document.createRange();
  here.setStart(container, offset);
  const texts = textNodesIn(paragraph);
  const next = texts.find((t) => here.comparePoint(t, 0) >= 0);
  if (next) return { paragraph, text: next, offset: 0, atEnd: false };
  const last = texts.at(-1);
  return last
    ? { paragraph, text: last, offset: last.length, atEnd: false }
    : { paragraph, text: null, offset: 0, atEnd: true };
}

function $paragraphNode(dom: Node): ElementNode | null {
  const node = $getNearestNodeFromDOMNode(dom);
  const top = node?.getTopLevelElement() ?? null;
  return top && $isElementNode(top) ? top : $isElementNode(node) ? node : null;
}

function $offsetOf(p: DomPoint, starts: readonly number[]): number | null {
  const paragraph = $paragraphNode(p.paragraph);
  if (!paragraph) return null;
  const lineStart = starts[paragraph.getIndexWithinParent()];
  if (lineStart === undefined) return null;
  const texts = paragraph.getAllTextNodes();
  if (!p.text) return pointToOffset(lineStart, p.atEnd ? texts.map((t) => t.getTextContentSize()) : [], 0);
  const node = $getNearestNodeFromDOMNode(p.text);
  if (!$isTextNode(node)) return null;
  const index = texts.findIndex((t) => t.is(node));
  if (index < 0) return null;
  return pointToOffset(
    lineStart,
    texts.slice(0, index).map((t) => t.getTextContentSize()),
    Math.min(p.offset, node.getTextContentSize()),
  );
}

/** The part of a DOM range inside the transcript as stored-text offsets; null if none or empty. */
export function domRangeToOffsets(editor: LexicalEditor, range: Range, starts: readonly number[]): TextRange | null {
  const root = editor.getRootElement();
  if (!root || !range.intersectsNode(root)) return null;
  const r = range.cloneRange();
  const all = document.createRange();
  all.selectNodeContents(root);
  if (r.compareBoundaryPoints(Range.START_TO_START, all) < 0) r.setStart(root, 0);
  if (r.compareBoundaryPoints(Range.END_TO_END, all) > 0) r.setEnd(root, root.childNodes.length);
  if (r.collapsed) return null;
  const a = normalizePoint(root, r.startContainer, r.startOffset);
  const b = normalizePoint(root, r.endContainer, r.endOffset);
  if (!a || !b) return null;
  return editor.read(() => {
    const s = $offsetOf(a, starts),
      e = $offsetOf(b, starts);
    if (s === null || e === null || s === e) return null;
    return orderedRange(s, e);
  });
}

function $domPoint(
  editor: LexicalEditor,
  starts: readonly number[],
  offset: number,
  side: 'start' | 'end',
): [Node, number] | null {
  const { line, inLine } = offsetToLine(starts, offset);
  // the line's paragraph: the root's children are paragraphs only (not a list of them all made per call)
  const paragraph = $getRoot().getChildAtIndex(line);
  if (!$isElementNode(paragraph)) return null;
  const texts: TextNode[] = paragraph.getAllTextNodes();
  const at = locateInNodes(
    texts.map((t) => t.getTextContentSize()),
    inLine,
    side,
  );
  if (!at) {
    const el = editor.getElementByKey(paragraph.getKey());
    return el ? [el, 0] : null;
  }
  const el = editor.getElementByKey(texts[at.index]!.getKey());
  const textDom = el ? textNodesIn(el)[0] : undefined;
  return textDom ? [textDom, Math.min(at.offset, textDom.length)] : null;
}

/** A DOM range over stored-text offsets (for drawing a highlight), or null when not shown. */
export function offsetsToDomRange(editor: LexicalEditor, range: TextRange, starts: readonly number[]): Range | null {
  return editor.read(() => {
    const a = $domPoint(editor, starts, range.start, 'start');
    const b = $domPoint(editor, starts, range.end, 'end');
    if (!a || !b) return null;
    const r = document.createRange();
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
    return r;
  });
}

/** A DOM point inside the transcript (from a pointer position) as a stored-text offset, or null. */
export function domPointToOffset(
  editor: LexicalEditor,
  node: Node,
  offset: number,
  starts: readonly number[],
): number | null {
  const root = editor.getRootElement();
  if (!root || !root.contains(node)) return null;
  const p = normalizePoint(root, node, offset);
  return p ? editor.read(() => $offsetOf(p, starts)) : null;
}
