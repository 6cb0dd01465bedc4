/**
 * The report's quote format: the attribution template with a live preview (filled by the
 * service for the quotes shown, so an unknown field is reported as the export would), and
 * Danish or English quotation marks.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AttributeDef, QuoteSettings } from '../../../src/cmo/model';
import type { Quote } from '../../../src/cmo/quotes';
import { api } from '../api';
import { errorText } from '../shared/errors';
import { useApi } from '../shared/useApi';
import type { QuoteQuery } from './filter';
import { ns } from './i18n';
import { MarkedText, QUOTE_MARKS } from './MarkedText';

export const DEFAULT_ATTRIBUTION = '({role}, {case})';
const PREVIEW = 3;

export function QuoteSettingsPanel({
  settings,
  query,
  attributeDefs,
  onClose,
}: {
  settings: QuoteSettings;
  query: QuoteQuery;
  attributeDefs: readonly AttributeDef[];
  onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const id = useId();
  const radios = `${id}-marks`;
  const [draft, setDraft] = useState(settings.attribution);
  const [preview, setPreview] = useState<{ quotes: Quote[]; error: string | null } | null>(null);
  const [saved, setSaved] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setDraft(settings.attribution);
  }, [settings.attribution]);
  // the marks show at once; the project's setting follows
  const [markStyle, setMarkStyle] = useState(settings.quoteMarks);
  useEffect(() => {
    setMarkStyle(settings.quoteMarks);
  }, [settings.quoteMarks]);
  const chooseMarks = (m: 'da' | 'en') => {
    setMarkStyle(m);
    void mutate('quotes.setSettings', { quoteMarks: m });
  };

  // the preview: the service fills the template (debounced), so its errors are the export's
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('quotes.list', { ...(JSON.parse(queryKey) as QuoteQuery), attribution: draft })
        .then((qs) => {
          if (live) setPreview({ quotes: qs.slice(0, PREVIEW), error: null });
        })
        .catch((e: unknown) => {
          if (live) setPreview((p) => ({ quotes: p?.quotes ?? [], error: errorText(e) }));
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, queryKey]);

  const insert = (token: string) => {
    const el = input.current;
    const a = el?.selectionStart ?? draft.length;
    const b = el?.selectionEnd ?? draft.length;
    // inside the closing parenthesis when the caret is at the very end
    const at = a === draft.length && /\)\s*$/.test(draft) ? draft.lastIndexOf(')') : a;
    const end = a === draft.length ? at : b;
    const before = draft.slice(0, at);
    const sep = /[(\s]$/.test(before) || !before ? '' : ', ';
    const next = `${before}${sep}${token}${draft.slice(end)}`;
    setDraft(next);
    setSaved(false);
    requestAnimationFrame(() => {
      el?.focus();
      const c = at + sep.length + token.length;
      el?.setSelectionRange(c, c);
    });
  };

  const save = async () => {
    if (await mutate('quotes.setSettings', { attribution: draft })) setSaved(true);
  };

  const marks = QUOTE_MARKS[markStyle];
  const tokens = [
    '{role}',
    '{case}',
    '{caseNumber}',
    '{participant}',
    '{source}',
    '{pt}',
    ...attributeDefs.map((a) => `{attr:${a.id}}`),
  ];
  const example =
    `({role}, {case}${attributeDefs.some((a) => a.id === 'sektor') ? ', {attr:sektor}' : ''}` +
    `${attributeDefs.some((a) => a.id === 'ansatte') ? ', {attr:ansatte} ansatte' : ''})`;

  return (
    <section className="quote-settings tool-panel" aria-label={t('settings.region')}>
      <div className="panel-head">
        <h3>{t('settings.title')}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label={t('settings.close')}
          title={t('settings.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="settings-grid">
        <div>
          <label className="field-label" htmlFor={`${id}-attr`}>
            {t('settings.attribution')}
          </label>
          <div className="attribution-row">
            <input
              id={`${id}-attr`}
              ref={input}
              className="attribution-input"
              value={draft}
              maxLength={500}
              spellCheck={false}
              aria-invalid={preview?.error ? true : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setSaved(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save();
                }
              }}
            />
            <button
              type="button"
              className="primary"
              disabled={draft === settings.attribution || !!preview?.error}
              onClick={() => void save()}
            >
              {t('settings.save')}
            </button>
          </div>
          <p className="hint">{t('settings.attributionHelp')}</p>
          <div className="token-row" role="group" aria-label={t('settings.insert')}>
            <span className="field-label">{t('settings.insert')}:</span>
            {tokens.map((tok) => (
              <button key={tok} type="button" className="chip" onClick={() => insert(tok)}>
                {tok}
              </button>
            ))}
          </div>
          <div className="token-row">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft(DEFAULT_ATTRIBUTION);
                setSaved(false);
              }}
            >
              {t('settings.default')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft(example);
                setSaved(false);
              }}
            >
              {t('settings.example')}: <code>{example}</code>
            </button>
          </div>
          {preview?.error && (
            <p className="rendition-error" role="alert">
              {preview.error}
            </p>
          )}
          {saved && draft === settings.attribution && (
            <p className="copied" role="status">
              {t('settings.saved')}
            </p>
          )}
        </div>
        <fieldset className="marks-choice">
          <legend className="field-label">{t('settings.marks')}</legend>
          <label className="check">
            <input type="radio" name={radios} checked={markStyle === 'da'} onChange={() => chooseMarks('da')} />{' '}
            {t('settings.marksDa')}
          </label>
          <label className="check">
            <input type="radio" name={radios} checked={markStyle === 'en'} onChange={() => chooseMarks('en')} />{' '}
            {t('settings.marksEn')}
          </label>
        </fieldset>
      </div>
      <div className="settings-preview" aria-live="polite">
        <h4 className="field-label">{t('settings.preview')}</h4>
        {preview && !preview.quotes.length && <p className="muted small">{t('settings.previewEmpty')}</p>}
        {preview?.quotes.map((q) => (
          <blockquote key={q.id} className={preview.error ? 'stale' : ''}>
            <p className="quote-text">
              {marks[0]}
              <MarkedText
                text={
                  q.reportText.length > 160 ? `${q.reportText.slice(0, 160).replace(/\s+\S*$/, '')} …` : q.reportText
                }
              />
              {marks[1]}
            </p>
            <p className="quote-attribution" data-testid="attribution-preview">
              {q.attribution}
            </p>
          </blockquote>
        ))}
      </div>
    </section>
  );
}
