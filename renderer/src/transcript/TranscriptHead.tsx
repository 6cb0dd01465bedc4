/** The Kodning tab's head: the source's title and what it is, the legend, the review, stripe and edit tools. */
import { memo, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { CodersShownSelect } from '../team/CodersShownSelect';
import { ns } from './i18n';
import type { LaneMode } from './stripes';

const KINDS = ['C', 'M', 'O'] as const;

/** memoised: the pane renders again on every change to the project; the legend only with the language */
export const Legend = memo(function Legend() {
  const { t } = useTranslation(ns);
  return (
    <div className="legend" aria-label={t('legend')}>
      {KINDS.map((k) => (
        <span key={k} className={`legend-item legend-${k}`}>
          <mark className={`legend-swatch kind-${k}`}>{k}</mark> {t(`kind.${k}`)}
        </span>
      ))}
      <span className="legend-item">
        <mark className="legend-swatch kind-T">T</mark> {t('thematic')}
      </span>
      <span className="legend-item">
        <mark className="legend-swatch overlap">▦</mark> {t('overlap')}
      </span>
      <span className="legend-help muted">{t('help')}</span>
    </div>
  );
});

/**
 * The previous value while its content key is unchanged: refetched but equal data keeps its
 * identity, so nothing downstream recomputes. The key is only computed when the value's identity changes.
 */
export function useStable<T>(value: T, key: (v: T) => string): T {
  const ref = useRef<{ value: T; key: string; out: T } | null>(null);
  if (ref.current && ref.current.value === value) return ref.current.out;
  const k = key(value);
  if (ref.current && ref.current.key === k) {
    ref.current.value = value;
    return ref.current.out;
  }
  ref.current = { value, key: k, out: value };
  return value;
}

/**
 * The title and what the source is; memoised with plain values, so a project refresh that changes
 * none of them costs nothing.
 */
export const HeadMeta = memo(function HeadMeta({
  name,
  caseLabel,
  roles,
  words,
  segments,
  loading,
}: {
  name: string;
  caseLabel: string;
  roles: string;
  words: number | null;
  segments: number;
  loading: boolean;
}) {
  const { t } = useTranslation(ns);
  return (
    <div className="tx-head-title">
      <h2 className="source-title">{name}</h2>
      <p className="muted small">
        {caseLabel}
        {roles ? ` · ${roles}` : ''}
        {words !== null ? ` · ${t('words', { count: words })} · ${t('codings', { count: segments })}` : ''}
        {loading && <span className="loading"> · {t('loadingShort')}</span>}
      </p>
    </div>
  );
});

/** Review list button, stripe lanes, edit mode. */
export const HeadTools = memo(function HeadTools({
  flagged,
  elsewhere,
  showReview,
  onToggleReview,
  mode,
  onMode,
  canEdit,
  onEdit,
}: {
  flagged: number;
  elsewhere: number;
  showReview: boolean;
  onToggleReview: () => void;
  mode: LaneMode;
  onMode: (m: LaneMode) => void;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation(ns);
  return (
    <div className="tx-tools">
      {(flagged > 0 || elsewhere > 0) && (
        <button
          type="button"
          className={`tx-review-button${showReview ? ' active' : ''}${flagged ? '' : ' elsewhere'}`}
          aria-expanded={showReview}
          onClick={onToggleReview}
        >
          ⚑ {flagged > 0 ? t('review.button', { count: flagged }) : t('review.elsewhere', { count: elsewhere })}
        </button>
      )}
      <label className="tx-mode" title={t('stripes.label')}>
        <span>{t('stripes.show')}</span>
        <select
          aria-label={t('stripes.label')}
          value={mode}
          onChange={(e) => onMode(e.target.value === 'kind' || e.target.value === 'off' ? e.target.value : 'pt')}
        >
          <option value="pt">{t('stripes.byPt')}</option>
          <option value="kind">{t('stripes.byKind')}</option>
          <option value="off">{t('stripes.none')}</option>
        </select>
      </label>
      <CodersShownSelect />
      {canEdit && (
        <button type="button" className="tx-edit-button" title={t('edit.startTitle')} onClick={onEdit}>
          ✎ {t('edit.start')}
        </button>
      )}
    </div>
  );
});
