/**
 * A coded passage: its text, codes, verdict and memo, editable (segment.update) or deletable
 * (segment.remove); its boundaries nudged by whole words with buttons or Alt+←/→ (start) and
 * Shift+Alt+←/→ (end), each nudge one undoable step. The panel itself is SegmentPanel; this
 * file holds what only a coded passage has: its head, its buttons and its keys.
 */
import type { Params } from '../../../src/api/contract';
import type { Segment } from '../../../src/cmo/model';
import type { Codes } from '../codes/useCodes';
import { isTypingTarget } from '../history/useHistory';
import { formatDateTime } from '../i18n';
import { type Kind, type Verdict } from '../shared/labels';
import type { Attempt } from '../shared/useApi';
import { excerpt, type PanelT } from './CodingPanel';
import { nudgeRange, type Edge } from './nudge';
import { nudgeBase, sendNudge } from './nudgesInFlight';
import type { FieldRefs } from './SegmentFields';
import { VERDICT_KEYS } from './VerdictKeys';
import './coding.css';
import { quoted } from '../i18n/quote';
import type { KeyId } from '../shortcuts/table';

export type Patch = Params<'segment.update'>['patch'];

export interface Form {
  kind: Kind | null;
  pts: string[];
  codes: string[];
  verdict: Verdict;
  memo: string;
}
export const formOf = (s: Segment): Form => ({
  kind: s.kind,
  pts: [...s.pt],
  codes: [...(s.codes ?? [])],
  verdict: s.verdict,
  memo: s.memo,
});
const same = (a: readonly string[], b: readonly string[]) => a.join('\u0000') === b.join('\u0000');

/** Only what changed, so the undo label and the log say what was done. */
export function diffPatch(s: Segment, f: Form): Patch {
  const patch: Patch = {};
  if (f.kind !== s.kind) patch.kind = f.kind;
  if (!same(f.kind ? f.pts : [], s.pt)) patch.pt = f.kind ? f.pts : [];
  if (!same(f.codes, s.codes ?? [])) patch.codes = f.codes;
  if (f.verdict !== s.verdict) patch.verdict = f.verdict;
  if (f.memo !== s.memo) patch.memo = f.memo;
  return patch;
}

