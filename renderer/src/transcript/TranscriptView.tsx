/**
 * The transcript (Lexical): one paragraph per stored line, coded passages as MarkNodes carrying
 * segment ids, coding stripes in the margin. Read-only by default: reports text selections as
 * stored-text offsets and clicks on highlights as the covering segment ids, shows a segment's
 * details on hover, draws the passage about to be coded. In edit mode the same editor becomes
 * editable plain text (the highlights stay in view while correcting) and nothing is synced in.
 *
 * Speed: a coding action changes a few lines, so only the paragraphs whose runs changed are
 * rebuilt; paragraphs off screen are not laid out (`content-visibility: auto` in
 * transcript.css); marks are coloured by data attributes, not inline styles.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type MutableRefObject } from 'react';
import { $getNodeByKey, $getRoot, type EditorThemeClasses, type LexicalEditor, type NodeKey } from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SourceDetail } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import { $buildTranscript, $patchTranscript, lineSignature } from './buildTranscript';
import { domRangeToOffsets, offsetsToDomRange } from './domMapping';
import { relayout, type Laid } from './layout';
import { decorateMark, markSelected } from './markDecor';
import { lineStarts, splitLines, type TextRange } from './offsets';
import type { HoverStore } from './SegmentPopover';
import { BoundaryHandles } from './BoundaryHandles';
import { Stripes } from './Stripes';
import type { StripeLayout } from './stripes';
import { labelsByLine } from './turns';

export interface ScrollTarget {
  segmentId: string;
  nonce: number;
}

export interface TranscriptProps {
  detail: SourceDetail;
  selected: string | null;
  /** the passage about to be coded (already snapped to words) */
  pending: TextRange | null;
  onSelectText: (range: TextRange | null) => void;
  onClickSegments: (ids: string[]) => void;
  scrollTarget: ScrollTarget | null;
  onError: (e: unknown) => void;
  /** a boundary of the selected coding dragged (or moved by a word) to a new range */
  onMoveBoundary: (id: string, range: TextRange) => Promise<unknown>;
}

/** What the pane adds: edit mode, hover details, stripes and speaker labels. */
export interface ViewExtras {
  editing: boolean;
  /** set while mounted: the edited text, and a jump to a segment */
  control: MutableRefObject<TranscriptControl | null>;
  hover: HoverStore;
  /** the segments by id (the pane builds it once for the view, the hover card and the marks) */
  byId: ReadonlyMap<string, Segment>;
  stripes: StripeLayout;
  /** turn start offset → who speaks (role, time) */
  turnLabels: ReadonlyMap<number, string>;
  /** segments in the interviewer's speech or with no participant: marked, not an interviewee's evidence */
  unattributed?: ReadonlySet<string>;
  kindName: (k: string) => string;
  ariaLabel: string;
}

export interface TranscriptControl {
  text(): string;
  jump(segmentId: string): void;
}

const THEME = {
  paragraph: 'tx-line',
  mark: 'cmo-mark',
  markOverlap: 'cmo-mark-overlap',
  text: { bold: 'tx-speaker' },
} satisfies EditorThemeClasses;

const PENDING = 'cmo-pending';

export const TranscriptView = memo(function TranscriptView(props: TranscriptProps & ViewExtras) {
  const onError = useRef(props.onError);
  onError.current = props.onError;
  const initialConfig = useMemo(
    () => ({
      namespace: 'cmo-transcript',
      editable: false,
      nodes: [MarkNode],
      theme: THEME,
      onError: (e: Error) => onError.current(e),
    }),
    [],
  );
  const text = props.detail.source.text;
  const starts = useMemo(() => lineStarts(splitLines(text)), [text]);
  const selectedSegment = useMemo(
    () => props.detail.segments.find((s) => s.id === props.selected) ?? null,
    [props.detail.segments, props.selected],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className={`tx-body${props.stripes.lanes.length ? ' has-stripes' : ''}${props.editing ? ' is-editing' : ''}`}
      >
        <ContentEditable
          className="transcript-text"
          aria-label={props.ariaLabel}
          aria-readonly={!props.editing}
          spellCheck={props.editing}
        />
        {!props.editing && (
          <Stripes
            layout={props.stripes}
            starts={starts}
            textLength={text.length}
            selected={props.selected}
            onClickSegments={props.onClickSegments}
            hover={props.hover}
            kindName={props.kindName}
          />
        )}
        {!props.editing && (
          <BoundaryHandles
            segment={selectedSegment}
            text={text}
            starts={starts}
            version={props.detail.segments}
            onMove={props.onMoveBoundary}
          />
        )}
      </div>
      <TranscriptSync {...props} starts={starts} />
    </LexicalComposer>
  );
});

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

