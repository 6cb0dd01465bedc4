/**
 * CMO Workbench's window: header, sources on the left, Kodning / Matrix / Citater in the
 * middle, coding and the programme theory on the right. All project data comes through the
 * typed API; after every change the views ask again by themselves (shared/revision.ts): the
 * window is not re-rendered as a whole, only the parts whose answers changed.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Segment } from '../../src/cmo/model';
import { snapToWords } from '../../src/cmo/text';
import type { Draft } from './coding/CodingPanel';
import type { Patch } from './coding/SegmentDetails';
import { SegmentPanel, type PanelMode } from './coding/SegmentPanel';
import { TurnTools, turnAtPassage } from './transcript/TurnTools';
import { useHistoryKeys } from './history/useHistory';
import { useOutsideChanges } from './shared/outsideChanges';
import { keptPlace, useKeepPlace, useWarnBeforeUnload } from './shared/placeKept';
import { Header } from './layout/Header';
import { Sidebar, groupSources } from './layout/Sidebar';
import { TABS, Tabs, type Tab } from './layout/Tabs';
import type { MatrixSettings } from './matrix/MatrixControls';
import { MatrixView } from './matrix/MatrixView';
import { EvidenceView } from './evidence/EvidenceView';
import { CommandPalette } from './palette/CommandPalette';
import { SidePanels } from './pt/SidePanels';
import { codingTarget } from './codes/CodebookPanel';
import { CasesView } from './cases/CasesView';
import { draftFields } from './coding/nudge';
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
import { refreshWith, useQuery, whenQueriesSettle } from './shared/useQuery';
import { sameRange, type TextRange } from './transcript/offsets';
import { TranscriptPane } from './transcript/TranscriptPane';
import type { ScrollTarget } from './transcript/TranscriptView';
import { quoted } from './i18n/quote';
import { CompareView } from './team/CompareView';
import { currentCoder } from './team/coderStore';

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

const NO_DRAFT: Draft = { kind: null, pts: [], codes: [], verdict: 'unclear', memo: '' };

/** The given segments in transcript order. */
const covering = (segments: readonly Segment[], ids: readonly string[]) => segments.filter((s) => ids.includes(s.id));

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
  const [textSel, setTextSel] = useState<TextRange | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [overlapIds, setOverlapIds] = useState<string[]>([]);
  const [draft, setDraft] = useState<Draft>(NO_DRAFT);
  const [scrollTarget, setScrollTarget] = useState<ScrollTarget | null>(null);
  const [pt, setPt] = useState<string | null>(null);
  const [matrix, setMatrix] = useState<MatrixSettings>({
    rows: 'case',
    cols: 'pt',
    measure: 'segments',
    kinds: ['C', 'M', 'O'],
  });
  const [quoteFilter, setQuoteFilter] = useState<QuoteFilter>({ pt: '', caseId: '', roleId: '', kind: '' });
  const nonce = useRef(0);

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
  // a coding being typed (a memo, codes, PT points) is not lost to a reload without a question
  useWarnBeforeUnload(
    draft !== NO_DRAFT &&
      (draft.memo.trim() !== '' || draft.pts.length > 0 || draft.codes.length > 0 || draft.kind !== null),
  );

  const text = detail?.source.id === sourceId ? (detail?.source.text ?? '') : '';
  const pending = useMemo(() => {
    if (!textSel || !text) return null;
    const snapped = snapToWords(text, textSel.start, textSel.end);
    return snapped.end > snapped.start ? snapped : null;
  }, [textSel, text]);
  const segment = useMemo(() => detail?.segments.find((s) => s.id === selected) ?? null, [detail, selected]);

  const openSource = useCallback((id: string) => {
    setSourceId(id);
    setTextSel(null);
    setSelected(null);
    setTab('coding');
  }, []);

  const jump = useCallback((toSource: string, segmentId: string) => {
    setSourceId(toSource);
    setTextSel(null);
    setSelected(segmentId);
    setOverlapIds([]);
    setTab('coding');
    setScrollTarget({ segmentId, nonce: ++nonce.current });
  }, []);

  // a search hit: open its source with [start, end) selected, ready to code
  const showPassage = useCallback((toSource: string, start: number, end: number) => {
    setSourceId(toSource);
    setSelected(null);
    setOverlapIds([]);
    setTextSel({ start, end });
    setTab('coding');
  }, []);
  const showSearch = useCallback(() => setTab('search'), []);

  // the browser's text selection goes in the same commit as the coding panel: removed earlier,
  // it would be painted in a frame of its own before React renders the rest
  const dropSelection = useRef(false);
  const clearSelection = useCallback(() => {
    dropSelection.current = true;
    setTextSel(null);
  }, []);
  useLayoutEffect(() => {
    if (!dropSelection.current) return;
    dropSelection.current = false;
    document.getSelection()?.removeAllRanges();
  });

  const codeArgs = useRef({ draft, sourceId, textSel });
  codeArgs.current = { draft, sourceId, textSel };
  /** the passages sent to be coded whose answers have not landed yet */
  const inFlight = useRef<TextRange[]>([]);
  const code = useCallback(async () => {
    const { draft: d, sourceId: src, textSel: sel } = codeArgs.current;
    const fields = draftFields(d);
    // Enter again on a passage on its way is not a second coding; the next passage may be coded at once
    if (!src || !sel || !fields || inFlight.current.some((f) => sameRange(f, sel))) return;
    inFlight.current.push(sel);
    try {
      const seg = await tools.mutate('segment.add', {
        sourceId: src,
        start: sel.start,
        end: sel.end,
        snapToWords: true,
        ...fields,
        coder: currentCoder() || undefined,
      });
      if (!seg) return;
      // shown together with the refreshed transcript: one render, not one now and one when it lands
      await whenQueriesSettle();
      // a researcher who selected the next passage meanwhile keeps it, and what they typed for it
      if (codeArgs.current.sourceId !== src || !sameRange(codeArgs.current.textSel, sel)) return;
      clearSelection();
      setSelected(seg.id);
      setOverlapIds([]);
      setDraft(NO_DRAFT);
    } finally {
      inFlight.current = inFlight.current.filter((r) => r !== sel);
    }
  }, [tools, clearSelection]);
  // another passage selected while one is being coded starts from an empty form, not the one sent
  const selectText = useCallback((r: TextRange | null) => {
    setTextSel(r);
    if (r && inFlight.current.length && !inFlight.current.some((f) => sameRange(f, r))) setDraft(NO_DRAFT);
  }, []);

  const closeDetails = useCallback(() => setSelected(null), []);
  const moveBoundary = useCallback(
    (id: string, r: TextRange) => tools.mutate('segment.update', { id, patch: { start: r.start, end: r.end } }),
    [tools],
  );

  const onClickSegments = useCallback((ids: string[]) => {
    if (!ids.length) {
      setSelected(null);
      return;
    }
    setTextSel(null);
    setOverlapIds(ids);
    // a second click on the same place steps through overlapping segments
    setSelected((cur) => {
      const at = cur ? ids.indexOf(cur) : -1;
      return at >= 0 ? ids[(at + 1) % ids.length]! : ids.at(-1)!;
    });
  }, []);

  const segmentId = segment?.id;
  const saveSegment = useCallback(
    async (patch: Patch) => {
      if (segmentId) await tools.mutate('segment.update', { id: segmentId, patch });
    },
    [tools, segmentId],
  );
  const deleteSegment = useCallback(async () => {
    if (segmentId && (await tools.mutate('segment.remove', { id: segmentId }))) setSelected(null);
  }, [tools, segmentId]);
  const overlapping = useMemo(
    () =>
      segment ? covering(detail?.segments ?? [], overlapIds.includes(segment.id) ? overlapIds : [segment.id]) : [],
    [segment, detail, overlapIds],
  );
  const showQuotes = useCallback((ptId: string) => {
    setQuoteFilter((f) => ({ ...f, pt: ptId }));
    setTab('quotes');
  }, []);
  const setDraftCodes = useCallback((codes: string[]) => setDraft((d) => ({ ...d, codes })), []);
  const target = useMemo(
    () =>
      tab === 'coding'
        ? codingTarget({ pending: !!pending, draft, setDraft: setDraftCodes, segment, mutate: tools.mutate })
        : null,
    [tab, pending, draft, setDraftCodes, segment, tools],
  );
  const shownPending = tab === 'coding' ? pending : null;
  const panelMode = useMemo((): PanelMode | null => {
    if (tab !== 'coding') return null;
    if (pending) return { kind: 'new', range: pending, draft, setDraft, onCode: code, onCancel: clearSelection };
    if (segment)
      return {
        kind: 'edit',
        segment,
        overlapping,
        onPick: setSelected,
        onClose: closeDetails,
        onSave: saveSegment,
        onDelete: deleteSegment,
      };
    return null;
  }, [tab, pending, draft, code, clearSelection, segment, overlapping, closeDetails, saveSegment, deleteSegment]);
  const at = tab !== 'coding' ? null : pending ? pending.start : segment ? segment.start : null;
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
                selected={selected}
                pending={shownPending}
                onSelectText={selectText}
                onClickSegments={onClickSegments}
                scrollTarget={scrollTarget}
                onError={tools.report}
                onMoveBoundary={moveBoundary}
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
            {panelMode && <MemoSegmentPanel mode={panelMode} points={info.ptPoints} text={text} />}
            {turnHere && <TurnTools {...turnHere} />}
            <MemoSidePanels
              name={info.programmeTheory.name}
              points={info.ptPoints}
              counts={info.segmentCountByPt}
              selected={pt}
              onSelect={setPt}
              onShowQuotes={showQuotes}
              target={target}
            />
          </ErrorBoundary>
        </aside>
      </div>
    </div>
  );
}
