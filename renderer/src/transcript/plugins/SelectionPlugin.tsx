/**
 * Selection: text selected in the transcript — with the mouse, or with the caret and Shift+arrow
 * keys — is reported as stored-text offsets (coalesced per animation frame while a mouse drags);
 * the passage about to be coded is drawn with the CSS Custom Highlight API (no DOM changes).
 *
 * The transcript takes a caret when the keyboard is used in it (focused with Tab, or an arrow key
 * pressed in it): the editor is made editable so the browser gives it one, and every change to the
 * text is refused here while it is not being corrected (`beforeinput` cancelled; a composition,
 * which cannot be cancelled, is undone by rebuilding from the stored text). Read-only again when the
 * focus leaves: an editable root makes every change to the page cost the browser a little more.
 */
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { mergeRegister, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { domRangeToOffsets, offsetsToDomRange } from '../domMapping';
import { onCaretRequest } from '../caret';
import type { TextRange } from '../offsets';

const PENDING = 'cmo-pending';
/** keys that move a caret: pressed in the transcript, it takes one */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether the selection is one the transcript should act on (inside or touching it). */
export function selectionRange(editor: LexicalEditor): Range | null | 'collapsed' {
  const sel = document.getSelection();
  const root = editor.getRootElement();
  if (!sel || !root || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  if (sel.isCollapsed) return root.contains(range.startContainer) ? 'collapsed' : null;
  return range;
}

/** Adds a listener on the editor's root element (moved along if the root changes); returns its removal. */
export function onRoot<K extends keyof HTMLElementEventMap>(
  editor: LexicalEditor,
  type: K,
  listener: (e: HTMLElementEventMap[K]) => void,
  capture = false,
): () => void {
  let current: HTMLElement | null = null;
  const stop = editor.registerRootListener((root, prev) => {
    prev?.removeEventListener(type, listener, capture);
    root?.addEventListener(type, listener, capture);
    current = root;
  });
  return () => {
    stop();
    current?.removeEventListener(type, listener, capture);
  };
}

interface Props {
  /** the passage about to be coded (already snapped to words) */
  pending: TextRange | null;
  starts: number[];
  /** changes with the content: the passage about to be coded is drawn again over it */
  version: unknown;
  editing: boolean;
  onSelectText: (range: TextRange | null) => void;
  /** the text changed while it was not being corrected (an input method): it is rebuilt */
  onTextChanged: () => void;
}

/** with no passage about to be coded, another content is nothing to draw: not rendered for it (every coding action) */
const sameUnlessPending = (a: Props, b: Props) =>
  a.pending === b.pending &&
  a.starts === b.starts &&
  a.editing === b.editing &&
  a.onSelectText === b.onSelectText &&
  a.onTextChanged === b.onTextChanged &&
  (a.version === b.version || b.pending === null);

export const SelectionPlugin = memo(function SelectionPlugin({
  pending,
  starts,
  version,
  editing,
  onSelectText,
  onTextChanged,
}: Props) {
  const [editor] = useLexicalComposerContext();
  const live = useRef({ starts, editing, onSelectText, onTextChanged });
  live.current = { starts, editing, onSelectText, onTextChanged };

  // read-only with a caret: no change to the text gets through
  useEffect(() => {
    if (editing) return;
    const caretOn = () => {
      const root = editor.getRootElement();
      if (editor.isEditable() || !root) return;
      editor.setEditable(true);
      root.contentEditable = 'true'; // now, for the key being pressed (React writes the same when it renders)
      // no caret in the transcript yet: one at the first line in view
      const sel = document.getSelection();
      if (sel && !(sel.rangeCount && root.contains(sel.getRangeAt(0).startContainer))) {
        const r = root.getBoundingClientRect();
        const top = Math.max(r.top, root.closest('.transcript-scroll')?.getBoundingClientRect().top ?? 0);
        const at = document.caretRangeFromPoint?.(r.left + 8, top + 8);
        if (at && root.contains(at.startContainer)) {
          sel.removeAllRanges();
          sel.addRange(at);
        }
      }
    };
    return mergeRegister(
      onRoot(editor, 'beforeinput', (e) => e.preventDefault(), true),
      onRoot(editor, 'input', () => live.current.onTextChanged()),
      onRoot(editor, 'focus', (e) => {
        if (e.target instanceof HTMLElement && e.target.matches(':focus-visible')) caretOn();
      }),
      onRoot(editor, 'keydown', (e) => {
        if (CARET_KEYS.has(e.key) && !e.altKey) caretOn();
      }),
      onRoot(editor, 'blur', () => {
        if (!live.current.editing) editor.setEditable(false);
      }),
      () => editor.setEditable(false),
    );
  }, [editor, editing]);

  // the caret asked for from outside (after a passage selected with the keyboard is coded)
  useEffect(
    () =>
      onCaretRequest((offset) => {
        const root = editor.getRootElement();
        const range = offsetsToDomRange(editor, { start: offset, end: offset }, live.current.starts);
        if (!root || !range) return;
        editor.setEditable(true);
        root.focus({ preventScroll: true });
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }),
    [editor],
  );

  // the passage about to be coded
  useLayoutEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = pending && !editing ? offsetsToDomRange(editor, pending, starts) : null;
    if (range) CSS.highlights.set(PENDING, new Highlight(range));
    else CSS.highlights.delete(PENDING);
    return () => {
      CSS.highlights.delete(PENDING);
    };
  }, [editor, pending, starts, version, editing]);

  // text selections → offsets; not while editing
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      // no selection at all (the app just removed it, e.g. after coding): nothing to report, and
      // asking for a frame would make the browser run one for nothing
      if (!document.getSelection()?.rangeCount) return;
      frame = requestAnimationFrame(() => {
        if (live.current.editing) return;
        const r = selectionRange(editor);
        if (r === null) return;
        if (r === 'collapsed') live.current.onSelectText(null);
        else live.current.onSelectText(domRangeToOffsets(editor, r, live.current.starts));
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [editor]);
  return null;
}, sameUnlessPending);
