/**
 * Segment id → the keys of the MarkNodes that show it, kept by a mutation listener as the Lexical
 * playground's CommentPlugin keeps its `markNodeMap`: finding a segment's marks (to outline the
 * selected one, to scroll to one) is a map lookup, not a query over the whole transcript.
 */
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';

export interface MarkIndex {
  /** segment id → keys of its marks */
  readonly byId: Map<string, Set<NodeKey>>;
  /** mark key → the segment ids it carries (to unindex a destroyed mark) */
  readonly idsOf: Map<NodeKey, readonly string[]>;
}

export const createMarkIndex = (): MarkIndex => ({ byId: new Map(), idsOf: new Map() });

/** Keeps `index` in step with the editor's MarkNodes; `onMark` is told of every mark created or changed. */
export function registerMarkIndex(
  editor: LexicalEditor,
  index: MarkIndex,
  onMark: (el: HTMLElement, ids: readonly string[]) => void,
): () => void {
  return editor.registerMutationListener(MarkNode, (mutations) => {
    editor.getEditorState().read(() => {
      for (const [key, what] of mutations) {
        for (const id of index.idsOf.get(key) ?? []) {
          const keys = index.byId.get(id);
          keys?.delete(key);
          if (keys?.size === 0) index.byId.delete(id);
        }
        index.idsOf.delete(key);
        if (what === 'destroyed') continue;
        const node = $getNodeByKey(key);
        if (!$isMarkNode(node)) continue;
        const ids = node.getIDs();
        index.idsOf.set(key, ids);
        for (const id of ids) {
          let keys = index.byId.get(id);
          if (!keys) index.byId.set(id, (keys = new Set()));
          keys.add(key);
        }
        const el = editor.getElementByKey(key);
        if (el) onMark(el, ids);
      }
    });
  });
}

/** The elements of a segment's marks, in transcript order. */
export function marksOf(editor: LexicalEditor, index: MarkIndex, id: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const key of index.byId.get(id) ?? []) {
    const el = editor.getElementByKey(key);
    if (el) out.push(el);
  }
  return out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
