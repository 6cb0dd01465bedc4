/** The quote filters: the first row (PT point, case, role, kind, verdict, selection) and the "more" row. */
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import { collator, currentLanguage } from '../i18n';
import { KINDS, VERDICTS, ptShort, type Kind, type Verdict } from '../shared/labels';
import { useQuery } from '../shared/useQuery';
import { moreCount, type QuoteFilter, type Selection } from './filter';
import { ns } from './i18n';

export function QuoteFilters(props: {
  info: ProjectInfo;
  filter: QuoteFilter;
  onFilter: (f: QuoteFilter) => void;
  moreOpen: boolean;
  setMoreOpen: (open: boolean) => void;
  /** the toolbar buttons at the end of the first row */
  children: ReactNode;
}) {
  const { info, filter, onFilter, moreOpen, setMoreOpen } = props;
  const { t } = useTranslation(ns);
  const { data: everything } = useQuery('quotes.list', {});
  const { data: codes } = useQuery('codes.list', {});
  const { data: cmocs } = useQuery('cmoc.list', {});
  const set = (patch: Partial<QuoteFilter>) => onFilter({ ...filter, ...patch });
  const en = currentLanguage() === 'en';

  const coders = useMemo(
    () => [...new Set((everything ?? []).map((q) => q.coder).filter(Boolean))].sort(collator.compare),
    [everything],
  );
  const nMore = moreCount(filter);
  const roleLabel = (r: ProjectInfo['roles'][number]) => (en && r.labelEn ? r.labelEn : r.label);

  return (
    <>
      <div className="controls quote-filters" role="group" aria-label={t('filter.group')}>
        <div className="control">
          <label className="field-label" htmlFor="q-pt">
            {t('filter.pt')}
          </label>
          <select id="q-pt" value={filter.pt} onChange={(e) => set({ pt: e.target.value })}>
            <option value="">{t('filter.allPts')}</option>
            {info.ptPoints.map((p) => (
              <option key={p.id} value={p.id}>
                {ptShort(p)} {p.title} ({info.segmentCountByPt[p.id] ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-case">
            {t('filter.case')}
          </label>
          <select id="q-case" value={filter.caseId} onChange={(e) => set({ caseId: e.target.value })}>
            <option value="">{t('filter.allCases')}</option>
            {info.cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-role">
            {t('filter.role')}
          </label>
          <select id="q-role" value={filter.roleId} onChange={(e) => set({ roleId: e.target.value })}>
            <option value="">{t('filter.allRoles')}</option>
            {info.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-kind">
            {t('filter.kind')}
          </label>
          <select
            id="q-kind"
            value={filter.kind}
            onChange={(e) => set({ kind: KINDS.find((k) => k === e.target.value) ?? '' })}
          >
            <option value="">{t('filter.allKinds')}</option>
            {KINDS.map((k: Kind) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-verdict">
            {t('filter.verdict')}
          </label>
          <select
            id="q-verdict"
            value={filter.verdict ?? ''}
            onChange={(e) => set({ verdict: VERDICTS.find((v) => v === e.target.value) ?? '' })}
          >
            <option value="">{t('filter.allVerdicts')}</option>
            {VERDICTS.map((v: Verdict) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="q-sel">
            {t('filter.selection')}
          </label>
          <select
            id="q-sel"
            value={filter.selection ?? ''}
            onChange={(e) => set({ selection: e.target.value as Selection })}
          >
            <option value="">{t('filter.selAll')}</option>
            <option value="starred">{t('filter.selStarred')}</option>
            <option value="picked">{t('filter.selPicked')}</option>
            <option value="notPicked">{t('filter.selNotPicked')}</option>
          </select>
        </div>
        <div className="control">
          <button
            type="button"
            className={`more-toggle${nMore ? ' active' : ''}`}
            aria-expanded={moreOpen}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            {nMore ? t('filter.moreActive', { count: nMore }) : t('filter.more')} {moreOpen ? '▴' : '▾'}
          </button>
        </div>
        {props.children}
      </div>
      {moreOpen && (
        <div className="controls quote-filters more-filters" role="group" aria-label={t('filter.more')}>
          {info.attributeDefs.map((a) => (
            <div className="control" key={a.id}>
              <label className="field-label" htmlFor={`q-attr-${a.id}`}>
                {a.label}
              </label>
              <select
                id={`q-attr-${a.id}`}
                value={filter.attrs?.[a.id] ?? ''}
                onChange={(e) => set({ attrs: { ...filter.attrs, [a.id]: e.target.value } })}
              >
                <option value="">{t('filter.attrAny')}</option>
                {a.values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="control">
            <label className="field-label" htmlFor="q-coder">
              {t('filter.coder')}
            </label>
            <select id="q-coder" value={filter.coder ?? ''} onChange={(e) => set({ coder: e.target.value })}>
              <option value="">{t('filter.allCoders')}</option>
              {coders.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label className="field-label" htmlFor="q-code">
              {t('filter.code')}
            </label>
            <select
              id="q-code"
              value={filter.code ?? ''}
              onChange={(e) => set({ code: e.target.value })}
              disabled={!codes?.length}
            >
              <option value="">{codes?.length ? t('filter.allCodes') : t('filter.noCodes')}</option>
              {codes?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.path} ({c.segments})
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label className="field-label" htmlFor="q-cmoc">
              {t('filter.cmoc')}
            </label>
            <select
              id="q-cmoc"
              value={filter.cmoc ?? ''}
              onChange={(e) => set({ cmoc: e.target.value })}
              disabled={!cmocs?.length}
            >
              <option value="">{cmocs?.length ? t('filter.allCmocs') : t('filter.noCmocs')}</option>
              {cmocs?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.pt}:{' '}
                  {c.statement ? (c.statement.length > 60 ? `${c.statement.slice(0, 60)}…` : c.statement) : c.id}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <button
              type="button"
              onClick={() => onFilter({ pt: '', caseId: '', roleId: '', kind: '', order: filter.order })}
            >
              {t('filter.clear')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
