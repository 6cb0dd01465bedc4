/**
 * Coding the selected passage, keyboard first: C / M / O choose the type, a digit or # starts
 * typing a PT point (completion from the programteori, Enter adds it and moves on to the
 * verdict), 1–4 choose the verdict, K searches the codebook, V makes an in-vivo code of the
 * selected words, N writes a memo, Enter codes, Escape cancels. The chosen (or previewed) point's hypothesis is shown while coding.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PtPoint } from '../../../src/cmo/model';
import { CodePicker } from '../codes/CodePicker';
import { ns as codesNs } from '../codes/i18n';
import { inVivoName, useCodes } from '../codes/useCodes';
import { isTypingTarget } from '../history/useHistory';
import { Hypothesis } from '../pt/Hypothesis';
import { type Kind } from '../shared/labels';
import { useApi } from '../shared/useApi';
import type { TextRange } from '../transcript/offsets';
import { ns } from './i18n';
import { KindButtons } from './KindButtons';
import { draftProblem, type Draft } from './nudge';
import { PtPicker } from './PtPicker';
import { VERDICT_KEYS, VerdictKeys } from './VerdictKeys';
import './coding.css';

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
      <h3><span className="pt-id">{point.id.startsWith('#') ? point.id : '★'}</span> {point.title}</h3>
      <Hypothesis point={point} compact />
    </aside>
  );
}

/**
 * Called while rendering the window that no longer shows the panel: moves the focus out of it
 * while the page is still laid out. Removing a focused element from the DOM makes the browser
 * lay out the window in the middle of React's commit, only to do it again for the frame.
 */
export function releaseCodingPanelFocus(): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.closest('.coding-panel')) focused.blur();
}

export function CodingPanel(props: {
  text: string; range: TextRange; points: readonly PtPoint[];
  draft: Draft; setDraft: (d: Draft) => void; onCode: () => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const { draft, setDraft, range } = props;
  const codes = useCodes();
  const ptInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const memoRef = useRef<HTMLTextAreaElement>(null);
  const inVivoRef = useRef(async () => {});
  const verdictRef = useRef<HTMLDivElement>(null);
  // a guard, not state: pressing Enter must not re-render the panel it is about to close
  const busy = useRef(false);
  const [preview, setPreview] = useState<string | null>(null);
  const problem = draftProblem(draft);
  const selectedText = props.text.slice(range.start, range.end);

  const submit = useRef(async () => {});
  submit.current = async () => {
    if (problem || busy.current) return;
    busy.current = true;
    try { await props.onCode(); } finally { busy.current = false; }
  };
  const cancel = useRef(props.onCancel);
  cancel.current = props.onCancel;
  const draftRef = useRef({ draft, setDraft });
  draftRef.current = { draft, setDraft };

  // registered before paint, so a key pressed as soon as the panel shows is not lost
  useLayoutEffect(() => {
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
      const key = e.key.toLowerCase();
      const kind = KEY_KIND[key];
      const { draft: d, setDraft: set } = draftRef.current;
      if (kind) {
        e.preventDefault();
        set({ ...d, kind: d.kind === kind ? null : kind });
      } else if (key === 'k') {
        e.preventDefault();
        codeInput.current?.focus();
      } else if (key === 'n') {
        e.preventDefault();
        memoRef.current?.focus();
      } else if (key === 'v') {
        e.preventDefault();
        void inVivoRef.current();
      } else if (d.pts.length && VERDICT_KEYS[e.key]) {
        // a point is chosen: 1–4 is the verdict (type # to add another point)
        e.preventDefault();
        set({ ...d, verdict: VERDICT_KEYS[e.key]! });
      } else if (/^[0-9#]$/.test(e.key)) {
        ptInput.current?.focus(); // the key itself then lands in the field
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const createCode = async (name: string) => (await mutate('codes.add', { path: name }))?.id;
  const inVivo = async () => {
    const name = inVivoName(selectedText);
    if (!name) return;
    const existing = codes.codes.find((c) => c.parent === null && c.name.toLowerCase() === name.toLowerCase());
    const id = existing?.id ?? await createCode(name);
    const d = draftRef.current.draft;
    if (id && !d.codes.includes(id)) draftRef.current.setDraft({ ...d, codes: [...d.codes, id] });
  };
  inVivoRef.current = inVivo;

  return (
    <section className="coding-panel" aria-label={t('newCoding')} data-start={range.start} data-end={range.end}>
      <h2 className="panel-title">{t('newCoding')}</h2>
      <blockquote className="selected-text" title={t('charRange', { start: range.start, end: range.end })}>”{excerpt(selectedText)}”</blockquote>
      <div className="field">
        <span className="field-label">{t('type')}</span>
        <KindButtons value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-pt">{t('ptPoints')}</label>
        <PtPicker id="new-pt" points={props.points} value={draft.pts} onChange={(pts) => setDraft({ ...draftRef.current.draft, pts })} inputRef={ptInput}
          onSubmit={() => void submit.current()} onAdded={() => verdictRef.current?.focus()} onPreview={setPreview} />
      </div>
      <HypothesisBeside points={props.points} id={preview ?? draft.pts.at(-1) ?? null} />
      <div className="field">
        <label className="field-label" htmlFor="new-verdict">{t('verdictLabel')} <span className="muted">({t('verdictHint')})</span></label>
        <VerdictKeys id="new-verdict" ref={verdictRef} value={draft.verdict} onChange={(verdict) => setDraft({ ...draftRef.current.draft, verdict })} />
      </div>
      <div className="field">
        <div className="field-label-row">
          <label className="field-label" htmlFor="new-codes">{t('codes')} <span className="muted">(K · V = in vivo)</span></label>
          <InVivoButton onClick={() => void inVivo()} />
        </div>
        <CodePicker id="new-codes" codes={codes} value={draft.codes} onChange={(ids) => setDraft({ ...draftRef.current.draft, codes: ids })}
          onCreate={createCode} inputRef={codeInput} onSubmit={() => void submit.current()} onLeave={() => verdictRef.current?.focus()} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-memo">{t('memo')} <span className="muted">(N) {t('optional')}</span></label>
        <textarea id="new-memo" ref={memoRef} rows={2} value={draft.memo} onChange={(e) => setDraft({ ...draft, memo: e.target.value })}
          placeholder={t('memoPlaceholder')} />
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={problem !== null} onClick={() => void submit.current()} title="Enter">
          {t('code')} <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={props.onCancel} title="Escape">{t('cancel')}</button>
      </div>
      <p className="hint">{problem ? `${t(problem)}. ` : ''}{t('keysHint')}</p>
    </section>
  );
}

function InVivoButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation(codesNs);
  return <button type="button" className="link-button small" title={t('inVivoTitle')} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>+ {t('inVivo')}</button>;
}
