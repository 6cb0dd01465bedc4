/**
 * The Søg tab: search as you type across the whole project. Transcript hits grouped by source
 * with the hit marked in its context; memos, CMO statements and the programteori listed apart;
 * filters by case, role, participant, coding, kind and PT point; typo tolerance and aa = å;
 * a click opens the passage in the transcript; "code all hits" codes them in one undoable step.
 * Ctrl/Cmd+F or / from anywhere brings the search box up.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import type { NoteHit, TranscriptHit } from '../../../src/api/contract';
import { isTypingTarget } from '../history/useHistory';
import { useProjectRevision } from '../shared/revision';
import { useApi } from '../shared/useApi';
import { onSearchRequest } from './bus';
import { CodeHits } from './CodeHits';
import { filterParams, NO_FILTERS, SearchFilters, type Filters } from './SearchFilters';
import { ns } from './i18n';
import { groupHits, hitKey, namesCase, snippetParts } from './results';
import { revealPending } from './reveal';
import { useLiveSearch, type SearchParams } from './useLiveSearch';
import { useKey } from '../shortcuts/keymap';
import './search.css';

export interface SearchViewProps {
  info: ProjectInfo;
  /** the tab is shown */
  active: boolean;
  /** show the search tab */
  onActivate: () => void;
  /** open a source in the Kodning tab with [start, end) selected */
  onOpenPassage: (sourceId: string, start: number, end: number) => void;
  /** open a coded segment (a memo's segment) */
  onOpenSegment: (sourceId: string, segmentId: string) => void;
  /** show a programteori point */
  onShowPt: (ptId: string) => void;
}

const FIRST_LIMIT = 200;