export function DetailsHead({
  t,
  mutate,
  segment,
  text,
  overlapping,
  codes,
  onPick,
  onClose,
}: {
  t: PanelT;
  mutate: Attempt;
  segment: Segment;
  text: string;
  overlapping: readonly Segment[];
  codes: Codes;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const nudge = (edge: Edge, dir: -1 | 1) => nudgeSegment(mutate, text, segment, edge, dir);
  const canNudge = (edge: Edge, dir: -1 | 1) => nudgeRange(text, segment.start, segment.end, edge, dir) !== null;
  const kindLabel = segment.kind ? t(`kind.${segment.kind}`) : t('noKind');
  const codeNames = (segment.codes ?? []).map((id) => codes.byId.get(id)?.name ?? id);
  return (
    <>
      <div key="head" className="panel-head">
        <h2 className="panel-title">{t('selected')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('closeTitle')} onClick={onClose}>
          ×
        </button>
      </div>
      <p key="kind" className={`kind-tag kind-${segment.kind ?? 'none'}`}>
        {kindLabel} · {segment.pt.join(', ') || t('noPoint')} · {t(`verdict.${segment.verdict}`)}
        {codeNames.length ? ` · ${codeNames.join(', ')}` : ''}
      </p>
      <blockquote key="quote" className="selected-text">
        {quoted(excerpt(segment.text, 400))}
      </blockquote>
      <div key="nudge" className="nudge" role="group" aria-label={t('boundaries')}>
        <span className="field-label">{t('boundaries')}</span>
        <span className="nudge-pair">
          <button
            type="button"
            aria-label={t('startEarlier')}
            title={t('startEarlier')}
            disabled={!canNudge('start', -1)}
            onClick={() => void nudge('start', -1)}
          >
            ⇤
          </button>
          <span>{t('start')}</span>
          <button
            type="button"
            aria-label={t('startLater')}
            title={t('startLater')}
            disabled={!canNudge('start', 1)}
            onClick={() => void nudge('start', 1)}
          >
            ⇥
          </button>
        </span>
        <span className="nudge-pair">
          <button
            type="button"
            aria-label={t('endEarlier')}
            title={t('endEarlier')}
            disabled={!canNudge('end', -1)}
            onClick={() => void nudge('end', -1)}
          >
            ⇤
          </button>
          <span>{t('end')}</span>
          <button
            type="button"
            aria-label={t('endLater')}
            title={t('endLater')}
            disabled={!canNudge('end', 1)}
            onClick={() => void nudge('end', 1)}
          >
            ⇥
          </button>
        </span>
      </div>
      {segment.needsReview && (
        <div key="warn" className="warn-box">
          <p>{t('changedWarning')}</p>
          {segment.previousText && (
            <p className="small">{t('previousText', { text: excerpt(segment.previousText, 200) })}</p>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => void mutate('segment.update', { id: segment.id, patch: { needsReview: false } })}
          >
            {t('markReviewed')}
          </button>
        </div>
      )}
      {overlapping.length > 1 && (
        <div key="overlaps" className="overlaps">
          <span className="field-label">{t('overlapping')}</span>
          <div className="chips">
            {overlapping.map((s) => (
              <button
                key={s.id}
                type="button"
                className={`chip kind-chip kind-${s.kind}`}
                aria-pressed={s.id === segment.id}
                onClick={() => onPick(s.id)}
              >
                {s.kind ?? '•'}{' '}
                {s.pt.join(', ') || (s.codes ?? []).map((id) => codes.byId.get(id)?.name ?? id).join(', ')}
              </button>
            ))}
          </div>
        </div>
      )}
    </>
  );
}

export function DetailsFoot({
  t,
  segment,
  dirty,
  busy,
  problem,
  onSave,
  onReset,
  onDelete,
}: {
  t: PanelT;
  segment: Segment;
  dirty: boolean;
  busy: boolean;
  problem: string | null;
  onSave: () => void;
  onReset: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      {dirty && problem && (
        <p key="error" className="field-error">
          {t(problem)}
        </p>
      )}
      <div key="actions" className="actions">
        <button type="button" className="primary" disabled={!dirty || busy || problem !== null} onClick={onSave}>
          {t('save')} <kbd>Enter</kbd>
        </button>
        <button type="button" disabled={!dirty || busy} onClick={onReset}>
          {t('reset')}
        </button>
        <button type="button" className="danger" disabled={busy} title={t('deleteTitle')} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
      <p key="who" className="muted small">
        {segment.coder
          ? t('codedBy', { coder: segment.coder, when: formatDateTime(segment.createdAt) })
          : t('codedAt', { when: formatDateTime(segment.createdAt) })}{' '}
        · {t('chars', { start: segment.start, end: segment.end })}
      </p>
      <p key="hint" className="hint">
        {t('detailsHint')}
      </p>
    </>
  );
}

/** Moves one edge of a coded passage by a word: one undoable step. */
export async function nudgeSegment(
  mutate: Attempt,
  text: string,
  segment: Segment,
  edge: Edge,
  dir: -1 | 1,
): Promise<void> {
  const base = nudgeBase(segment);
  const r = nudgeRange(text, base.start, base.end, edge, dir);
  if (r)
    await sendNudge(segment.id, r, () =>
      mutate('segment.update', { id: segment.id, patch: edge === 'start' ? { start: r.start } : { end: r.end } }),
    );
}

/** What a key does while a coded passage is shown (one window listener in SegmentPanel calls it). */
export function detailsKey(
  e: KeyboardEvent,
  id: KeyId,
  o: {
    nudge: (edge: Edge, dir: -1 | 1) => void;
    save: () => void;
    remove: () => void;
    close: () => void;
    setVerdict: (v: Verdict) => void;
    refs: FieldRefs;
  },
): void {
  if (id === 'coding.nudge') {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    o.nudge(e.shiftKey ? 'end' : 'start', e.key === 'ArrowLeft' ? -1 : 1);
    return;
  }
  if (
    id === 'coding.submit' &&
    !(e.target instanceof HTMLTextAreaElement && e.shiftKey) &&
    !(e.target instanceof HTMLButtonElement) &&
    !(e.target instanceof HTMLSelectElement) &&
    (e.target as HTMLElement | null)?.closest?.('.segment-details')
  ) {
    e.preventDefault();
    o.save();
    return;
  }
  if (isTypingTarget(e.target)) return;
  if (id === 'escape') o.close();
  else if (id === 'coding.delete') {
    e.preventDefault();
    o.remove();
  } else if (id === 'coding.code') {
    e.preventDefault();
    o.refs.code.current?.focus();
  } else if (
    (id === 'coding.verdict' || id === 'coding.pt') &&
    VERDICT_KEYS[e.key] &&
    !(e.target as HTMLElement | null)?.closest?.('[data-verdict-keys]')
  ) {
    e.preventDefault();
    o.setVerdict(VERDICT_KEYS[e.key]!);
  }
}
