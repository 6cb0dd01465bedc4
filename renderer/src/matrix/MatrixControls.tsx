/**
 * What the matrix counts: rows, columns, measure, and the filters (type, verdict, role, case, case
 * attribute, PT point, coder).
 */
import { useTranslation } from '../i18n/useTranslation';
import { AttributeFilterSelect, FilterSelect } from '../shared/FilterSelect';
import { attributePair } from '../shared/attributePair';
import type { ProjectInfo } from '../../../src/api/contract';
import { MEASURES, type MatrixQuery } from '../../../src/cmo/matrix';
import type { GridQuery } from '../../../src/cmo/matrixGrid';
import { KINDS, VERDICTS, type Kind, type Verdict } from '../../../src/cmo/model';
import { ns as cmocNs } from '../cmoc/i18n';
import { ns } from './i18n';
import { roleName } from '../shared/roleName';

export type Measure = (typeof MEASURES)[number];
export interface MatrixSettings {
  /** `case`, `role`, `participant`, `source`, `attr:<id>`, `code:<frame id>` */
  rows: string;
  /** `pt`, `kind`, `pt-kind`, `verdict`, `code:<frame id>` */
  cols: string;
  measure: Measure;
  kinds: Kind[];
  verdicts?: Verdict[];
  role?: string;
  caseId?: string;
  /** `<attribute id>=<value>`, e.g. `sektor=Offentlig` */
  attr?: string;
  /** `<source attribute id>=<value>`, e.g. `interviewform=Telefon` */
  srcAttr?: string;
  pt?: string;
  coder?: string;
  view?: 'table' | 'heatmap';
  framework?: boolean;
}

export interface Frame {
  id: string;
  name: string;
}

/** The case attribute filter as the API takes it (`{ sektor: ['Offentlig'] }`). */
export const attrsOf = (s: MatrixSettings) => attributePair(s.attr);

/** The source attribute filter as the API takes it (`{ interviewform: ['Telefon'] }`). */
export const sourceAttrsOf = (s: MatrixSettings) => attributePair(s.srcAttr);

/** The query the matrix engine gets (before attribute values become cases). */
export function baseQuery(s: MatrixSettings): MatrixQuery {
  return {
    rows: s.rows,
    cols: s.cols,
    measure: s.measure,
    ...(s.kinds.length < KINDS.length ? { kinds: s.kinds } : {}),
    ...(s.verdicts?.length && s.verdicts.length < VERDICTS.length ? { verdicts: s.verdicts } : {}),
    ...(s.role ? { roles: [s.role] } : {}),
    ...(s.caseId ? { cases: [s.caseId] } : {}),
    ...(s.pt ? { pts: [s.pt] } : {}),
    ...(s.coder ? { coders: [s.coder] } : {}),
  };
}

/** The one matrix query of these settings: every filter, the attribute values too. */
export function gridQuery(s: MatrixSettings): GridQuery {
  const attrs = attrsOf(s),
    sourceAttrs = sourceAttrsOf(s);
  return { ...baseQuery(s), ...(attrs ? { attrs } : {}), ...(sourceAttrs ? { sourceAttrs } : {}) };
}

const hasFilters = (s: MatrixSettings) =>
  !!(
    s.role ||
    s.caseId ||
    s.attr ||
    s.srcAttr ||
    s.pt ||
    s.coder ||
    (s.verdicts?.length && s.verdicts.length < VERDICTS.length)
  );

