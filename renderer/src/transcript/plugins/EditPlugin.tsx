/**
 * Correcting the text: while editing, the transcript is plain text with its own undo (Ctrl+Z while
 * typing); leaving it rebuilds from the data (ContentPlugin).
 */
import { memo, useEffect } from 'react';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { HoverStore } from '../SegmentPopover';

export const EditPlugin = memo(function EditPlugin({ editing, hover }: { editing: boolean; hover: HoverStore }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editing) return;
    document.getSelection()?.removeAllRanges();
    hover.set(null);
    editor.setEditable(true);
    return mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300), () =>
      editor.setEditable(false),
    );
  }, [editor, editing, hover]);
  return null;
});