const modKey = () => (navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+');

export function SearchView(props: SearchViewProps) {
  const { info, active, onActivate } = props;
  // hidden, the search does not follow the project; shown again, it reruns if the project changed
  const revision = useProjectRevision(active);
  const { t } = useTranslation(ns);
  const { attempt } = useApi();
  const [query, setQuery] = useState('');
  const [fuzzy, setFuzzy] = useState(false);
  const [aa, setAa] = useState(true);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(FIRST_LIMIT);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [focusAsk, setFocusAsk] = useState(0);
  // "code all" was used on this query: its result line stays even when no hit is left (an "uncoded" filter)
  const [codedQuery, setCodedQuery] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const othersRef = useRef<HTMLElement>(null);

  const base = useMemo(() => ({ query, fuzzy, aa, ...filterParams(filters) }), [query, fuzzy, aa, filters]);
  const baseKey = JSON.stringify(base);
  const params = useMemo(
    (): SearchParams | null => (query.trim() ? { ...base, limit, context: 70 } : null),
    [base, query, limit],
  );
  const { result, params: shownParams, busy } = useLiveSearch(params, revision);

  // a new search (not a rerun after a change in the project) starts with nothing chosen and the first page
  useEffect(() => {
    setChosen(new Set());
    setLimit(FIRST_LIMIT);
  }, [baseKey]);

  // Ctrl/Cmd+F anywhere, or / outside a text field, opens the search box
  useKey('search', (e) => {
    if (e.key === '/' && isTypingTarget(e.target)) return;
    e.preventDefault();
    onActivate();
    setFocusAsk((n) => n + 1);
  });

  // the palette (or anyone) asking for a search
  useEffect(
    () =>
      onSearchRequest((q) => {
        if (q !== undefined) setQuery(q);
        onActivate();
        setFocusAsk((n) => n + 1);
      }),
    [onActivate],
  );

  useEffect(() => {
    if (!active || !focusAsk) return;
    input.current?.focus();
    input.current?.select();
  }, [active, focusAsk]);

  const groups = useMemo(() => groupHits(result?.hits ?? []), [result]);
  const caseLabel = useMemo(() => new Map(info.cases.map((c) => [c.id, c.label])), [info.cases]);
  const chosenHits = useMemo(() => (result?.hits ?? []).filter((h) => chosen.has(hitKey(h))), [result, chosen]);

  const openHit = (h: TranscriptHit) => {
    props.onOpenPassage(h.sourceId, h.start, h.end);
    revealPending();
  };
  const openNote = async (n: NoteHit) => {
    // a memo on a PT point opens the point (its evidence); one on a source opens the source
    if (n.memo?.on === 'pt' && n.memo.target) props.onShowPt(n.memo.target);
    else if (n.type === 'memo' && n.sourceId) props.onOpenSegment(n.sourceId, n.id);
    else if (n.type === 'pt') {
      if (n.id !== 'programteori') props.onShowPt(n.id);
    } else if (n.type === 'cmoc') {
      const all = await attempt('cmoc.list', {});
      const c = all?.find((x) => x.id === n.id);
      if (c) props.onShowPt(c.pt);
    }
  };
  const toggle = (h: TranscriptHit) =>
    setChosen((s) => {
      const next = new Set(s);
      const k = hitKey(h);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });

  // ↑/↓ between hits; ↓ from the search box to the first hit
  const onListKey = (e: ReactKeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.hit-open') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) {
      input.current?.focus();
      e.preventDefault();
      return;
    }
    if (buttons[next]) {
      buttons[next].focus();
      e.preventDefault();
    }
  };
  const onInputKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      list.current?.querySelector<HTMLButtonElement>('button.hit-open')?.focus();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const first = result?.hits[0];
      if (first) openHit(first);
    } else if (e.key === 'Escape' && query) {
      setQuery('');
      e.preventDefault();
    }
  };

  const shown = result && shownParams?.query.trim() ? result : undefined;

  return (
    <div className="search-view">
      <div className="search-top">
        <h2 className="sr-only">{t('title')}</h2>
        <div className="search-box">
          <span className="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={input}
            type="search"
            className="search-input"
            aria-label={t('inputLabel')}
            placeholder={t('placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onInputKey}
            spellCheck={false}
            autoComplete="off"
            aria-controls="search-results"
            aria-describedby="search-status"
          />
          <kbd className="search-kbd" title={t('shortcut', { key: modKey() })}>
            {t('shortcut', { key: modKey() })}
          </kbd>
        </div>
        <div className="search-toggles">
          <label className="check" title={t('fuzzyTitle')}>
            <input type="checkbox" checked={fuzzy} onChange={(e) => setFuzzy(e.target.checked)} /> {t('fuzzy')}
          </label>
          <label className="check" title={t('aaTitle')}>
            <input type="checkbox" checked={aa} onChange={(e) => setAa(e.target.checked)} /> {t('aa')}
          </label>
        </div>
      </div>

      <SearchFilters info={info} filters={filters} setFilters={setFilters} />

      <p id="search-status" className="search-status" role="status" aria-live="polite">
        {!query.trim() ? (
          <span className="muted">{t('status.empty')}</span>
        ) : !shown ? (
          <span className="muted">{t('status.searching')}</span>
        ) : shown.total === 0 && codedQuery === shown.query ? (
          <strong>{t('status.noneLeft', { query: shown.query })}</strong>
        ) : shown.total === 0 && shown.others.length === 0 ? (
          <>
            <strong>{t('status.none', { query: shown.query })}</strong>{' '}
            <span className="muted">{t('status.noneHint')}</span>
          </>
        ) : (
          <>
            {shown.total === 0 ? (
              <strong>{t('status.noneInTranscripts')}</strong>
            ) : (
              <>
                <strong>
                  {shown.totalExact
                    ? t('status.hits', { count: shown.total })
                    : t('status.atLeast', { count: shown.total })}
                </strong>{' '}
                {t('status.inSources', { count: groups.length })}
              </>
            )}
            {shown.hits.length < shown.total && <> · {t('status.shown', { count: shown.hits.length })}</>}
            {shown.others.length > 0 && (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => othersRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
                >
                  {t('status.others', { count: shown.others.length })}
                </button>
              </>
            )}
            <span className="muted search-took">
              {' '}
              · {t('status.took', { ms: shown.tookMs.toFixed(shown.tookMs < 10 ? 1 : 0) })}
            </span>
          </>
        )}
        {busy && query.trim() && shown && <span className="search-busy" aria-hidden="true" />}
      </p>

      {shown && shownParams && (shown.hits.length > 0 || codedQuery === shown.query) && (
        <CodeHits
          points={info.ptPoints}
          revision={revision}
          search={shownParams}
          total={shown.total}
          totalExact={shown.totalExact}
          chosen={chosenHits}
          onCoded={() => {
            setChosen(new Set());
            setCodedQuery(shownParams.query);
          }}
        />
      )}

      <div className="search-results" id="search-results" ref={list} onKeyDown={onListKey} data-query={shown?.query}>
        {shown && shown.hits.length > 0 && (
          <div className="search-select-bar small">
            <button type="button" className="link-button" onClick={() => setChosen(new Set(shown.hits.map(hitKey)))}>
              {t('hit.selectAll')}
            </button>
            {chosen.size > 0 && (
              <>
                <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
                  {t('hit.selectNone')}
                </button>
                <span className="muted">{t('hit.selected', { count: chosenHits.length })}</span>
              </>
            )}
          </div>
        )}
        {shown &&
          groups.map((g) => (
            <section key={g.sourceId} className="hit-group" aria-label={g.source}>
              <h3 className="hit-source">
                <span>{g.source}</span>
                {g.caseId && !namesCase(g.source, caseLabel.get(g.caseId) ?? '') && (
                  <span className="muted small"> · {caseLabel.get(g.caseId)}</span>
                )}
                <span className="count">{t('group.hits', { count: g.hits.length })}</span>
              </h3>
              <ol className="hit-list">
                {g.hits.map((h) => {
                  const [before, mid, after] = snippetParts(h.snippet, h.highlight);
                  const k = hitKey(h);
                  return (
                    <li key={k} className={`hit${chosen.has(k) ? ' chosen' : ''}`}>
                      <input
                        type="checkbox"
                        className="hit-check"
                        checked={chosen.has(k)}
                        onChange={() => toggle(h)}
                        aria-label={`${t('hit.select')}: ${mid}, ${g.source}`}
                      />
                      <button type="button" className="hit-open" onClick={() => openHit(h)} title={t('hit.open')}>
                        <span className="hit-snippet">
                          {before}
                          <mark className="hit-mark">{mid}</mark>
                          {after}
                        </span>
                      </button>
                      <span className="hit-meta">
                        {h.speaker && <span className="hit-speaker">{h.speaker}</span>}
                        {h.segmentIds.length > 0 && (
                          <span className="hit-coded" title={t('hit.codedTitle', { count: h.segmentIds.length })}>
                            {t('hit.coded')}
                          </span>
                        )}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        {shown && shown.hits.length < shown.total && (
          <button type="button" className="search-more" onClick={() => setLimit((n) => Math.min(n + 500, 100_000))}>
            {t('status.more')}
          </button>
        )}
        {shown && shown.others.length > 0 && (
          <section ref={othersRef} className="hit-group others" aria-label={t('others.title')}>
            <h3 className="hit-source">
              {t('others.title')} <span className="count">{shown.others.length}</span>
            </h3>
            <ol className="hit-list">
              {shown.others.map((n) => {
                const [before, mid, after] = snippetParts(n.snippet, n.highlight);
                return (
                  <li key={`${n.type}:${n.id}:${n.field}:${n.start}`} className="hit note-hit">
                    <span className={`note-type note-${n.type}`}>{t(`others.${n.type}`)}</span>
                    <button type="button" className="hit-open" onClick={() => void openNote(n)}>
                      <span className="note-label">{n.label}</span>
                      <span className="hit-snippet">
                        {before}
                        <mark className="hit-mark">{mid}</mark>
                        {after}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        )}
        {!query.trim() && <p className="search-tips muted">{t('tips')}</p>}
      </div>
    </div>
  );
}