/** The stored text as the editor now holds it: paragraphs joined by `\n` (a typed line break is a `\n` too). */
function $editedText(): string {
  return $getRoot()
    .getChildren()
    .map((p) => p.getTextContent())
    .join('\n');
}

function TranscriptSync({
  detail,
  selected,
  pending,
  onSelectText,
  onClickSegments,
  scrollTarget,
  editing,
  control,
  hover,
  byId,
  unattributed,
  turnLabels: byOffset,
  starts,
}: TranscriptProps & ViewExtras & { starts: number[] }) {
  const [editor] = useLexicalComposerContext();
  const turnLabels = useMemo(() => labelsByLine(byOffset, starts), [byOffset, starts]);
  const text = detail.source.text;
  const segments = detail.segments;
  const turns = detail.source.turns;

  const live = useRef({ byId, selected, starts, onSelectText, onClickSegments, editing, unattributed });
  live.current = { byId, selected, starts, onSelectText, onClickSegments, editing, unattributed };

  // what is in the editor now: the layout it was built from, each line's signature and paragraph key
  const shown = useRef<{ laid: Laid; sigs: string[]; keys: NodeKey[]; labels: ReadonlyMap<number, string> } | null>(
    null,
  );

  // every mark Lexical renders gets its ids and kinds as data attributes (registered before the first build)
  useLayoutEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, what] of mutations) {
            if (what === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const el = editor.getElementByKey(key);
            if ($isMarkNode(node) && el)
              decorateMark(el, node.getIDs(), live.current.byId, live.current.selected, live.current.unattributed);
          }
        });
      }),
    [editor],
  );

  // the data → the editor: the whole transcript when the text changed, otherwise only the lines
  // the changed segments touch, and of those only the ones that now look different
  useLayoutEffect(() => {
    if (editing) {
      shown.current = null;
      return;
    } // after editing, everything is rebuilt from the stored text
    // what a mark's look depends on: its segments' kinds and review flags
    const kindOf = (id: string) => {
      const s = byId.get(id);
      return s ? `${s.kind ?? '-'}${s.needsReview ? '!' : ''}${unattributed?.has(id) ? '~' : ''}` : '?';
    };
    const before = shown.current;
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
        editor.update(
          () => {
            ok = $patchTranscript(before.laid.lines, laid.lines, changed, before.keys);
          },
          { discrete: true, tag: 'history-merge' },
        );
      if (ok) {
        shown.current = { laid, sigs, keys: before.keys, labels: before.labels };
        applyTurnLabels(editor, shown.current, turnLabels);
        return;
      }
    }
    let keys: NodeKey[] = [];
    editor.update(
      () => {
        keys = $buildTranscript(laid.lines);
      },
      { discrete: true, tag: 'history-merge' },
    );
    shown.current = { laid, sigs: laid.lines.map((l) => lineSignature(l, kindOf)), keys, labels: new Map() };
    applyTurnLabels(editor, shown.current, turnLabels);
  }, [editor, segments, text, turns, byId, editing, turnLabels, unattributed]);

  // before paint, in the same frame as the marks it outlines
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (root && !editing) markSelected(root, selected);
  }, [editor, selected, segments, editing]);

  // edit mode: editable plain text with its own undo (Ctrl+Z while typing); leaving it rebuilds from the data
  useEffect(() => {
    if (!editing) return;
    document.getSelection()?.removeAllRanges();
    hover.set(null);
    editor.setEditable(true);
    const stop = [registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300)];
    return () => {
      for (const f of stop) f();
      editor.setEditable(false);
    };
  }, [editor, editing, hover]);

  useEffect(() => {
    control.current = {
      text: () => editor.getEditorState().read($editedText),
      jump: (id) => scrollToSegment(editor, id),
    };
    return () => {
      control.current = null;
    };
  }, [editor, control]);

  // the passage about to be coded, drawn with the CSS Custom Highlight API (no DOM changes)
  useLayoutEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = pending && !editing ? offsetsToDomRange(editor, pending, starts) : null;
    if (range) CSS.highlights.set(PENDING, new Highlight(range));
    else CSS.highlights.delete(PENDING);
    return () => {
      CSS.highlights.delete(PENDING);
    };
  }, [editor, pending, starts, segments, editing]);

  // text selections → offsets (coalesced per animation frame while the mouse drags); not while editing
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
        if (r === 'collapsed') {
          live.current.onSelectText(null);
          return;
        }
        live.current.onSelectText(domRangeToOffsets(editor, r, live.current.starts));
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [editor]);

  // a click (not a drag) on a highlight picks its segments; on plain text it clears the choice.
  // Resting on a highlight shows its details (built then, from the segments as they are now).
  useEffect(() => {
    let timer = 0;
    let overMark: HTMLElement | null = null;
    const onClick = (e: MouseEvent) => {
      if (live.current.editing || selectionRange(editor) instanceof Range) return;
      const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-segment-ids]') : null;
      live.current.onClickSegments(mark?.dataset.segmentIds ? mark.dataset.segmentIds.split(' ') : []);
    };
    const onOver = (e: MouseEvent) => {
      if (live.current.editing) return;
      const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-segment-ids]') : null;
      if (mark === overMark) return;
      overMark = mark;
      clearTimeout(timer);
      if (!mark) {
        timer = window.setTimeout(() => hover.set(null), 120);
        return;
      }
      const x = e.clientX,
        y = e.clientY;
      timer = window.setTimeout(() => {
        const ids = (mark.dataset.segmentIds ?? '').split(' ').filter(Boolean);
        const line =
          [...mark.getClientRects()].find((r) => y >= r.top - 1 && y <= r.bottom + 1) ?? mark.getBoundingClientRect();
        hover.set(ids.length ? { ids, x, top: line.top, bottom: line.bottom, from: 'mark' } : null);
      }, 160);
    };
    const onLeave = () => {
      overMark = null;
      clearTimeout(timer);
      timer = window.setTimeout(() => hover.set(null), 120);
    };
    let current: HTMLElement | null = null;
    const stop = editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('click', onClick);
      prev?.removeEventListener('mouseover', onOver);
      prev?.removeEventListener('mouseleave', onLeave);
      root?.addEventListener('click', onClick);
      root?.addEventListener('mouseover', onOver);
      root?.addEventListener('mouseleave', onLeave);
      current = root;
    });
    return () => {
      clearTimeout(timer);
      stop();
      current?.removeEventListener('click', onClick);
      current?.removeEventListener('mouseover', onOver);
      current?.removeEventListener('mouseleave', onLeave);
    };
  }, [editor, hover]);

  // jump to a segment asked for from the matrix or the quotes
  const scrolled = useRef(0);
  useEffect(() => {
    if (!scrollTarget || scrolled.current === scrollTarget.nonce || !byId.has(scrollTarget.segmentId)) return;
    if (scrollToSegment(editor, scrollTarget.segmentId)) scrolled.current = scrollTarget.nonce;
  }, [editor, scrollTarget, byId, segments]);

  return null;
}

