/**
 * What the matrix counts: rows, columns, measure, and the filters (type, verdict, role, case, case
 * attribute, PT point, coder).
 */
import { useTranslation } from '../i18n/useTranslation';
import { AttributeValueOptions } from '../shared/AttributeValueOptions';
import type { ProjectInfo } from '../../../src/api/contract';
import { MEASURES, type MatrixQuery } from '../../../src/cmo/matrix';
import type { GridQuery } from '../../../src/cmo/matrixGrid';
import { KINDS, VERDICTS, type Kind, type Verdict } from '../../../src/cmo/model';
import { ns as cmocNs } from '../cmoc/i18n';
import { ns } from './i18n';

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

/** `<id>=<value>` as the API takes it (`{ sektor: ['Offentlig'] }`). */
function pairOf(v: string | undefined): Record<string, string[]> | undefined {
  const at = v ? v.indexOf('=') : -1;
  return v && at > 0 ? { [v.slice(0, at)]: [v.slice(at + 1)] } : undefined;
}

/** The case attribute filter as the API takes it (`{ sektor: ['Offentlig'] }`). */
export const attrsOf = (s: MatrixSettings) => pairOf(s.attr);

/** The source attribute filter as the API takes it (`{ interviewform: ['Telefon'] }`). */
export const sourceAttrsOf = (s: MatrixSettings) => pairOf(s.srcAttr);

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
        <div className="control">
          <label className="field-label" htmlFor="m-attr">
            {t('filters.attr')}
          </label>
          <select id="m-attr" value={value.attr ?? ''} onChange={(e) => set({ attr: opt(e.target.value) })}>
            <option value="">{t('filters.allAttrs')}</option>
            <AttributeValueOptions info={info} />
          </select>
        </div>
        {info.sourceAttributeDefs.length > 0 && (
          <div className="control">
            <label className="field-label" htmlFor="m-srcattr">
              {t('filters.srcAttr')}
            </label>
            <select id="m-srcattr" value={value.srcAttr ?? ''} onChange={(e) => set({ srcAttr: opt(e.target.value) })}>
              <option value="">{t('filters.allSources')}</option>
              <AttributeValueOptions info={info} on="source" />
            </select>
          </div>
        )}
        <div className="control">
          <label className="field-label" htmlFor="m-case">
            {t('filters.case')}
          </label>
          <select id="m-case" value={value.caseId ?? ''} onChange={(e) => set({ caseId: opt(e.target.value) })}>
            <option value="">{t('filters.allCases')}</option>
            {info.cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="m-role">
            {t('filters.role')}
          </label>
          <select id="m-role" value={value.role ?? ''} onChange={(e) => set({ role: opt(e.target.value) })}>
            <option value="">{t('filters.allRoles')}</option>
            {info.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="m-pt">
            {t('filters.pt')}
          </label>
          <select id="m-pt" value={value.pt ?? ''} onChange={(e) => set({ pt: opt(e.target.value) })}>
            <option value="">{t('filters.allPts')}</option>
            {info.ptPoints.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id.startsWith('#') ? p.id : tc('overall')} {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label className="field-label" htmlFor="m-coder">
            {t('filters.coder')}
          </label>
          <select id="m-coder" value={value.coder ?? ''} onChange={(e) => set({ coder: opt(e.target.value) })}>
            <option value="">{t('filters.allCoders')}</option>
            {coders.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
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
