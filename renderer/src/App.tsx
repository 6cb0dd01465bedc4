/**
 * CMO Workbench's window: header, sources on the left, Kodning / Matrix / Citater in the
 * middle, coding and the programme theory on the right. All project data comes through the
 * typed API; after every change the views ask again by themselves (shared/revision.ts): the
 * window is not re-rendered as a whole, only the parts whose answers changed.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ProjectInfo } from '../../src/api/contract';
import {
  CodingBeside,
  CodingProvider,
  CodingSidePanels,
  CodingTranscript,
  type SessionHandle,
} from './coding/CodingArea';
import { HistoryKeys, useUndoRedo } from './history/useHistory';
import { keptPlace, useKeepPlace } from './shared/placeKept';
import { Header } from './layout/Header';
import { Sidebar, groupSources } from './layout/Sidebar';
import { TABS, Tabs, type Tab } from './layout/Tabs';
import type { MatrixSettings } from './matrix/MatrixControls';
import { MatrixView } from './matrix/MatrixView';
import { EvidenceView } from './evidence/EvidenceView';
import { CommandPalette } from './palette/CommandPalette';
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
import { refreshWith, useQuery, useQuerySelect } from './shared/useQuery';
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
// hidden, the search tab keeps its state and is not rendered again until shown
const MemoSearchView = memo(
  SearchView,
  (a, b) => (!a.active && !b.active) || (Object.keys(b) as (keyof typeof b)[]).every((k) => a[k] === b[k]),
);

/** Renders `children` with the project at a glance, following it: only this part renders again when it changes. */
function WithInfo({ children }: { children: (info: ProjectInfo) => ReactNode }) {
  const { data: info } = useQuery('project.info', {});
  return info ? children(info) : null;
}

/**
 * The window. It shows what a coding action leaves alone (its state: the tab, the source, the
 * settings of the views); the parts that change with the project follow it themselves (WithInfo,
 * the coding area, the header's history), so a coding action does not render the window.
 */
function Workbench({ errors }: { errors: ReactNode }) {
  const { t: tl } = useTranslation(layoutNs); // re-renders the window's own labels on a language switch
  // looked up once per language, not on every render of the window (i18next's t is not free)
  const labels = useMemo(() => ({ rightPanel: tl('rightPanel'), rightPanelWhere: tl('rightPanelWhere') }), [tl]);
  const tools = useApi();
  const [tab, setTab] = useState<Tab>('coding');
  const [sourceId, setSourceId] = useState<string | null>(null);
  // the project's name and file; all of it only until a source is chosen (which one to start with)
  const starting = sourceId === null;
  const shell = useQuerySelect('project.info', {}, (i) => ({ file: i.file, name: i.name, start: starting ? i : null }));
  const info = shell?.start;
  const { undo, redo } = useUndoRedo(tools.mutate);
  const [pt, setPt] = useState<string | null>(null);
  const [matrix, setMatrix] = useState<MatrixSettings>({
    rows: 'case',
    cols: 'pt',
    measure: 'segments',
    kinds: ['C', 'M', 'O'],
  });
  const [quoteFilter, setQuoteFilter] = useState<QuoteFilter>({ pt: '', caseId: '', roleId: '', kind: '' });
  const session = useRef<SessionHandle | null>(null);

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
  useKeepPlace(shell?.file, { tab, sourceId });

  const openSource = useCallback((id: string) => {
    setSourceId(id);
    session.current?.clear();
    setTab('coding');
  }, []);
  const jump = useCallback((toSource: string, segmentId: string) => {
    setSourceId(toSource);
    session.current?.showSegment(segmentId);
    setTab('coding');
  }, []);
  // a search hit: open its source with [start, end) selected, ready to code
  const showPassage = useCallback((toSource: string, start: number, end: number) => {
    setSourceId(toSource);
    session.current?.showRange({ start, end });
    setTab('coding');
  }, []);
  const showSearch = useCallback(() => setTab('search'), []);
  const showQuotes = useCallback((ptId: string) => {
    setQuoteFilter((f) => ({ ...f, pt: ptId }));
    setTab('quotes');
  }, []);

  if (!shell) {
    return (
      <div className="app loading-app">
        {errors}
        <p className="muted center">{tl('loadingProject')}</p>
      </div>
    );
  }

  return (
    <div className="app">
      <HistoryKeys undo={undo} redo={redo} />
      <MemoPalette onTab={setTab} onOpenSource={openSource} onShowPt={setPt} undo={undo} redo={redo} />
      <MemoHeader name={shell.name} file={shell.file} undo={undo} redo={redo} />
      {errors}
      <div className={`body${tab === 'coding' ? '' : ' wide-main'}`}>
        <CodingProvider sourceId={sourceId} active={tab === 'coding'} handle={session}>
          <WithInfo>{(info) => <MemoSidebar info={info} selected={sourceId} onSelect={openSource} />}</WithInfo>
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
                <CodingTranscript onJumpTo={jump} />
              </ErrorBoundary>
            </div>
            {tab === 'matrix' && (
              <div className="tab-panel" role="tabpanel" id="panel-matrix" aria-labelledby="tab-matrix">
                <ErrorBoundary where={quoted(TABS.matrix)}>
                  <WithInfo>
                    {(info) => <MatrixView info={info} settings={matrix} onSettings={setMatrix} onJump={jump} />}
                  </WithInfo>
                </ErrorBoundary>
              </div>
            )}
            {tab === 'evidence' && (
              <div className="tab-panel" role="tabpanel" id="panel-evidence" aria-labelledby="tab-evidence">
                <ErrorBoundary where={quoted(TABS.evidence)}>
                  <WithInfo>{(info) => <EvidenceView info={info} pt={pt} onPt={setPt} onJump={jump} />}</WithInfo>
                </ErrorBoundary>
              </div>
            )}
            {tab === 'quotes' && (
              <div className="tab-panel" role="tabpanel" id="panel-quotes" aria-labelledby="tab-quotes">
                <ErrorBoundary where={quoted(TABS.quotes)}>
                  <WithInfo>
                    {(info) => <QuotesView info={info} filter={quoteFilter} onFilter={setQuoteFilter} onJump={jump} />}
                  </WithInfo>
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
                <WithInfo>
                  {(info) => (
                    <MemoSearchView
                      info={info}
                      active={tab === 'search'}
                      onActivate={showSearch}
                      onOpenPassage={showPassage}
                      onOpenSegment={jump}
                      onShowPt={setPt}
                    />
                  )}
                </WithInfo>
              </ErrorBoundary>
            </div>
            {tab === 'cases' && (
              <div className="tab-panel" role="tabpanel" id="panel-cases" aria-labelledby="tab-cases">
                <ErrorBoundary where={quoted(TABS.cases)}>
                  <WithInfo>{(info) => <CasesView info={info} sourceId={sourceId} />}</WithInfo>
                </ErrorBoundary>
              </div>
            )}
            {tab === 'compare' && (
              <div className="tab-panel" role="tabpanel" id="panel-compare" aria-labelledby="tab-compare">
                <ErrorBoundary where={quoted(TABS.compare)}>
                  <WithInfo>{(info) => <CompareView info={info} onJump={jump} />}</WithInfo>
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
              <CodingBeside />
              <CodingSidePanels selected={pt} onSelect={setPt} onShowQuotes={showQuotes} />
            </ErrorBoundary>
          </aside>
        </CodingProvider>
      </div>
    </div>
  );
}
