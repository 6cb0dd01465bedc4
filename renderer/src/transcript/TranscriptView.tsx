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
import { memo, useCallback, useMemo, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import type { EditorThemeClasses } from 'lexical';
import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import type { SourceDetail } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import { lineStarts, splitLines, type TextRange } from './offsets';
import type { HoverStore } from './SegmentPopover';
import { BoundaryHandles } from './BoundaryHandles';
import { Stripes } from './Stripes';
import type { StripeLayout } from './stripes';
import { ContentPlugin, createViewState } from './plugins/ContentPlugin';
import { createMarkIndex } from './plugins/markIndex';
import { EditPlugin } from './plugins/EditPlugin';
import { PointerPlugin } from './plugins/PointerPlugin';
import { ScrollPlugin, type ScrollTarget, type TranscriptControl } from './plugins/ScrollPlugin';
import { SelectionPlugin } from './plugins/SelectionPlugin';
import { TurnLabelsPlugin } from './plugins/TurnLabelsPlugin';
import { WidenKeyPlugin } from './plugins/WidenKeyPlugin';

export type { ScrollTarget, TranscriptControl };

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
  /** the researcher turned the stripes off: no room kept for them */
  stripesOff?: boolean;
  /** turn start offset → who speaks (role, time) */
  turnLabels: ReadonlyMap<number, string>;
  /** segments in the interviewer's speech or with no participant: marked, not an interviewee's evidence */
  unattributed?: ReadonlySet<string>;
  kindName: (k: string) => string;
  ariaLabel: string;
  /**
   * More plugins, inside the editor's composer (they may use its context): the slot for controls
   * on the transcript itself, such as assigning a turn's speaker.
   */
  children?: ReactNode;
}

const THEME = {
  paragraph: 'tx-line',
  mark: 'cmo-mark',
  markOverlap: 'cmo-mark-overlap',
  text: { bold: 'tx-speaker' },
} satisfies EditorThemeClasses;

/** the editable root: the same after a coding action, so not rendered again with the view */
const Editable = memo(function Editable({ label, editing }: { label: string; editing: boolean }) {
  return (
    <ContentEditable
      className="transcript-text"
      aria-label={label}
      aria-readonly={!editing}
      aria-multiline
      tabIndex={0}
      spellCheck={editing}
    />
  );
});

export const TranscriptView = memo(function TranscriptView(props: TranscriptProps & ViewExtras) {
  const onError = useRef(props.onError);
  onError.current = props.onError;
  const initialConfig = useMemo(
    () => ({
      namespace: 'cmo-transcript',
      // read-only until it is corrected, or until the keyboard is used in it: it then takes a caret
      // (SelectionPlugin), as an editable root costs every change to the page a little more
      editable: false,
      nodes: [MarkNode],
      theme: THEME,
      onError: (e: Error) => onError.current(e),
    }),
    [],
  );
  const { detail, editing, selected } = props;
  const text = detail.source.text;
  const starts = useMemo(() => lineStarts(splitLines(text)), [text]);
  const { byId } = props;
  // the segments shown, by id (the pane's map): no search of a thousand segments per coding action
  const selectedSegment = (selected !== null && byId.get(selected)) || null;
  const view = useMemo(() => createViewState(createMarkIndex()), []);
  // an input method changed the text while it was not being corrected: rebuilt from the stored text
  const [epoch, setEpoch] = useState(0);
  const rebuild = useCallback(() => setEpoch((n) => n + 1), []);
  const version = useMemo(() => [detail, epoch], [detail, epoch]);
  const shownIds = useRef(byId);
  shownIds.current = byId;
  const known = useCallback((id: string) => shownIds.current.has(id), []);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className={`tx-body${props.stripes.lanes.length ? ' has-stripes' : ''}${editing ? ' is-editing' : ''}${
          props.stripesOff ? ' stripes-off' : ''
        }`}
      >
        <Editable label={props.ariaLabel} editing={editing} />
        {!editing && (
          <Stripes
            layout={props.stripes}
            starts={starts}
            textLength={text.length}
            selected={selected}
            onClickSegments={props.onClickSegments}
            hover={props.hover}
            kindName={props.kindName}
          />
        )}
        {!editing && (
          <BoundaryHandles
            segment={selectedSegment}
            text={text}
            starts={starts}
            version={detail.segments}
            onMove={props.onMoveBoundary}
          />
        )}
      </div>
      <ContentPlugin
        detail={detail}
        byId={byId}
        selected={selected}
        unattributed={props.unattributed}
        editing={editing}
        view={view}
        epoch={epoch}
      />
      <TurnLabelsPlugin byOffset={props.turnLabels} starts={starts} view={view} />
      <SelectionPlugin
        pending={props.pending}
        starts={starts}
        version={version}
        editing={editing}
        onSelectText={props.onSelectText}
        onTextChanged={rebuild}
      />
      <WidenKeyPlugin source={detail.source} starts={starts} editing={editing} />
      <PointerPlugin editing={editing} hover={props.hover} onClickSegments={props.onClickSegments} />
      <EditPlugin editing={editing} hover={props.hover} />
      <ScrollPlugin
        scrollTarget={props.scrollTarget}
        known={known}
        version={version}
        control={props.control}
        index={view.index}
      />
      {props.children}
    </LexicalComposer>
  );
});
