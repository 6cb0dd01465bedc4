/** A coded passage: its text and codes, editable (segment.update) or deletable (segment.remove). */
import { useEffect, useState } from 'react';
import type { Params } from '../../../src/api/contract';
import type { PtPoint, Segment } from '../../../src/cmo/model';
import { KIND_LABEL, VERDICT_LABEL, type Kind, type Verdict } from '../shared/labels';
import { isTypingTarget } from '../history/useHistory';
import { excerpt } from './CodingPanel';
import { KindButtons } from './KindButtons';
import { PtPicker } from './PtPicker';
import { VerdictSelect } from './VerdictSelect';

type Patch = Params<'segment.update'>['patch'];

interface Form { kind: Kind | null; pts: string[]; verdict: Verdict; memo: string }
const formOf = (s: Segment): Form => ({ kind: s.kind, pts: [...s.pt], verdict: s.verdict, memo: s.memo });

/** Only what changed, so the undo label and the log say what was done. */
export function diffPatch(s: Segment, f: Form): Patch {
  const patch: Patch = {};
  if (f.kind !== s.kind && f.kind !== null) patch.kind = f.kind;
  if (f.pts.join('\u0000') !== s.pt.join('\u0000')) patch.pt = f.pts;
  if (f.verdict !== s.verdict) patch.verdict = f.verdict;
  if (f.memo !== s.memo) patch.memo = f.memo;
  return patch;
}

export function SegmentDetails(props: {
  segment: Segment; points: readonly PtPoint[]; overlapping: readonly Segment[];
  onSave: (patch: Patch) => Promise<void>; onDelete: () => Promise<void>; onPick: (id: string) => void; onClose: () => void;
}) {
  const { segment } = props;
  const [form, setForm] = useState<Form>(() => formOf(segment));
  const [busy, setBusy] = useState(false);
  useEffect(() => setForm(formOf(segment)), [segment]);
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && !isTypingTarget(e.target)) onClose(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const patch = diffPatch(segment, form);
  const dirty = Object.keys(patch).length > 0;
  const run = async (f: () => Promise<void>) => { setBusy(true); try { await f(); } finally { setBusy(false); } };

  return (
    <section className="segment-details" aria-label="Valgt kodning" data-segment-id={segment.id}>
      <div className="panel-head">
        <h2 className="panel-title">Valgt kodning</h2>
        <button type="button" className="icon-button" aria-label="Luk" title="Luk (Escape)" onClick={props.onClose}>×</button>
      </div>
      <p className={`kind-tag kind-${segment.kind ?? 'none'}`}>{segment.kind ? KIND_LABEL[segment.kind] : 'Ingen C/M/O'} · {segment.pt.join(', ') || 'intet punkt'} · {VERDICT_LABEL[segment.verdict]}</p>
      <blockquote className="selected-text">”{excerpt(segment.text, 400)}”</blockquote>
      {segment.needsReview && <p className="warn-box">Transskriptionen er ændret her siden kodningen — tjek at passagen stadig passer.</p>}
      {props.overlapping.length > 1 && (
        <div className="overlaps">
          <span className="field-label">Overlappende kodninger her</span>
          <div className="chips">
            {props.overlapping.map((s) => (
              <button key={s.id} type="button" className={`chip kind-chip kind-${s.kind}`} aria-pressed={s.id === segment.id} onClick={() => props.onPick(s.id)}>
                {s.kind} {s.pt.join(', ')}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="field">
        <span className="field-label">Type</span>
        <KindButtons value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-pt">Programteoripunkt(er)</label>
        <PtPicker id="edit-pt" points={props.points} value={form.pts} onChange={(pts) => setForm({ ...form, pts })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-verdict">Vurdering</label>
        <VerdictSelect id="edit-verdict" value={form.verdict} onChange={(verdict) => setForm({ ...form, verdict })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="edit-memo">Memo</label>
        <textarea id="edit-memo" rows={3} value={form.memo} onChange={(e) => setForm({ ...form, memo: e.target.value })} />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={!dirty || busy || form.pts.length === 0} onClick={() => void run(() => props.onSave(patch))}>Gem ændringer</button>
        <button type="button" disabled={!dirty || busy} onClick={() => setForm(formOf(segment))}>Nulstil</button>
        <button type="button" className="danger" disabled={busy} onClick={() => void run(props.onDelete)}>Slet</button>
      </div>
      <p className="muted small">
        {segment.coder ? `Kodet af ${segment.coder}` : 'Kodet'} {new Date(segment.createdAt).toLocaleString('da-DK')} · tegn {segment.start}–{segment.end}
      </p>
    </section>
  );
}
