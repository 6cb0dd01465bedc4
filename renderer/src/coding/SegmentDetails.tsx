/**
 * A coded passage: its text, codes, verdict and memo, editable (segment.update) or deletable
 * (segment.remove); its boundaries nudged by whole words with buttons or Alt+←/→ (start) and
 * Shift+Alt+←/→ (end), each nudge one undoable step.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../../src/api/contract';
import type { PtPoint, Segment } from '../../../src/cmo/model';
import { CodePicker } from '../codes/CodePicker';
import { useCodes } from '../codes/useCodes';
import { isTypingTarget } from '../history/useHistory';
import { formatDateTime } from '../i18n';
import { type Kind, type Verdict } from '../shared/labels';
import { useApi } from '../shared/useApi';
import { excerpt, HypothesisBeside } from './CodingPanel';
import { ns } from './i18n';
import { KindButtons } from './KindButtons';
import { draftProblem, nudgeRange, type Edge } from './nudge';
import { PtPicker } from './PtPicker';
import { VERDICT_KEYS, VerdictKeys } from './VerdictKeys';
import './coding.css';

type Patch = Params<'segment.update'>['patch'];

interface Form { kind: Kind | null; pts: string[]; codes: string[]; verdict: Verdict; memo: string }
const formOf = (s: Segment): Form => ({ kind: s.kind, pts: [...s.pt], codes: [...(s.codes ?? [])], verdict: s.verdict, memo: s.memo });
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

export function SegmentDetails(props: {
  segment: Segment; points: readonly PtPoint[]; overlapping: readonly Segment[];
  /** the source's text, for nudging boundaries by words */
  text: string;
  onSave: (patch: Patch) => Promise<void>; onDelete: () => Promise<void>; onPick: (id: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const { segment, text } = props;
  const codes = useCodes();
  const [form, setForm] = useState<Form>(() => formOf(segment));
  // the segment as saved changed (or another was picked): the form follows it, in this same render
  const [shown, setShown] = useState(segment);
  if (shown !== segment) { setShown(segment); setForm(formOf(segment)); }
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const patch = diffPatch(segment, form);
  const dirty = Object.keys(patch).length > 0;
  const problem = draftProblem(form);
  const run = async (f: () => Promise<void>) => { setBusy(true); try { await f(); } finally { setBusy(false); } };

  const nudge = async (edge: Edge, dir: -1 | 1) => {
    const r = nudgeRange(text, segment.start, segment.end, edge, dir);
    if (r) await mutate('segment.update', { id: segment.id, patch: edge === 'start' ? { start: r.start } : { end: r.end } });
  };

  const live = useRef({ nudge, save: () => {}, remove: () => {}, form, setForm, close: props.onClose });
  live.current = {
    nudge, form, setForm, close: props.onClose,
    save: () => { if (dirty && !problem && !busy) void run(() => props.onSave(patch)); },
    remove: () => { if (!busy) void run(props.onDelete); },
  };
  // registered before paint, so a key pressed as soon as the panel shows is not lost
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const l = live.current;
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
        e.preventDefault();
        void l.nudge(e.shiftKey ? 'end' : 'start', e.key === 'ArrowLeft' ? -1 : 1);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement && e.shiftKey) && !(e.target instanceof HTMLButtonElement) && !(e.target instanceof HTMLSelectElement)
        && (e.target as HTMLElement | null)?.closest?.('.segment-details')) {
        e.preventDefault();
        l.save();
        return;
      }
      if (isTypingTarget(e.target)) return;
      if (e.key === 'Escape') l.close();
      else if (e.key === 'Delete') { e.preventDefault(); l.remove(); }
      else if (e.key.toLowerCase() === 'k') { e.preventDefault(); codeInput.current?.focus(); }
      else if (VERDICT_KEYS[e.key] && !(e.target as HTMLElement | null)?.closest?.('[data-verdict-keys]')) {
        e.preventDefault();
        l.setForm({ ...l.form, verdict: VERDICT_KEYS[e.key]! });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const kindLabel = segment.kind ? t(`kind.${segment.kind}`) : t('noKind');
  const codeNames = (segment.codes ?? []).map((id) => codes.byId.get(id)?.name ?? id);
  const canNudge = (edge: Edge, dir: -1 | 1) => nudgeRange(text, segment.start, segment.end, edge, dir) !== null;

  return (
    <section className="segment-details" aria-label={t('selected')} data-segment-id={segment.id} tabIndex={-1}>
      <div className="panel-head">
        <h2 className="panel-title">{t('selected')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('closeTitle')} onClick={props.onClose}>×</button>
      </div>
      <p className={`kind-tag kind-${segment.kind ?? 'none'}`}>
        {kindLabel} · {segment.pt.join(', ') || t('noPoint')} · {t(`verdict.${segment.verdict}`)}{codeNames.length ? ` · ${codeNames.join(', ')}` : ''}
      </p>
      <blockquote className="selected-text">”{excerpt(segment.text, 400)}”</blockquote>
      <div className="nudge" role="group" aria-label={t('boundaries')}>
        <span className="field-label">{t('boundaries')}</span>
        <span className="nudge-pair">
          <button type="button" aria-label={t('startEarlier')} title={t('startEarlier')} disabled={!canNudge('start', -1)} onClick={() => void nudge('start', -1)}>⇤</button>
          <span>{t('start')}</span>
          <button type="button" aria-label={t('startLater')} title={t('startLater')} disabled={!canNudge('start', 1)} onClick={() => void nudge('start', 1)}>⇥</button>
        </span>
        <span className="nudge-pair">
          <button type="button" aria-label={t('endEarlier')} title={t('endEarlier')} disabled={!canNudge('end', -1)} onClick={() => void nudge('end', -1)}>⇤</button>
          <span>{t('end')}</span>
          <button type="button" aria-label={t('endLater')} title={t('endLater')} disabled={!canNudge('end', 1)} onClick={() => void nudge('end', 1)}>⇥</button>
        </span>
      </div>
      {segment.needsReview && (
        <div className="warn-box">
          <p>{t('changedWarning')}</p>
          {segment.previousText && <p className="small">{t('previousText', { text: excerpt(segment.previousText, 200) })}</p>}
          <button type="button" className="link-button" onClick={() => void mutate('segment.update', { id: segment.id, patch: { needsReview: false } })}>{t('markReviewed')}</button>
        </div>
      )}
      {props.overlapping.length > 1 && (
        <div className="overlaps">
          <span className="field-label">{t('overlapping')}</span>
          <div className="chips">
            {props.overlapping.map((s) => (
              <button key={s.id} type="button" className={`chip kind-chip kind-${s.kind}`} aria-pressed={s.id === segment.id} onClick={() => props.onPick(s.id)}>
                {s.kind ?? '•'} {s.pt.join(', ') || (s.codes ?? []).map((id) => codes.byId.get(id)?.name ?? id).join(', ')}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="field">
        <span className="field-label">{t('type')}</span>
        <KindButtons value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-pt">{t('ptPoints')}</label>
        <PtPicker id="edit-pt" points={props.points} value={form.pts} onChange={(pts) => setForm({ ...live.current.form, pts })} onSubmit={() => live.current.save()} />
      </div>
      <HypothesisBeside points={props.points} id={form.pts.at(-1) ?? null} />
      <div className="field">
        <label className="field-label" htmlFor="edit-verdict">{t('verdictLabel')} <span className="muted">({t('verdictHint')})</span></label>
        <VerdictKeys id="edit-verdict" value={form.verdict} onChange={(verdict) => setForm({ ...live.current.form, verdict })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-codes">{t('codes')} <span className="muted">(K)</span></label>
        <CodePicker id="edit-codes" codes={codes} value={form.codes} onChange={(ids) => setForm({ ...live.current.form, codes: ids })}
          onCreate={async (name) => (await mutate('codes.add', { path: name }))?.id} inputRef={codeInput} onSubmit={() => live.current.save()} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-memo">{t('memo')}</label>
        <textarea id="edit-memo" rows={3} value={form.memo} onChange={(e) => setForm({ ...form, memo: e.target.value })} />
      </div>
      {dirty && problem && <p className="field-error">{t(problem)}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={!dirty || busy || problem !== null} onClick={() => live.current.save()}>{t('save')} <kbd>Enter</kbd></button>
        <button type="button" disabled={!dirty || busy} onClick={() => setForm(formOf(segment))}>{t('reset')}</button>
        <button type="button" className="danger" disabled={busy} title={t('deleteTitle')} onClick={() => live.current.remove()}>{t('delete')}</button>
      </div>
      <p className="muted small">
        {segment.coder ? t('codedBy', { coder: segment.coder, when: formatDateTime(segment.createdAt) }) : t('codedAt', { when: formatDateTime(segment.createdAt) })} · {t('chars', { start: segment.start, end: segment.end })}
      </p>
      <p className="hint">{t('detailsHint')}</p>
    </section>
  );
}
