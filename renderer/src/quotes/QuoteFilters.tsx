/** The quote filters: the first row (PT point, case, role, kind, verdict, selection) and the "more" row. */
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import { collator } from '../i18n';
import { KINDS, VERDICTS, ptShort, type Kind, type Verdict } from '../shared/labels';
import { useQuery } from '../shared/useQuery';
import { FilterSelect, AttributeFilterSelect } from '../shared/FilterSelect';
import { attributeValues } from '../../../src/cmo/lookup';
import { SELECTIONS, moreCount, type QuoteFilter } from './filter';
import { ns } from './i18n';
import { roleName } from '../shared/roleName';

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
  /** a select's value straight into one text field of the filter */
  const by = (key: 'pt' | 'caseId' | 'roleId' | 'coder' | 'code' | 'cmoc' | 'srcAttr') => (v: string) =>
    set({ [key]: v });

  const coders = useMemo(
    () => [...new Set((everything ?? []).map((q) => q.coder).filter(Boolean))].sort(collator.compare),
    [everything],
  );
  const nMore = moreCount(filter);

  return (
    <>
      <div className="controls quote-filters" role="group" aria-label={t('filter.group')}>
        <FilterSelect id="q-pt" label={t('filter.pt')} all={t('filter.allPts')} value={filter.pt} onChange={by('pt')}>
          {info.ptPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {ptShort(p)} {p.title} ({info.segmentCountByPt[p.id] ?? 0})
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="q-case"
          label={t('filter.case')}
          all={t('filter.allCases')}
          value={filter.caseId}
          onChange={by('caseId')}
          options={info.cases}
        />
        <FilterSelect
          id="q-role"
          label={t('filter.role')}
          all={t('filter.allRoles')}
          value={filter.roleId}
          onChange={by('roleId')}
          options={info.roles.map((r) => ({ id: r.id, label: roleName(r) }))}
        />
        <FilterSelect
          id="q-kind"
          label={t('filter.kind')}
          all={t('filter.allKinds')}
          value={filter.kind}
          onChange={(v) => set({ kind: KINDS.find((k) => k === v) ?? '' })}
        >
          {KINDS.map((k: Kind) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="q-verdict"
          label={t('filter.verdict')}
          all={t('filter.allVerdicts')}
          value={filter.verdict ?? ''}
          onChange={(v) => set({ verdict: VERDICTS.find((x) => x === v) ?? '' })}
        >
          {VERDICTS.map((v: Verdict) => (
            <option key={v} value={v}>
              {t(`verdict.${v}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="q-sel"
          label={t('filter.selection')}
          all={t('filter.selAll')}
          value={filter.selection ?? ''}
          onChange={(v) => set({ selection: SELECTIONS.find((x) => x === v) ?? '' })}
        >
          <option value="starred">{t('filter.selStarred')}</option>
          <option value="picked">{t('filter.selPicked')}</option>
          <option value="notPicked">{t('filter.selNotPicked')}</option>
        </FilterSelect>
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
            <FilterSelect
              key={a.id}
              id={`q-attr-${a.id}`}
              label={a.label}
              all={t('filter.attrAny')}
              value={filter.attrs?.[a.id] ?? ''}
              onChange={(v) => set({ attrs: { ...filter.attrs, [a.id]: v } })}
            >
              {attributeValues(a, info.cases).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </FilterSelect>
          ))}
          {info.sourceAttributeDefs.length > 0 && (
            <AttributeFilterSelect
              id="q-srcattr"
              label={t('filter.srcAttr')}
              all={t('filter.allSources')}
              info={info}
              on="source"
              value={filter.srcAttr ?? ''}
              onChange={by('srcAttr')}
            />
          )}
          <FilterSelect
            id="q-coder"
            label={t('filter.coder')}
            all={t('filter.allCoders')}
            value={filter.coder ?? ''}
            onChange={by('coder')}
            options={coders}
          />
          <FilterSelect
            id="q-code"
            label={t('filter.code')}
            all={codes?.length ? t('filter.allCodes') : t('filter.noCodes')}
            value={filter.code ?? ''}
            onChange={by('code')}
            disabled={!codes?.length}
          >
            {codes?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path} ({c.segments})
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            id="q-cmoc"
            label={t('filter.cmoc')}
            all={cmocs?.length ? t('filter.allCmocs') : t('filter.noCmocs')}
            value={filter.cmoc ?? ''}
            onChange={by('cmoc')}
            disabled={!cmocs?.length}
          >
            {cmocs?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.pt}: {c.statement ? (c.statement.length > 60 ? `${c.statement.slice(0, 60)}…` : c.statement) : c.id}
              </option>
            ))}
          </FilterSelect>
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