export function MatrixControls({
  value,
  onChange,
  info,
  frames,
  coders,
}: {
  value: MatrixSettings;
  onChange: (s: MatrixSettings) => void;
  info: ProjectInfo;
  frames: readonly Frame[];
  coders: readonly string[];
}) {
  const { t } = useTranslation(ns);
  const { t: tc } = useTranslation(cmocNs);
  const verdicts = value.verdicts?.length ? value.verdicts : [...VERDICTS];
  const toggleKind = (k: Kind) => {
    const kinds = value.kinds.includes(k)
      ? value.kinds.filter((x) => x !== k)
      : KINDS.filter((x) => x === k || value.kinds.includes(x));
    if (kinds.length) onChange({ ...value, kinds });
  };
  const toggleVerdict = (v: Verdict) => {
    const next = verdicts.includes(v)
      ? verdicts.filter((x) => x !== v)
      : VERDICTS.filter((x) => x === v || verdicts.includes(x));
    if (next.length) onChange({ ...value, verdicts: next.length === VERDICTS.length ? undefined : next });
  };
  const set = (patch: Partial<MatrixSettings>) => onChange({ ...value, ...patch });
  const opt = (s: string) => (s ? s : undefined);
  return (
    <div className="matrix-controls">
      <div className="controls" role="group" aria-label={t('settings')}>
        <div className="control">
          <label className="field-label" htmlFor="m-rows">
            {t('rows')}
          </label>
          <select id="m-rows" value={value.rows} onChange={(e) => set({ rows: e.target.value })}>
            {(['case', 'role', 'participant', 'source'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`row.${k}`)}
              </option>
            ))}
            {info.attributeDefs.length > 0 && (
              <optgroup label={t('row.attrGroup')}>
                {info.attributeDefs.map((a) => (
                  <option key={a.id} value={`attr:${a.id}`}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            )}
            {frames.length > 0 && (
              <optgroup label={t('row.codeGroup')}>
                {frames.map((f) => (
                  <option key={f.id} value={`code:${f.id}`}>
                    {f.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="m-cols">
            {t('cols')}
          </label>
          <select id="m-cols" value={value.cols} onChange={(e) => set({ cols: e.target.value })}>
            {(['pt', 'kind', 'pt-kind', 'verdict'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`col.${k}`)}
              </option>
            ))}
            {frames.length > 0 && (
              <optgroup label={t('col.codeGroup')}>
                {frames.map((f) => (
                  <option key={f.id} value={`code:${f.id}`}>
                    {f.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="m-measure">
            {t('measure')}
          </label>
          <select
            id="m-measure"
            value={value.measure}
            onChange={(e) => {
              const m = MEASURES.find((x) => x === e.target.value);
              if (m) set({ measure: m });
            }}
          >
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`measures.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="control kinds-filter">
          <legend className="field-label">{t('kinds')}</legend>
          {KINDS.map((k) => (
            <label key={k} className={`check kind-check kind-${k}`}>
              <input type="checkbox" checked={value.kinds.includes(k)} onChange={() => toggleKind(k)} />{' '}
              {tc(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="controls filters" role="group" aria-label={t('filters.title')}>
        <AttributeFilterSelect
          id="m-attr"
          label={t('filters.attr')}
          all={t('filters.allAttrs')}
          info={info}
          value={value.attr ?? ''}
          onChange={(v) => set({ attr: opt(v) })}
        />
        {info.sourceAttributeDefs.length > 0 && (
          <AttributeFilterSelect
            id="m-srcattr"
            label={t('filters.srcAttr')}
            all={t('filters.allSources')}
            info={info}
            on="source"
            value={value.srcAttr ?? ''}
            onChange={(v) => set({ srcAttr: opt(v) })}
          />
        )}
        <FilterSelect
          id="m-case"
          label={t('filters.case')}
          all={t('filters.allCases')}
          value={value.caseId ?? ''}
          onChange={(v) => set({ caseId: opt(v) })}
          options={info.cases}
        />
        <FilterSelect
          id="m-role"
          label={t('filters.role')}
          all={t('filters.allRoles')}
          value={value.role ?? ''}
          onChange={(v) => set({ role: opt(v) })}
          options={info.roles.map((r) => ({ id: r.id, label: roleName(r) }))}
        />
        <FilterSelect
          id="m-pt"
          label={t('filters.pt')}
          all={t('filters.allPts')}
          value={value.pt ?? ''}
          onChange={(v) => set({ pt: opt(v) })}
        >
          {info.ptPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id.startsWith('#') ? p.id : tc('overall')} {p.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="m-coder"
          label={t('filters.coder')}
          all={t('filters.allCoders')}
          value={value.coder ?? ''}
          onChange={(v) => set({ coder: opt(v) })}
          options={coders}
        />
        <fieldset className="control kinds-filter">
          <legend className="field-label">{t('filters.verdicts')}</legend>
          {VERDICTS.map((v) => (
            <label key={v} className="check">
              <input type="checkbox" checked={verdicts.includes(v)} onChange={() => toggleVerdict(v)} />{' '}
              {tc(`verdict.${v}`)}
            </label>
          ))}
        </fieldset>
        {hasFilters(value) && (
          <button
            type="button"
            className="reset-filters"
            onClick={() =>
              set({
                role: undefined,
                caseId: undefined,
                attr: undefined,
                srcAttr: undefined,
                pt: undefined,
                coder: undefined,
                verdicts: undefined,
              })
            }
          >
            {t('filters.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
