/**
 * Quotes for the report: retrieved by any filter, in the report's style (”…” with the
 * attribution on its own line), starred and picked, ordered by PT point and case or by hand,
 * each with its report rendition; the quote format, the pseudonym list with its leak check,
 * exports and the coding-sheet import.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import type { Quote } from '../../../src/cmo/quotes';
import { pseudonymizer } from '../../../src/cmo/pseudonyms';
import { CodeSheetDialog } from '../codesheet/CodeSheetDialog';
import { collator } from '../i18n';
import { LeakList } from '../pseudonyms/LeakList';
import { PseudonymsPanel } from '../pseudonyms/PseudonymsPanel';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ExportBar } from './ExportBar';
import { knownAttributes } from '../shared/knownAttributes';
import { moreCount, moveId, toQuery, type QuoteFilter } from './filter';
import { ns } from './i18n';
import { QUOTE_MARKS } from './MarkedText';
import { QuoteCard, type CardActions } from './QuoteCard';
import { QuoteFilters } from './QuoteFilters';
import { QuoteSettingsPanel } from './QuoteSettingsPanel';
import './quotes.css';
import './quote-format.css';

export type { QuoteFilter } from './filter';
export { toQuery } from './filter';

type Panel = 'pseudonyms' | 'settings' | null;

/** quotes shown at first, and added per "show more" */
const PAGE = 200;

const byCaseThenPlace = (a: Quote, b: Quote) =>
  (a.caseNumber ?? 1e9) - (b.caseNumber ?? 1e9) || collator.compare(a.source, b.source) || a.start - b.start;