/** Scrolls a segment's first mark into the middle and flashes its marks; false when not shown. */
function scrollToSegment(editor: LexicalEditor, id: string): boolean {
  const root = editor.getRootElement();
  if (!root) return false;
  const sel = `mark[data-segment-ids~="${CSS.escape(id)}"]`;
  const mark = root.querySelector<HTMLElement>(sel);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  // paragraphs above may only now get their real height: settle once more on the next frame
  requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  for (const m of root.querySelectorAll<HTMLElement>(sel)) {
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  }
  return true;
}

/** Speaker labels (role, time) go on the turn's paragraph as a data attribute, drawn by CSS; only differences are written. */
function applyTurnLabels(
  editor: LexicalEditor,
  shown: { keys: NodeKey[]; labels: ReadonlyMap<number, string> },
  labels: ReadonlyMap<number, string>,
): void {
  if (shown.labels === labels) return;
  for (const [i] of shown.labels)
    if (!labels.has(i)) {
      const el = editor.getElementByKey(shown.keys[i] ?? '');
      if (el) delete el.dataset.who;
    }
  for (const [i, label] of labels) {
    if (shown.labels.get(i) === label) continue;
    const el = editor.getElementByKey(shown.keys[i] ?? '');
    if (el) el.dataset.who = label;
  }
  shown.labels = labels;
}
