/**
 * The read-only transcript (Lexical): one paragraph per stored line, coded passages as
 * MarkNodes carrying segment ids. Reports text selections as stored-text offsets and clicks
 * on highlights as the covering segment ids; draws the passage about to be coded.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { $getNodeByKey, type EditorThemeClasses, type LexicalEditor } from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SourceDetail } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import { $buildTranscript } from './buildTranscript';
import { domRangeToOffsets, offsetsToDomRange } from './domMapping';
import { layoutTranscript } from './layout';
import { decorateMark, markSelected } from './markDecor';
import { lineStarts, splitLines, type TextRange } from './offsets';

export interface ScrollTarget { segmentId: string; nonce: number }

export interface TranscriptProps {
  detail: SourceDetail;
  selected: string | null;
  /** the passage about to be coded (already snapped to words) */
  pending: TextRange | null;
  onSelectText: (range: TextRange | null) => void;
  onClickSegments: (ids: string[]) => void;
  scrollTarget: ScrollTarget | null;
  onError: (e: unknown) => void;
}

const THEME = {
  paragraph: 'tx-line',
  mark: 'cmo-mark',
  markOverlap: 'cmo-mark-overlap',
  text: { bold: 'tx-speaker' },
} satisfies EditorThemeClasses;

const PENDING = 'cmo-pending';

export function TranscriptView(props: TranscriptProps) {
  const onError = useRef(props.onError);
  onError.current = props.onError;
  const initialConfig = useMemo(() => ({
    namespace: 'cmo-transcript',
    editable: false,
    nodes: [MarkNode],
    theme: THEME,
    onError: (e: Error) => onError.current(e),
  }), []);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ContentEditable className="transcript-text" aria-label="Transskription" aria-readonly="true" />
      <TranscriptSync {...props} />
    </LexicalComposer>
  );
}

/** Whether the selection is one the transcript should act on (inside or touching it). */
function selectionRange(editor: LexicalEditor): Range | null | 'collapsed' {
  const sel = document.getSelection();
  const root = editor.getRootElement();
  if (!sel || !root || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  if (sel.isCollapsed) return root.contains(range.startContainer) ? 'collapsed' : null;
  return range;
}

function TranscriptSync({ detail, selected, pending, onSelectText, onClickSegments, scrollTarget }: TranscriptProps) {
  const [editor] = useLexicalComposerContext();
  const text = detail.source.text;
  const lines = useMemo(() => layoutTranscript(text, detail.segments, detail.source.turns), [text, detail.segments, detail.source.turns]);
  const starts = useMemo(() => lineStarts(splitLines(text)), [text]);
  const byId = useMemo(() => new Map<string, Segment>(detail.segments.map((s) => [s.id, s])), [detail.segments]);

  const live = useRef({ byId, selected, starts, onSelectText, onClickSegments });
  live.current = { byId, selected, starts, onSelectText, onClickSegments };

  // every mark Lexical renders gets its colours, ids and tooltip
  useEffect(() => editor.registerMutationListener(MarkNode, (mutations) => {
    editor.getEditorState().read(() => {
      for (const [key, what] of mutations) {
        if (what === 'destroyed') continue;
        const node = $getNodeByKey(key);
        const el = editor.getElementByKey(key);
        if ($isMarkNode(node) && el) decorateMark(el, node.getIDs(), live.current.byId, live.current.selected);
      }
    });
  }), [editor]);

  useLayoutEffect(() => {
    editor.update(() => $buildTranscript(lines), { discrete: true, tag: 'history-merge' });
  }, [editor, lines]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (root) markSelected(root, selected);
  }, [editor, selected, lines]);

  // the passage about to be coded, drawn with the CSS Custom Highlight API (no DOM changes)
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = pending ? offsetsToDomRange(editor, pending, starts) : null;
    if (range) CSS.highlights.set(PENDING, new Highlight(range));
    else CSS.highlights.delete(PENDING);
    return () => { CSS.highlights.delete(PENDING); };
  }, [editor, pending, starts, lines]);

  // text selections → offsets (coalesced per animation frame while the mouse drags)
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const r = selectionRange(editor);
        if (r === null) return;
        if (r === 'collapsed') { live.current.onSelectText(null); return; }
        live.current.onSelectText(domRangeToOffsets(editor, r, live.current.starts));
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => { cancelAnimationFrame(frame); document.removeEventListener('selectionchange', onChange); };
  }, [editor]);

  // a click (not a drag) on a highlight picks its segments; on plain text it clears the choice
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (selectionRange(editor) instanceof Range) return;
      const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-segment-ids]') : null;
      live.current.onClickSegments(mark?.dataset.segmentIds ? mark.dataset.segmentIds.split(' ') : []);
    };
    let current: HTMLElement | null = null;
    const stop = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
      current = root;
    });
    return () => { stop(); current?.removeEventListener('click', onClick); };
  }, [editor]);

  // jump to a segment asked for from the matrix or the quotes
  const scrolled = useRef(0);
  useEffect(() => {
    const root = editor.getRootElement();
    if (!scrollTarget || scrolled.current === scrollTarget.nonce || !root || !byId.has(scrollTarget.segmentId)) return;
    const mark = root.querySelector<HTMLElement>(`mark[data-segment-ids~="${CSS.escape(scrollTarget.segmentId)}"]`);
    if (!mark) return;
    scrolled.current = scrollTarget.nonce;
    mark.scrollIntoView({ block: 'center' });
    for (const m of root.querySelectorAll<HTMLElement>(`mark[data-segment-ids~="${CSS.escape(scrollTarget.segmentId)}"]`)) {
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }
  }, [editor, scrollTarget, byId, lines]);

  return null;
}