export function QuotesView(props: {
  info: ProjectInfo;
  filter: QuoteFilter;
  onFilter: (f: QuoteFilter) => void;
  onJump: (sourceId: string, segmentId: string) => void;
}) {
  const { info, onFilter } = props;
  // an attribute filter of an attribute removed since it was set: left out
  const filter = useMemo(() => knownAttributes(props.filter, info), [props.filter, info]);
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const query = useMemo(() => toQuery(filter), [filter]);
  const { data: quotes, loading } = useQuery('quotes.list', query);
  const { data: settings } = useQuery('quotes.settings', {});
  const { data: pseudonyms } = useQuery('pseudonyms.list', {});
  const { data: leakCheck } = useQuery('quotes.leaks', query);

  const [panel, setPanel] = useState<Panel>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(moreCount(filter) > 0);
  const [showLeaks, setShowLeaks] = useState(false);
  const [asReport, setAsReport] = useState(true);
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  // how many quotes are shown: a page, again for every other filter
  const [paging, setPaging] = useState({ of: query, limit: PAGE });
  const limit = paging.of === query ? paging.limit : PAGE;
  const setLimit = (f: (l: number) => number) =>
    setPaging((p) => ({ of: query, limit: f(p.of === query ? p.limit : PAGE) }));
  const order = useRef<readonly string[]>([]);

  const set = (patch: Partial<QuoteFilter>) => onFilter({ ...filter, ...patch });
  const point = info.ptPoints.find((p) => p.id === filter.pt);
  const manual = filter.order === 'manual';
  const marks = QUOTE_MARKS[settings?.quoteMarks ?? 'da'];

  // what the report will print: the pseudonym list applied, as every export does
  const ps = useMemo(() => pseudonymizer(asReport ? (pseudonyms ?? []) : []), [asReport, pseudonyms]);
  const shown = useCallback((q: Quote) => ({ text: ps(q.reportText), attribution: ps(q.attribution) }), [ps]);

  // "go to the quote": scroll to it and let it flash
  useEffect(() => {
    if (!focus) return;
    const el = document.querySelector(`.quotes-view li[data-quote-id="${CSS.escape(focus.id)}"]`);
    // not on the pages shown yet: show as many as it takes, then come back here
    const at = order.current.indexOf(focus.id);
    if (!el && at >= limit) {
      setLimit(() => Math.ceil((at + 1) / PAGE) * PAGE);
      return;
    }
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const timer = setTimeout(() => setFocus(null), 2600);
    return () => clearTimeout(timer);
  }, [focus, limit]);
  const goTo = useCallback((id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 })), []);

  // the lists as shown: a section per PT point (or the one point filtered to), each by case — or by hand
  const sections = useMemo(() => {
    if (!quotes) return [];
    // by hand: the service's order, which the exports follow too; else by case as the exports' sections are
    const sort = (list: Quote[]) => (manual ? list : list.sort(byCaseThenPlace));
    if (filter.pt) return [{ key: filter.pt, title: null, quotes: sort([...quotes]) }];
    const known = new Set(info.ptPoints.map((p) => p.id));
    const out = info.ptPoints.map((p) => ({
      key: p.id,
      title: `${p.id.startsWith('#') ? `${p.id} ` : ''}${p.title}`,
      quotes: sort(quotes.filter((q) => q.pt.includes(p.id))),
    }));
    out.push({ key: '', title: t('list.noPt'), quotes: sort(quotes.filter((q) => !q.pt.some((p) => known.has(p)))) });
    return out.filter((s) => s.quotes.length);
  }, [quotes, manual, filter.pt, info.ptPoints, t]);
  /** every quote once, in the order shown: what a new manual order starts from */
  const ids = useMemo(() => [...new Set(sections.flatMap((s) => s.quotes.map((q) => q.id)))], [sections]);
  order.current = ids;
  const actions: CardActions = useMemo(
    () => ({
      onJump: props.onJump,
      onMark: (id, m) => void mutate('quotes.mark', { ids: [id], ...m }),
      onDrop: (dragged, target, after) => {
        const next = moveId(ids, dragged, target, after);
        void mutate('quotes.reorder', { ids: next });
        if (!manual) onFilter({ ...filter, order: 'manual' });
      },
      onMove: () => {
        /* set per list below */
      },
    }),
    [props.onJump, mutate, ids, manual, filter, onFilter],
  );

  /** ↑ ↓ move a quote past its neighbour in the list it is shown in (a PT section, or the whole list). */
  const listActions = (list: readonly Quote[]): CardActions => ({
    ...actions,
    onMove: (id, dir) => {
      const at = list.findIndex((q) => q.id === id);
      const other = list[at + dir];
      if (!other) return;
      void mutate('quotes.reorder', { ids: moveId(ids, id, other.id, dir > 0) });
    },
  });

  /** the first `count` of a section's quotes; ↑ ↓ still move past the hidden ones */
  const renderList = (list: readonly Quote[], count: number) => {
    const la = listActions(list);
    return (
      <ol className="quote-list quote-cards">
        {list.slice(0, count).map((q, i) => (
          <QuoteCard
            key={q.id}
            quote={q}
            shown={shown(q)}
            marks={marks}
            first={i === 0}
            last={i === list.length - 1}
            manual={manual}
            focused={focus?.id === q.id}
            actions={la}
          />
        ))}
      </ol>
    );
  };
  // a page at a time: thousands of cards at once took seconds to show; the exports take every quote
  let left = limit;
  const paged = sections
    .map((sec) => {
      const take = Math.max(0, Math.min(sec.quotes.length, left));
      left -= take;
      return { ...sec, take };
    })
    .filter((sec) => sec.take > 0);
  const shownCount = paged.reduce((n, sec) => n + sec.take, 0);

  const pickedCount = quotes?.filter((q) => q.picked).length ?? 0;
  const leaks = leakCheck?.leaks ?? [];

  return (
    <div className="quotes-view">
      <QuoteFilters info={info} filter={filter} onFilter={onFilter} moreOpen={moreOpen} setMoreOpen={setMoreOpen}>
        <span className="toolbar-right">
          <button
            type="button"
            aria-expanded={panel === 'pseudonyms'}
            className={panel === 'pseudonyms' ? 'active' : ''}
            onClick={() => setPanel(panel === 'pseudonyms' ? null : 'pseudonyms')}
          >
            {t('toolbar.pseudonyms', { count: pseudonyms?.length ?? 0 })}
          </button>
          <button
            type="button"
            aria-expanded={panel === 'settings'}
            className={panel === 'settings' ? 'active' : ''}
            onClick={() => setPanel(panel === 'settings' ? null : 'settings')}
          >
            {t('toolbar.settings')}
          </button>
          <button type="button" onClick={() => setSheetOpen(true)}>
            {t('toolbar.codeSheet')}
          </button>
        </span>
      </QuoteFilters>
      {panel === 'pseudonyms' && (
        <PseudonymsPanel list={pseudonyms ?? []} quotes={quotes} onClose={() => setPanel(null)} />
      )}
      {panel === 'settings' && settings && (
        <QuoteSettingsPanel
          settings={settings}
          query={query}
          attributeDefs={info.attributeDefs}
          onClose={() => setPanel(null)}
        />
      )}
      <ExportBar query={query} count={quotes?.length ?? 0} onGo={goTo} />
      <div className="quote-toolbar">
        <div className="control inline">
          <label className="field-label" htmlFor="q-order">
            {t('filter.order')}
          </label>
          <select
            id="q-order"
            value={manual ? 'manual' : 'pt'}
            onChange={(e) => set({ order: e.target.value === 'manual' ? 'manual' : 'pt' })}
          >
            <option value="pt">{t('filter.orderPt')}</option>
            <option value="manual">{t('filter.orderManual')}</option>
          </select>
        </div>
        <label className="check" title={t('filter.pseudonymisedTitle')}>
          <input type="checkbox" checked={asReport} onChange={(e) => setAsReport(e.target.checked)} />{' '}
          {t('filter.pseudonymised')}
        </label>
        <div className={`leak-status${leaks.length ? ' has-leaks' : ''}`} role="status" aria-live="polite">
          {!pseudonyms?.length ? (
            <span className="muted">{t('leaks.none')}</span>
          ) : leaks.length ? (
            <>
              <span>{t('leaks.found', { count: leaks.length })}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-expanded={showLeaks}
                onClick={() => setShowLeaks(!showLeaks)}
              >
                {showLeaks ? t('leaks.hide') : t('leaks.show')}
              </button>
            </>
          ) : leakCheck ? (
            <span className="ok">{t('leaks.ok')}</span>
          ) : null}
        </div>
      </div>
      {showLeaks && leaks.length > 0 && (
        <div className="leak-panel">
          <LeakList leaks={leaks} onGo={goTo} />
        </div>
      )}
      {point && (
        <header className="quotes-head">
          <h2>
            {point.id.startsWith('#') ? `${point.id} ` : ''}
            {point.title}
          </h2>
          <p className="hypothesis">
            <span>
              <b>{t('headHypothesis.C')}:</b> {point.context}
            </span>{' '}
            <span>
              <b>{t('headHypothesis.M')}:</b> {point.mechanism}
            </span>{' '}
            <span>
              <b>{t('headHypothesis.O')}:</b> {point.outcome}
            </span>
          </p>
        </header>
      )}
      {loading && !quotes && <p className="muted">{t('list.loading')}</p>}
      {quotes && quotes.length === 0 && <p className="empty">{t('list.empty')}</p>}
      {quotes && quotes.length > 0 && (
        <>
          <div className="list-head">
            <p className="muted small">
              {t('list.count', { count: quotes.length })} · {t('list.picked', { count: pickedCount })}
              {loading ? ` · ${t('list.updating')}` : ''}
            </p>
            <span className="list-bulk">
              <button
                type="button"
                className="link-button"
                onClick={() => void mutate('quotes.mark', { ids, picked: true })}
                disabled={pickedCount === quotes.length}
              >
                {t('list.pickAll', { count: ids.length })}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => void mutate('quotes.mark', { ids, picked: false })}
                disabled={pickedCount === 0}
              >
                {t('list.unpickAll')}
              </button>
            </span>
          </div>
          {manual && <p className="hint manual-hint">{t('list.manualHint')}</p>}
          {paged.map((sec) =>
            sec.title === null ? (
              <div key={sec.key}>{renderList(sec.quotes, sec.take)}</div>
            ) : (
              <section key={sec.key} className="quote-group">
                <h3>
                  {sec.title} <span className="muted small">({sec.quotes.length})</span>
                </h3>
                {renderList(sec.quotes, sec.take)}
              </section>
            ),
          )}
          {shownCount < ids.length && (
            <div
              className="quote-more"
              role="group"
              aria-label={t('list.shown', { shown: shownCount, count: ids.length })}
            >
              <span className="muted small">{t('list.shown', { shown: shownCount, count: ids.length })}</span>
              <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                {t('list.more', { count: Math.min(PAGE, ids.length - shownCount) })}
              </button>
              <button type="button" className="link-button" onClick={() => setLimit(() => Number.POSITIVE_INFINITY)}>
                {t('list.all', { count: ids.length })}
              </button>
            </div>
          )}
        </>
      )}
      {sheetOpen && <CodeSheetDialog onClose={() => setSheetOpen(false)} />}
    </div>
  );
}
