/**
 * Coding the selected passage: type (C/M/O), PT points, verdict and memo, then "Kod" (Enter).
 * Keys while the passage is selected: C (or K) / M / O choose the type, a digit or # starts
 * typing a PT point, Enter codes, Escape cancels.
 */
import { useEffect, useRef, useState } from 'react';
import type { PtPoint } from '../../../src/cmo/model';
import { isTypingTarget } from '../history/useHistory';
import { type Kind, type Verdict } from '../shared/labels';
import type { TextRange } from '../transcript/offsets';
import { KindButtons } from './KindButtons';
import { PtPicker } from './PtPicker';
import { VerdictSelect } from './VerdictSelect';

export interface Draft { kind: Kind | null; pts: string[]; verdict: Verdict; memo: string }

const KEY_KIND: Record<string, Kind> = { c: 'C', k: 'C', m: 'M', o: 'O' };

export function excerpt(text: string, max = 220): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max / 2)} … ${one.slice(-max / 2 + 10)}` : one;
}

export function CodingPanel(props: {
  text: string; range: TextRange; points: readonly PtPoint[];
  draft: Draft; setDraft: (d: Draft) => void; onCode: () => Promise<void>; onCancel: () => void;
}) {
  const { draft, setDraft, range } = props;
  const ptInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const missing = !draft.kind ? 'Vælg type: C, M eller O' : !draft.pts.length ? 'Vælg mindst ét programteoripunkt' : null;

  const submit = useRef(async () => {});
  submit.current = async () => {
    if (missing || busy) return;
    setBusy(true);
    try { await props.onCode(); } finally { setBusy(false); }
  };
  const cancel = useRef(props.onCancel);
  cancel.current = props.onCancel;
  const draftRef = useRef({ draft, setDraft });
  draftRef.current = { draft, setDraft };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') { cancel.current(); return; }
      const typing = isTypingTarget(e.target);
      if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement && e.shiftKey) && !(e.target instanceof HTMLSelectElement) && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        void submit.current();
        return;
      }
      if (typing) return;
      const kind = KEY_KIND[e.key.toLowerCase()];
      if (kind) {
        e.preventDefault();
        draftRef.current.setDraft({ ...draftRef.current.draft, kind });
      } else if (/^[0-9#]$/.test(e.key)) {
        ptInput.current?.focus(); // the key itself then lands in the field
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="coding-panel" aria-label="Ny kodning" data-start={range.start} data-end={range.end}>
      <h2 className="panel-title">Ny kodning</h2>
      <blockquote className="selected-text" title={`Tegn ${range.start}–${range.end}`}>”{excerpt(props.text.slice(range.start, range.end))}”</blockquote>
      <div className="field">
        <span className="field-label">Type</span>
        <KindButtons value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-pt">Programteoripunkt(er)</label>
        <PtPicker id="new-pt" points={props.points} value={draft.pts} onChange={(pts) => setDraft({ ...draft, pts })} inputRef={ptInput}
          onSubmit={() => void submit.current()} />
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor="new-verdict">Vurdering</label>
          <VerdictSelect id="new-verdict" value={draft.verdict} onChange={(verdict) => setDraft({ ...draft, verdict })} />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-memo">Memo <span className="muted">(valgfrit)</span></label>
        <textarea id="new-memo" rows={2} value={draft.memo} onChange={(e) => setDraft({ ...draft, memo: e.target.value })}
          placeholder="Shift+Enter for ny linje" />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={missing !== null || busy} onClick={() => void submit.current()} title="Enter">
          {busy ? 'Koder…' : 'Kod'} <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={props.onCancel} title="Escape">Annullér</button>
      </div>
      <p className="hint">{missing ? `${missing}. ` : ''}Taster: C/M/O vælger type · skriv fx 4a · Enter koder · Esc annullerer</p>
    </section>
  );
}
