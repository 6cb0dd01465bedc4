/**
 * Turns and speakers: who speaks (role, time) goes on the turn's paragraph as a data attribute,
 * drawn by CSS; only differences are written. Told by ContentPlugin when it rebuilt the paragraphs
 * (in its layout effect), so a rebuilt transcript gets its labels before paint; a coding action,
 * which keeps the paragraphs, does not render this plugin at all.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { labelsByLine } from '../turns';
import type { ViewState } from './ContentPlugin';

export const TurnLabelsPlugin = memo(function TurnLabelsPlugin({
  byOffset,
  starts,
  view,
}: {
  /** turn start offset → who speaks */
  byOffset: ReadonlyMap<number, string>;
  starts: number[];
  view: ViewState;
}) {
  const [editor] = useLexicalComposerContext();
  const labels = useMemo(() => labelsByLine(byOffset, starts), [byOffset, starts]);
  const applied = useRef<{ keys: NodeKey[] | null; labels: ReadonlyMap<number, string> }>({
    keys: null,
    labels: new Map(),
  });
  const live = useRef(labels);
  live.current = labels;
  const apply = useCallback(() => {
    const labels = live.current;
    const keys = view.shown?.keys ?? null;
    if (!keys) {
      applied.current = { keys: null, labels: new Map() };
      return;
    }
    const was = applied.current.keys === keys ? applied.current.labels : new Map<number, string>();
    if (was === labels) return;
    for (const [i] of was)
      if (!labels.has(i)) {
        const el = editor.getElementByKey(keys[i] ?? '');
        if (el) delete el.dataset.who;
      }
    for (const [i, label] of labels) {
      if (was.get(i) === label) continue;
      const el = editor.getElementByKey(keys[i] ?? '');
      if (el) el.dataset.who = label;
    }
    applied.current = { keys, labels };
  }, [editor, view]);
  useLayoutEffect(() => {
    view.rebuilt.add(apply);
    return () => {
      view.rebuilt.delete(apply);
    };
  }, [view, apply]);
  useLayoutEffect(apply, [apply, labels]);
  return null;
});
