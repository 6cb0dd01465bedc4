/**
 * S / T in the transcript: the sentence or the speaker turn at the caret (or around the selection)
 * becomes the selection, as "code all hits" widens a hit (src/cmo/widen.ts) — so a passage can be
 * chosen by keyboard in one key instead of many Shift+arrows. The selection is then reported like
 * any other (SelectionPlugin) and the coding keys go on from it.
 */
import { memo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Source } from '../../../../src/cmo/model';
import { widenRange } from '../../../../src/cmo/widen';
import { useKey } from '../../shortcuts/keymap';
import { caretInTranscript } from '../caret';
import { domPointToOffset, domRangeToOffsets, offsetsToDomRange } from '../domMapping';

export const WidenKeyPlugin = memo(function WidenKeyPlugin({
  source,
  starts,
  editing,
}: {
  source: Source;
  starts: number[];
  editing: boolean;
}) {
  const [editor] = useLexicalComposerContext();
  useKey('transcript.widen', (e) => {
    if (editing || !caretInTranscript()) return;
    const sel = document.getSelection();
    if (!sel?.rangeCount || !sel.focusNode) return;
    const range = sel.isCollapsed
      ? (() => {
          const at = domPointToOffset(editor, sel.focusNode!, sel.focusOffset, starts);
          return at === null ? null : { start: at, end: at };
        })()
      : domRangeToOffsets(editor, sel.getRangeAt(0), starts);
    if (!range) return;
    const wide = widenRange(source, range.start, range.end, e.key.toLowerCase() === 's' ? 'sentence' : 'turn');
    const dom = wide.end > wide.start ? offsetsToDomRange(editor, wide, starts) : null;
    if (!dom) return;
    e.preventDefault();
    sel.removeAllRanges();
    sel.addRange(dom);
  });
  return null;
});
