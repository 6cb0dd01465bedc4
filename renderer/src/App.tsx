/**
 * CMO Workbench's window: header, sources on the left, Kodning / Matrix / Citater in the
 * middle, coding and the programme theory on the right. All project data comes through the
 * typed API; after every change the views ask again by themselves (shared/revision.ts): the
 * window is not re-rendered as a whole, only the parts whose answers changed.
 */
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SegmentPanel } from './coding/SegmentPanel';
import { useCodingSession } from './coding/useCodingSession';
import { TurnTools, turnAtPassage } from './transcript/TurnTools';
import { useHistoryKeys } from './history/useHistory';
import { useOutsideChanges } from './shared/outsideChanges';
import { keptPlace, useKeepPlace } from './shared/placeKept';
import { Header } from './layout/Header';
import { Sidebar, groupSources } from './layout/Sidebar';
import { TABS, Tabs, type Tab } from './layout/Tabs';
import type { MatrixSettings } from './matrix/MatrixControls';
import { MatrixView } from './matrix/MatrixView';
import { EvidenceView } from './evidence/EvidenceView';
import { CommandPalette } from './palette/CommandPalette';
import { SidePanels } from './pt/SidePanels';
import { CasesView } from './cases/CasesView';
import { LogView } from './log/LogView';
import type { QuoteFilter } from './quotes/QuotesView';
import { QuotesView } from './quotes/QuotesView';
import { SearchView } from './search/SearchView';
import { ErrorBoundary } from './shared/ErrorBoundary';
import { ErrorBar, useErrors } from './shared/errors';
import { savingStore } from './shared/savingStore';
import { useTranslation } from './i18n/useTranslation';
import { ns as layoutNs } from './layout/i18n';
import { ApiContext, makeAttempt, useApi, type ApiTools, type Attempt } from './shared/useApi';
import { refreshWith, useQuery } from './shared/useQuery';
import { TranscriptPane } from './transcript/TranscriptPane';
import { quoted } from './i18n/quote';
import { CompareView } from './team/CompareView';

export function App() {
  const { errors, report, dismiss } = useErrors();
  const tools = useMemo((): ApiTools => {
    const attempt = makeAttempt(report);
    const mutate: Attempt = async (method, params) => {
      savingStore.begin();
      try {
        return await refreshWith(attempt, () => attempt(method, params));
      } finally {
        savingStore.end();
      }
    };
    return { attempt, mutate, report };
  }, [report]);
  return (
    <ApiContext.Provider value={tools}>
      <ErrorBoundary where="">
        <Workbench errors={<ErrorBar errors={errors} dismiss={dismiss} />} />
      </ErrorBoundary>
    </ApiContext.Provider>
  );
}

// the big parts of the window render again only when their props change
const MemoPalette = memo(CommandPalette);
const MemoHeader = memo(Header);
const MemoSidebar = memo(Sidebar);
const MemoTabs = memo(Tabs);
const MemoTranscriptPane = memo(TranscriptPane);
const MemoSegmentPanel = memo(SegmentPanel);
const MemoSidePanels = memo(SidePanels);
// hidden, the search tab keeps its state and is not rendered again until shown
const MemoSearchView = memo(
  SearchView,
  (a, b) => (!a.active && !b.active) || (Object.keys(b) as (keyof typeof b)[]).every((k) => a[k] === b[k]),
);

