/**
 * The data → the editor: the whole transcript when the text changed, otherwise only the lines the
 * changed segments touch, and of those only the ones that now look different (a coding action
 * changes a few lines). Every mark Lexical renders gets its ids and kinds as data attributes
 * (markDecor.ts) and goes into the mark index; the selected segment's marks are outlined through it.
 */
import { useLayoutEffect, useRef } from 'react';
import { mergeRegister, type EditorUpdateOptions, type LexicalEditor, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Segment } from '../../../../src/cmo/model';
import type { SourceDetail } from '../../../../src/api/contract';
import { $buildTranscript, $patchTranscript, lineSignature } from '../buildTranscript';
import { relayout, type Laid } from '../layout';
import { decorateMark } from '../markDecor';
import { marksOf, registerMarkIndex, type MarkIndex } from './markIndex';

/** What the editor shows now: the layout it was built from, each line's signature and paragraph key. */
export interface Shown {
  laid: Laid;
  sigs: string[];
  keys: NodeKey[];
}

/**
 * What the plugins share: the mark index, what the editor shows now, and who is told when its
 * paragraphs are other ones (rebuilt, or edited) — so a plugin that writes on the paragraphs need not
 * render again with every change to the content to find out.
 */
export interface ViewState {
  index: MarkIndex;
  shown: Shown | null;
  rebuilt: Set<() => void>;
}

export const createViewState = (index: MarkIndex): ViewState => ({ index, shown: null, rebuilt: new Set() });

/** Our own updates: kept out of the undo history, and the browser's selection is left where it is. */
export const QUIET = { discrete: true, tag: ['history-merge', 'skip-dom-selection'] } satisfies EditorUpdateOptions;

export function ContentPlugin({
  detail,
  byId,
  selected,
  unattributed,
  editing,
  view,
  epoch,
}: {
  detail: SourceDetail;
  byId: ReadonlyMap<string, Segment>;
  selected: string | null;
  unattributed?: ReadonlySet<string>;
  editing: boolean;
  view: ViewState;
  /** changed: rebuilt whole from the stored text */
  epoch: number;
}) {
  const [editor] = useLexicalComposerContext();
  const text = detail.source.text;
  const segments = detail.segments;
  const turns = detail.source.turns;
  const live = useRef({ byId, selected, unattributed });
  live.current = { byId, selected, unattributed };
  const { index } = view;
  const built = useRef(epoch);

  // registered before the first build: every mark rendered is decorated and indexed
  useLayoutEffect(
    () =>
      mergeRegister(
        registerMarkIndex(editor, index, (el, ids) =>
          decorateMark(el, ids, live.current.byId, live.current.selected, live.current.unattributed),
        ),
        () => {
          index.byId.clear();
          index.idsOf.clear();
        },
      ),
    [editor, index],
  );

  useLayoutEffect(() => {
    const rebuilt = () => {
      for (const f of view.rebuilt) f();
    };
    if (editing) {
      view.shown = null; // after editing, everything is rebuilt from the stored text
      rebuilt();
      return;
    }
    // what a mark's look depends on: its segments' kinds and review flags
    const kindOf = (id: string) => {
      const s = byId.get(id);
      return s ? `${s.kind ?? '-'}${s.needsReview ? '!' : ''}${unattributed?.has(id) ? '~' : ''}` : '?';
    };
    const before = built.current === epoch ? view.shown : null;
    built.current = epoch;
    const { laid, touched } = relayout(before?.laid ?? null, text, segments, turns);
    if (before && touched) {
      const sigs = before.sigs.slice();
      const changed = touched.filter((i) => {
        const sig = lineSignature(laid.lines[i]!, kindOf);
        const differs = sig !== sigs[i];
        sigs[i] = sig;
        return differs;
      });
      let ok = true;
      if (changed.length)
        editor.update(() => {
          ok = $patchTranscript(before.laid.lines, laid.lines, changed, before.keys);
        }, QUIET);
      if (ok) {
        view.shown = { laid, sigs, keys: before.keys };
        return;
      }
    }
    let keys: NodeKey[] = [];
    editor.update(() => {
      keys = $buildTranscript(laid.lines);
    }, QUIET);
    view.shown = { laid, sigs: laid.lines.map((l) => lineSignature(l, kindOf)), keys };
    rebuilt();
  }, [editor, view, epoch, segments, text, turns, byId, editing, unattributed]);

  // before paint, in the same frame as the marks it outlines
  const outlined = useRef<HTMLElement[]>([]);
  useLayoutEffect(() => {
    if (editing) return;
    outlineSelected(editor, index, selected, outlined);
  }, [editor, index, selected, segments, editing]);

  return null;
}

/** Outlines the chosen segment's marks and unoutlines the previous ones (only those are touched). */
function outlineSelected(
  editor: LexicalEditor,
  index: MarkIndex,
  selected: string | null,
  outlined: { current: HTMLElement[] },
): void {
  const now = selected === null ? [] : marksOf(editor, index, selected);
  for (const el of outlined.current) if (!now.includes(el)) el.classList.remove('is-selected');
  // toggle, not add: add writes the class attribute again when it is there already
  for (const el of now) el.classList.toggle('is-selected', true);
  outlined.current = now;
}
