/**
 * Keeping place: a jump to a segment asked for from the matrix, the quotes or the review list
 * scrolls its first mark into the middle and flashes its marks (found through the mark index);
 * the pane's control (the edited text, a jump) is set while mounted.
 */
import { memo, useEffect, useRef, type MutableRefObject } from 'react';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { marksOf, type MarkIndex } from './markIndex';

export interface ScrollTarget {
  segmentId: string;
  nonce: number;
}

export interface TranscriptControl {
  text(): string;
  jump(segmentId: string): void;
}

/** The stored text as the editor now holds it: paragraphs joined by `\n` (a typed line break is a `\n` too). */
function $editedText(): string {
  return $getRoot()
    .getChildren()
    .map((p) => p.getTextContent())
    .join('\n');
}

interface Props {
  scrollTarget: ScrollTarget | null;
  /** whether a segment is shown (the jump waits for its source to be) */
  known: (id: string) => boolean;
  /** changes with the content: a jump waiting for its segment tries again */
  version: unknown;
  control: MutableRefObject<TranscriptControl | null>;
  index: MarkIndex;
}

/** with no jump asked for, another content is nothing to this plugin: not rendered for it (every coding action) */
const sameUnlessTarget = (a: Props, b: Props) =>
  a.scrollTarget === b.scrollTarget &&
  a.known === b.known &&
  a.control === b.control &&
  a.index === b.index &&
  (a.version === b.version || b.scrollTarget === null);

export const ScrollPlugin = memo(function ScrollPlugin({ scrollTarget, known, version, control, index }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    control.current = {
      text: () => editor.getEditorState().read($editedText),
      jump: (id) => scrollToSegment(editor, index, id),
    };
    return () => {
      control.current = null;
    };
  }, [editor, control, index]);

  const scrolled = useRef(0);
  useEffect(() => {
    if (!scrollTarget || scrolled.current === scrollTarget.nonce || !known(scrollTarget.segmentId)) return;
    if (scrollToSegment(editor, index, scrollTarget.segmentId)) scrolled.current = scrollTarget.nonce;
  }, [editor, index, scrollTarget, known, version]);
  return null;
}, sameUnlessTarget);

/** Scrolls a segment's first mark into the middle and flashes its marks; false when not shown. */
function scrollToSegment(editor: LexicalEditor, index: MarkIndex, id: string): boolean {
  const marks = marksOf(editor, index, id);
  const mark = marks[0];
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  // paragraphs above may only now get their real height: settle once more on the next frame
  requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  }
  return true;
}
