/**
 * The coding session's place in the window. The session (useCodingSession) and the source it
 * codes live in `CodingProvider`, not in the window: a coding action renders the parts that show
 * it (the transcript, the panel beside it, the turn tools, the programme theory's counts) and not
 * the window, its header, its sources or its palette. Each part here reads the session from
 * context and the project from its own query, and hands plain props to a memoised view.
 */
import { createContext, memo, useContext, useLayoutEffect, useMemo, type ReactNode, type RefObject } from 'react';
import type { SourceDetail } from '../../../src/api/contract';
import { SidePanels } from '../pt/SidePanels';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { TranscriptPane } from '../transcript/TranscriptPane';
import { TurnTools, turnAtPassage } from '../transcript/TurnTools';
import { SegmentPanel } from './SegmentPanel';
import { useCodingSession, type CodingSession } from './useCodingSession';

/** What the window asks of the session from elsewhere (a source opened, a coding or passage shown). */
export type SessionHandle = Pick<CodingSession, 'clear' | 'showSegment' | 'showRange'>;

interface Coding {
  session: CodingSession;
  sourceId: string | null;
  detail: SourceDetail | undefined;
  loading: boolean;
  /** the source's text, once the source shown is the one asked for */
  text: string;
}

const CodingContext = createContext<Coding | null>(null);

function useCoding(): Coding {
  const c = useContext(CodingContext);
  if (!c) throw new Error('useCoding outside CodingProvider');
  return c;
}

export function CodingProvider({
  sourceId,
  active,
  handle,
  children,
}: {
  sourceId: string | null;
  /** the Kodning tab is shown */
  active: boolean;
  handle: RefObject<SessionHandle | null>;
  children: ReactNode;
}) {
  const tools = useApi();
  const { data: detail, loading } = useQuery('source.get', sourceId ? { id: sourceId } : null);
  const session = useCodingSession({ sourceId, detail, active, tools });
  const { clear, showSegment, showRange } = session;
  useLayoutEffect(() => {
    handle.current = { clear, showSegment, showRange };
  }, [handle, clear, showSegment, showRange]);
  const text = detail?.source.id === sourceId ? (detail?.source.text ?? '') : '';
  const value = useMemo(
    () => ({ session, sourceId, detail, loading, text }),
    [session, sourceId, detail, loading, text],
  );
  return <CodingContext.Provider value={value}>{children}</CodingContext.Provider>;
}

const MemoTranscriptPane = memo(TranscriptPane);
const MemoSegmentPanel = memo(SegmentPanel);
const MemoSidePanels = memo(SidePanels);

/** The transcript of the source being coded. */
export function CodingTranscript({ onJumpTo }: { onJumpTo: (sourceId: string, segmentId: string) => void }) {
  const { session, sourceId, detail, loading } = useCoding();
  const { data: info } = useQuery('project.info', {});
  const { report } = useApi();
  if (!info) return null;
  return (
    <MemoTranscriptPane
      info={info}
      sourceId={sourceId}
      detail={detail}
      loading={loading}
      selected={session.selected}
      pending={session.pending}
      onSelectText={session.selectText}
      onClickSegments={session.onClickSegments}
      scrollTarget={session.scrollTarget}
      onError={report}
      onMoveBoundary={session.moveBoundary}
      onJumpTo={onJumpTo}
    />
  );
}

/** Beside the transcript: the passage being coded or the coding selected, and the turn it is in. */
export function CodingBeside() {
  const { session, detail, text } = useCoding();
  const { data: info } = useQuery('project.info', {});
  const { at, pending } = session;
  const turnHere = useMemo(
    () => (info ? turnAtPassage(info, detail, at, !pending) : null),
    [info, detail, at, pending],
  );
  if (!info) return null;
  return (
    <>
      {session.panel && <MemoSegmentPanel mode={session.panel} points={info.ptPoints} text={text} />}
      {turnHere && <TurnTools {...turnHere} />}
    </>
  );
}

/** The programme theory (its counts) and the codebook, whose "+" assigns to the session's target. */
export function CodingSidePanels(props: {
  selected: string | null;
  onSelect: (pt: string | null) => void;
  onShowQuotes: (pt: string) => void;
}) {
  const { session } = useCoding();
  const { data: info } = useQuery('project.info', {});
  if (!info) return null;
  return (
    <MemoSidePanels
      name={info.programmeTheory.name}
      points={info.ptPoints}
      counts={info.segmentCountByPt}
      selected={props.selected}
      onSelect={props.onSelect}
      onShowQuotes={props.onShowQuotes}
      target={session.target}
    />
  );
}
