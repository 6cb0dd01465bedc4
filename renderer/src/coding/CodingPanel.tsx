/**
 * Coding the selected passage, keyboard first: C / M / O choose the type, a digit or # starts
 * typing a PT point (completion from the programteori, Enter adds it and moves on to the
 * verdict), 1–4 choose the verdict, K searches the codebook, V makes an in-vivo code of the
 * selected words, N writes a memo, Enter codes, Escape cancels. The chosen (or previewed)
 * point's hypothesis is shown while coding. The panel itself is SegmentPanel; this file holds
 * what only a new coding has: its head, its buttons and its keys.
 */
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint } from '../../../src/cmo/model';
import { isTypingTarget } from '../history/useHistory';
import { Hypothesis } from '../pt/Hypothesis';
import { type Kind } from '../shared/labels';
import type { TextRange } from '../transcript/offsets';
import { ns } from './i18n';
import type { Draft } from './nudge';
import type { FieldRefs } from './SegmentFields';
import { VERDICT_KEYS } from './VerdictKeys';
import './coding.css';
import { quoted } from '../i18n/quote';
import type { KeyId } from '../shortcuts/table';

export type { Draft };

const KEY_KIND: Record<string, Kind> = { c: 'C', m: 'M', o: 'O' };

export function excerpt(text: string, max = 220): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max / 2)} … ${one.slice(-max / 2 + 10)}` : one;
}

/** The hypothesis of the point being typed, else of the last chosen one. */
export function HypothesisBeside({ points, id }: { points: readonly PtPoint[]; id: string | null }) {
  const { t } = useTranslation(ns);
  const point = points.find((p) => p.id === id);
  if (!point) return null;
  return (
    <aside className="hypothesis-beside" aria-label={t('hypothesis', { id: point.id })} data-pt={point.id}>
      <h3>
        <span className="pt-id">{point.id.startsWith('#') ? point.id : '★'}</span> {point.title}
      </h3>
      <Hypothesis point={point} compact />
    </aside>
  );
}

/** what a panel part is worded with: the panel's own `t` (these parts are called, not rendered, see SegmentPanel) */
export type PanelT = ReturnType<typeof useTranslation>['t'];

export function NewCodingHead({ t, text, range }: { t: PanelT; text: string; range: TextRange }) {
  return (
    <>
      <h2 key="title" className="panel-title">
        {t('newCoding')}
      </h2>
      <blockquote key="quote" className="selected-text" title={t('charRange', { start: range.start, end: range.end })}>
        {quoted(excerpt(text.slice(range.start, range.end)))}
      </blockquote>
    </>
  );
}

export function NewCodingFoot({
  t,
  problem,
  onCode,
  onCancel,
}: {
  t: PanelT;
  problem: string | null;
  onCode: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <div key="actions" className="actions">
        <button type="button" className="primary" disabled={problem !== null} onClick={onCode} title="Enter">
          {t('code')} <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={onCancel} title="Escape">
          {t('cancel')}
        </button>
      </div>
      <p key="hint" className="hint">
        {problem ? `${t(problem)}. ` : ''}
        {t('keysHint')}
      </p>
    </>
  );
}

/** What a coding key (shortcuts/table.ts) does while a passage is being coded. */
export function newCodingKey(
  e: KeyboardEvent,
  id: KeyId,
  o: {
    draft: Draft;
    update: (f: (d: Draft) => Draft) => void;
    refs: FieldRefs;
    submit: () => void;
    cancel: () => void;
    inVivo: () => void;
  },
): void {
  if (id === 'escape') {
    o.cancel();
    return;
  }
  const typing = isTypingTarget(e.target);
  if (
    id === 'coding.submit' &&
    !(e.target instanceof HTMLTextAreaElement && e.shiftKey) &&
    !(e.target instanceof HTMLSelectElement) &&
    !(e.target instanceof HTMLButtonElement)
  ) {
    e.preventDefault();
    o.submit();
    return;
  }
  if (typing) return;
  const kind = KEY_KIND[e.key.toLowerCase()];
  if (id === 'coding.kind' && kind) {
    e.preventDefault();
    o.update((x) => ({ ...x, kind: x.kind === kind ? null : kind }));
  } else if (id === 'coding.code') {
    e.preventDefault();
    o.refs.code.current?.focus();
  } else if (id === 'coding.memo') {
    e.preventDefault();
    o.refs.memo.current?.focus();
  } else if (id === 'coding.inVivo') {
    e.preventDefault();
    o.inVivo();
  } else if (id === 'coding.verdict' && o.draft.pts.length && VERDICT_KEYS[e.key]) {
    // a point is chosen: 1–4 is the verdict (type # to add another point)
    e.preventDefault();
    const verdict = VERDICT_KEYS[e.key]!;
    o.update((x) => ({ ...x, verdict }));
  } else if (id === 'coding.pt') {
    o.refs.pt.current?.focus(); // the key itself then lands in the field
  }
}