function Workbench({ errors }: { errors: ReactNode }) {
  const { t: tl } = useTranslation(layoutNs); // re-renders the window's own labels on a language switch
  // looked up once per language, not on every render of the window (i18next's t is not free)
  const labels = useMemo(() => ({ rightPanel: tl('rightPanel'), rightPanelWhere: tl('rightPanelWhere') }), [tl]);
  const tools = useApi();
  const { data: info } = useQuery('project.info', {});
  const { data: history } = useQuery('history.state', {});
  const { undo, redo } = useHistoryKeys(history, tools.mutate);
  useOutsideChanges(history);

  const [tab, setTab] = useState<Tab>('coding');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const { data: detail, loading: detailLoading } = useQuery('source.get', sourceId ? { id: sourceId } : null);
  const [pt, setPt] = useState<string | null>(null);
  const [matrix, setMatrix] = useState<MatrixSettings>({
    rows: 'case',
    cols: 'pt',
    measure: 'segments',
    kinds: ['C', 'M', 'O'],
  });
  const [quoteFilter, setQuoteFilter] = useState<QuoteFilter>({ pt: '', caseId: '', roleId: '', kind: '' });
  const session = useCodingSession({ sourceId, detail, active: tab === 'coding', tools });
  const { clear, showSegment, showRange } = session;

  // once the project is known: back where the window was (tab and source), else its first source
  useEffect(() => {
    if (info && sourceId === null) {
      const kept = keptPlace(info.file);
      if (kept.tab && Object.hasOwn(TABS, kept.tab)) setTab(kept.tab as Tab);
      const known = kept.sourceId && info.sourceList.some((s) => s.id === kept.sourceId) ? kept.sourceId : null;
      const first = known ?? groupSources(info)[0]?.sources[0]?.id;
      if (first) setSourceId(first);
    }
  }, [info, sourceId]);
  useKeepPlace(info?.file, { tab, sourceId });

  const text = detail?.source.id === sourceId ? (detail?.source.text ?? '') : '';
  const openSource = useCallback(
    (id: string) => {
      setSourceId(id);
      clear();
      setTab('coding');
    },
    [clear],
  );
  const jump = useCallback(
    (toSource: string, segmentId: string) => {
      setSourceId(toSource);
      showSegment(segmentId);
      setTab('coding');
    },
    [showSegment],
  );
  // a search hit: open its source with [start, end) selected, ready to code
  const showPassage = useCallback(
    (toSource: string, start: number, end: number) => {
      setSourceId(toSource);
      showRange({ start, end });
      setTab('coding');
    },
    [showRange],
  );
  const showSearch = useCallback(() => setTab('search'), []);
  const showQuotes = useCallback((ptId: string) => {
    setQuoteFilter((f) => ({ ...f, pt: ptId }));
    setTab('quotes');
  }, []);
  const { at, pending } = session;
  const turnHere = useMemo(
    () => (info ? turnAtPassage(info, detail, at, !pending) : null),
    [info, detail, at, pending],
  );

  if (!info) {
    return (
      <div className="app loading-app">
        {errors}
        <p className="muted center">{tl('loadingProject')}</p>
      </div>
    );
  }

  return (
    <div className="app">
      <MemoPalette
        info={info}
        history={history}
        onTab={setTab}
        onOpenSource={openSource}
        onShowPt={setPt}
        undo={undo}
        redo={redo}
      />
      <MemoHeader name={info.name} file={info.file} history={history} undo={undo} redo={redo} />
      {errors}
      <div className={`body${tab === 'coding' ? '' : ' wide-main'}`}>
        <MemoSidebar info={info} selected={sourceId} onSelect={openSource} />
        <main className="main">
          <MemoTabs tab={tab} onTab={setTab} />
          {/* the transcript stays mounted while another tab is shown, so it keeps its scroll position */}
          <div
            className="tab-panel"
            role="tabpanel"
            id="panel-coding"
            aria-labelledby="tab-coding"
            hidden={tab !== 'coding'}
          >
            <ErrorBoundary where={quoted(TABS.coding)}>
              <MemoTranscriptPane
                info={info}
                sourceId={sourceId}
                detail={detail}
                loading={detailLoading}
                selected={session.selected}
                pending={session.pending}
                onSelectText={session.selectText}
                onClickSegments={session.onClickSegments}
                scrollTarget={session.scrollTarget}
                onError={tools.report}
                onMoveBoundary={session.moveBoundary}
                onJumpTo={jump}
              />
            </ErrorBoundary>
          </div>
          {tab === 'matrix' && (
            <div className="tab-panel" role="tabpanel" id="panel-matrix" aria-labelledby="tab-matrix">
              <ErrorBoundary where={quoted(TABS.matrix)}>
                <MatrixView info={info} settings={matrix} onSettings={setMatrix} onJump={jump} />
              </ErrorBoundary>
            </div>
          )}
          {tab === 'evidence' && (
            <div className="tab-panel" role="tabpanel" id="panel-evidence" aria-labelledby="tab-evidence">
              <ErrorBoundary where={quoted(TABS.evidence)}>
                <EvidenceView info={info} pt={pt} onPt={setPt} onJump={jump} />
              </ErrorBoundary>
            </div>
          )}
          {tab === 'quotes' && (
            <div className="tab-panel" role="tabpanel" id="panel-quotes" aria-labelledby="tab-quotes">
              <ErrorBoundary where={quoted(TABS.quotes)}>
                <QuotesView info={info} filter={quoteFilter} onFilter={setQuoteFilter} onJump={jump} />
              </ErrorBoundary>
            </div>
          )}
          <div
            className="tab-panel"
            role="tabpanel"
            id="panel-search"
            aria-labelledby="tab-search"
            hidden={tab !== 'search'}
          >
            <ErrorBoundary where={quoted(TABS.search)}>
              <MemoSearchView
                info={info}
                active={tab === 'search'}
                onActivate={showSearch}
                onOpenPassage={showPassage}
                onOpenSegment={jump}
                onShowPt={setPt}
              />
            </ErrorBoundary>
          </div>
          {tab === 'cases' && (
            <div className="tab-panel" role="tabpanel" id="panel-cases" aria-labelledby="tab-cases">
              <ErrorBoundary where={quoted(TABS.cases)}>
                <CasesView info={info} sourceId={sourceId} />
              </ErrorBoundary>
            </div>
          )}
          {tab === 'compare' && (
            <div className="tab-panel" role="tabpanel" id="panel-compare" aria-labelledby="tab-compare">
              <ErrorBoundary where={quoted(TABS.compare)}>
                <CompareView info={info} onJump={jump} />
              </ErrorBoundary>
            </div>
          )}
          {tab === 'log' && (
            <div className="tab-panel" role="tabpanel" id="panel-log" aria-labelledby="tab-log">
              <ErrorBoundary where={quoted(TABS.log)}>
                <LogView />
              </ErrorBoundary>
            </div>
          )}
        </main>
        <aside className="right" aria-label={labels.rightPanel}>
          <ErrorBoundary where={labels.rightPanelWhere}>
            {session.panel && <MemoSegmentPanel mode={session.panel} points={info.ptPoints} text={text} />}
            {turnHere && <TurnTools {...turnHere} />}
            <MemoSidePanels
              name={info.programmeTheory.name}
              points={info.ptPoints}
              counts={info.segmentCountByPt}
              selected={pt}
              onSelect={setPt}
              onShowQuotes={showQuotes}
              target={session.target}
            />
          </ErrorBoundary>
        </aside>
      </div>
    </div>
  );
}
