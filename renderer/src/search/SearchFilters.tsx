/** The search's filters: case, role, participant, coded or not, kinds, PT point and coder; and the query's params. */
import { useMemo, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import type { Kind } from '../../../src/cmo/model';
import { CoderFilter, codersParam } from '../team/CoderFilter';
import { collator } from '../i18n';
import { ns } from './i18n';
import { roleName } from '../shared/roleName';
import { ptOption } from './results';
import type { SearchParams } from './useLiveSearch';

export interface Filters {
  caseId: string;
  roleId: string;
  participantId: string;
  coded: '' | 'coded' | 'uncoded';
  kinds: Kind[];
  pt: string;
  coder: string;
}
export const NO_FILTERS: Filters = {
  caseId: '',
  roleId: '',
  participantId: '',
  coded: '',
  kinds: [],
  pt: '',
  coder: '',
};
const KINDS: Kind[] = ['C', 'M', 'O'];

const activeFilters = (f: Filters) =>
  [f.caseId, f.roleId, f.participantId, f.coded, f.pt, f.coder].filter(Boolean).length + (f.kinds.length ? 1 : 0);

export function filterParams(f: Filters): Omit<SearchParams, 'query'> {
  return {
    ...(f.caseId ? { cases: [f.caseId] } : {}),
    ...(f.roleId ? { roles: [f.roleId] } : {}),
    ...(f.participantId ? { participants: [f.participantId] } : {}),
    ...(f.coded ? { coded: f.coded === 'coded' } : {}),
    ...(f.kinds.length ? { kinds: f.kinds } : {}),
    ...(f.pt ? { pts: [f.pt] } : {}),
    ...codersParam(f.coder),
  };
}

export function SearchFilters({
  info,
  filters,
  setFilters,
}: {
  info: ProjectInfo;
  filters: Filters;
  setFilters: Dispatch<SetStateAction<Filters>>;
}) {
  const { t } = useTranslation(ns);
  const caseLabel = useMemo(() => new Map(info.cases.map((c) => [c.id, c.label])), [info.cases]);
  const roleLabel = useMemo(() => new Map(info.roles.map((r) => [r.id, roleName(r)])), [info.roles]);
  const participants = useMemo(
    () => [...info.participants].sort((a, b) => collator.compare(a.label, b.label)),
    [info.participants],
  );
  const setFilter = <K extends keyof Filters>(k: K, v: Filters[K]) => setFilters((f) => ({ ...f, [k]: v }));
  const nFilters = activeFilters(filters);
  return (
    <fieldset className="search-filters">
      <legend className="sr-only">{t('filters.legend')}</legend>
      <label className="control">
        <span className="field-label">{t('filters.case')}</span>
        <select
          aria-label={t('filters.case')}
          value={filters.caseId}
          onChange={(e) => setFilter('caseId', e.target.value)}
        >
          <option value="">{t('filters.any')}</option>
          {info.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="field-label">{t('filters.role')}</span>
        <select
          aria-label={t('filters.role')}
          value={filters.roleId}
          onChange={(e) => setFilter('roleId', e.target.value)}
        >
          <option value="">{t('filters.any')}</option>
          {info.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="field-label">{t('filters.participant')}</span>
        <select
          aria-label={t('filters.participant')}
          value={filters.participantId}
          onChange={(e) => setFilter('participantId', e.target.value)}
        >
          <option value="">{t('filters.any')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {[p.label, p.roleId ? roleLabel.get(p.roleId) : '', p.caseId ? caseLabel.get(p.caseId) : '']
                .filter(Boolean)
                .join(' · ')}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="field-label">{t('filters.coded')}</span>
        <select
          aria-label={t('filters.coded')}
          value={filters.coded}
          onChange={(e) => setFilter('coded', e.target.value as Filters['coded'])}
        >
          <option value="">{t('filters.anyCoded')}</option>
          <option value="coded">{t('filters.codedOnly')}</option>
          <option value="uncoded">{t('filters.uncodedOnly')}</option>
        </select>
      </label>
      <div className="control" role="group" aria-labelledby="search-kind-label">
        <span className="field-label" id="search-kind-label">
          {t('filters.kind')}
        </span>
        <span className="search-kinds">
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className={`chip kind-chip kind-${k}`}
              aria-pressed={filters.kinds.includes(k)}
              title={t(`kind.${k}`)}
              onClick={() =>
                setFilter(
                  'kinds',
                  filters.kinds.includes(k) ? filters.kinds.filter((x) => x !== k) : [...filters.kinds, k],
                )
              }
            >
              {k}
            </button>
          ))}
        </span>
      </div>
      <label className="control">
        <span className="field-label">{t('filters.pt')}</span>
        <select aria-label={t('filters.pt')} value={filters.pt} onChange={(e) => setFilter('pt', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {info.ptPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {ptOption(p)}
            </option>
          ))}
        </select>
      </label>
      <CoderFilter id="search-coder" value={filters.coder} onChange={(v) => setFilter('coder', v)} />
      {nFilters > 0 && (
        <button type="button" className="link-button search-clear" onClick={() => setFilters(NO_FILTERS)}>
          {t('filters.clear')} ({t('filters.active', { count: nFilters })})
        </button>
      )}
    </fieldset>
  );
}
