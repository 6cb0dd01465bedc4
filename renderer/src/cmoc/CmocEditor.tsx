/**
 * Creating or editing a CMO configuration: the picked passages sorted into K, M and O, a PT
 * point, a verdict on its hypothesis and the "if–then–because" statement. One undoable step.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import { KINDS, VERDICTS, type PtPoint, type Verdict } from '../../../src/cmo/model';
import type { Quote } from '../../../src/cmo/quotes';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import { useKey } from '../shortcuts/keymap';
import './cmoc.css';
import { quoted } from './PassageItem';

export interface EditorTarget {
  /** the configuration being edited; absent for a new one */
  config?: ConfigurationView;
  quotes: Quote[];
  pt: string;
}

export function CmocEditor({
  target,
  points,
  onClose,
  onSaved,
}: {
  target: EditorTarget;
  points: readonly PtPoint[];
  onClose: () => void;
  onSaved?: (c: ConfigurationView) => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [pt, setPt] = useState(target.pt);
  const [verdict, setVerdict] = useState<Verdict>(target.config?.verdict ?? 'unclear');
  const [statement, setStatement] = useState(target.config?.statement ?? '');
  const [quotes, setQuotes] = useState(target.quotes);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  useKey('escape', () => onClose());

  const missing = KINDS.filter((k) => !quotes.some((q) => q.kind === k));
  const save = async () => {
    if (!quotes.length || !pt) return;
    setBusy(true);
    const segmentIds = quotes.map((q) => q.id);
    const res = target.config
      ? await mutate('cmoc.update', { id: target.config.id, pt, segmentIds, verdict, statement: statement.trim() })
      : await mutate('cmoc.add', { pt, segmentIds, verdict, statement: statement.trim() });
    setBusy(false);
    if (res) {
      onSaved?.(res);
      onClose();
    }
  };

  const title = target.config ? t('editor.editTitle') : t('editor.newTitle');
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="modal cmoc-editor" role="dialog" aria-modal="true" aria-labelledby="cmoc-editor-title">
        <div className="panel-head">
          <h2 id="cmoc-editor-title">{title}</h2>
          <button type="button" className="icon-button" aria-label={t('editor.close')} onClick={onClose}>
            ×
          </button>
        </div>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor="cmoc-pt">
              {t('editor.pt')}
            </label>
            <select id="cmoc-pt" ref={first} value={pt} onChange={(e) => setPt(e.target.value)}>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id.startsWith('#') ? p.id : t('overall')} — {p.title}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field verdict-field">
            <legend className="field-label">{t('editor.verdict')}</legend>
            <div className="verdict-options">
              {VERDICTS.map((v) => (
                <label key={v} className={`verdict-option verdict-${v}`}>
                  <input
                    type="radio"
                    name="cmoc-verdict"
                    value={v}
                    checked={verdict === v}
                    onChange={() => setVerdict(v)}
                  />{' '}
                  {t(`verdict.${v}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="cmoc-statement">
            {t('editor.statement')}
          </label>
          <textarea
            id="cmoc-statement"
            rows={3}
            value={statement}
            placeholder={t('editor.statementPlaceholder')}
            onChange={(e) => setStatement(e.target.value)}
          />
        </div>
        <h3 className="field-label">{t('editor.passages')}</h3>
        {!quotes.length && <p className="field-error">{t('editor.empty')}</p>}
        <div className="cmo-columns">
          {KINDS.map((k) => (
            <section key={k} className={`cmo-column kind-col-${k}`} aria-label={t(`kind.${k}`)}>
              <h4 className={`kind-tag kind-${k}`}>{t(`kind.${k}`)}</h4>
              <ul>
                {quotes
                  .filter((q) => q.kind === k)
                  .map((q) => (
                    <li key={q.id}>
                      <span className="mini-quote">
                        {quoted(q.text.length > 160 ? `${q.text.slice(0, 157)}…` : q.text)}
                      </span>
                      <span className="muted small"> {q.attribution}</span>
                      <button
                        type="button"
                        className="link-button small"
                        title={t('editor.removeTitle')}
                        onClick={() => setQuotes(quotes.filter((x) => x.id !== q.id))}
                      >
                        {t('editor.remove')}
                      </button>
                    </li>
                  ))}
                {!quotes.some((q) => q.kind === k) && <li className="muted small">—</li>}
              </ul>
            </section>
          ))}
        </div>
        {quotes.length > 0 && missing.length > 0 && (
          <p className="hint">{t('editor.noKind', { kinds: missing.map((k) => t(`kind.${k}`)).join(', ') })}</p>
        )}
        <div className="actions modal-actions">
          <button type="button" className="primary" disabled={busy || !quotes.length} onClick={() => void save()}>
            {t('editor.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
