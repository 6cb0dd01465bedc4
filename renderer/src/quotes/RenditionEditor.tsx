/**
 * The report rendition of one quote: the author edits the text, shortening with `(…)` and
 * replacing words with `[bracketed]` text; the original stands beside it with what is left out
 * struck through. The service's rule is checked as the author types (the same function) and the
 * service's own message is shown here when saving fails. Transcript and segment stay untouched.
 */
import { diffWordsWithSpace } from 'diff';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Quote } from '../../../src/cmo/quotes';
import { editsFromText, normalizeMarks } from '../../../src/cmo/renditions';
import { api } from '../api';
import { errorText } from '../shared/errors';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import { MarkedText } from './MarkedText';

const tidy = (s: string) => normalizeMarks(s.normalize('NFC').replace(/\s+/g, ' ').trim());

/**
 * The original in runs, `cut` where the rendition leaves it out or replaces it
 * (one run per cut, spaces inside it included).
 */
function struck(original: string, draft: string): { value: string; cut: boolean }[] {
  const runs: { value: string; cut: boolean }[] = [];
  const parts = diffWordsWithSpace(original, draft).filter((d) => !d.added);
  parts.forEach((d, i) => {
    const last = runs.at(-1);
    const bridging = !d.removed && /^\s+$/.test(d.value) && last?.cut && parts[i + 1]?.removed;
    const cut = !!d.removed || !!bridging;
    if (last && last.cut === cut) last.value += d.value;
    else runs.push({ value: d.value, cut });
  });
  return runs;
}

/** The service's check of an edited text, run here as the author types: null when it would be accepted. */
function check(original: string, draft: string): string | null {
  try {
    editsFromText(original, 0, draft);
    return null;
  } catch (e) {
    return errorText(e);
  }
}

export function RenditionEditor({
  quote,
  marks,
  onClose,
}: {
  quote: Quote;
  marks: readonly [string, string];
  onClose: () => void;
}) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const [draft, setDraft] = useState(quote.reportText);
  const [serviceError, setServiceError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // the saved rendition changed (saved here, undone, …): start from it again
  useEffect(() => {
    setDraft(quote.reportText);
    setServiceError(null);
  }, [quote.reportText]);
  useEffect(() => {
    area.current?.focus();
  }, []);
  // the textarea grows with the text (up to its CSS max-height), so the whole quote is in view
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [draft]);

  const changed = tidy(draft) !== tidy(quote.reportText);
  const liveError = useMemo(() => (changed ? check(quote.text, draft) : null), [changed, quote.text, draft]);
  const error = serviceError ?? liveError;
  const diff = useMemo(() => struck(quote.text, tidy(draft)), [quote.text, draft]);

  /** A change through the API with its error kept here, then the views (and undo) refreshed. */
  const change = async (params: { text: string } | { edits: null }) => {
    setBusy(true);
    setServiceError(null);
    setSaved(false);
    try {
      await api.call('quotes.setRendition', { id: quote.id, ...params });
      setSaved(true);
      await tools.mutate('history.state', {});
    } catch (e) {
      setServiceError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (changed && !busy) void change({ text: draft });
  };
  const reset = () => {
    setDraft(quote.text);
    void change({ edits: null });
  };

  /** Replaces the textarea's selection, keeping the caret where the author expects it. */
  const replaceSelection = (wrap: (sel: string) => { text: string; caret: number }) => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    const { text, caret } = wrap(value.slice(a, b));
    const before = value.slice(0, a);
    const after = value.slice(b);
    const lead = before && !/\s$/.test(before) ? ' ' : '';
    const trail = after && !/^[\s.,;:!?]/.test(after) ? ' ' : '';
    setDraft(before + lead + text + trail + after);
    setServiceError(null);
    requestAnimationFrame(() => {
      el.focus();
      const at = before.length + lead.length + caret;
      el.setSelectionRange(at, at);
    });
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <section className="rendition-editor" aria-label={t('editor.region')} onKeyDown={onKey}>
      <p className="hint rendition-help">{t('editor.help')}</p>
      <div className="rendition-columns">
        <div className="rendition-col">
          <h4 className="field-label">{t('editor.original')}</h4>
          <p className="rendition-original" data-testid="rendition-original">
            {diff.map((d, i) => (d.cut ? <del key={i}>{d.value}</del> : <span key={i}>{d.value}</span>))}
          </p>
          <p className="hint">{t('editor.originalHint')}</p>
        </div>
        <div className="rendition-col">
          <label className="field-label" htmlFor={`${id}-text`}>
            {t('editor.rendition')}
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            value={draft}
            rows={4}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setServiceError(null);
              setSaved(false);
            }}
          />
          <div className="rendition-tools">
            <button
              type="button"
              title={t('editor.cutTitle')}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => replaceSelection(() => ({ text: '(…)', caret: 3 }))}
            >
              {t('editor.cut')}
            </button>
            <button
              type="button"
              title={t('editor.bracketTitle')}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => replaceSelection((sel) => ({ text: `[${sel.trim()}]`, caret: 1 + sel.trim().length }))}
            >
              {t('editor.bracket')}
            </button>
          </div>
        </div>
      </div>
      {error && (
        <p className="rendition-error" role="alert" id={`${id}-err`}>
          <strong>{t('editor.error')}:</strong> {error}
        </p>
      )}
      <div className="rendition-preview">
        <h4 className="field-label">{t('editor.preview')}</h4>
        <blockquote>
          <p className="quote-text">
            {marks[0]}
            <MarkedText text={tidy(draft)} />
            {marks[1]}
          </p>
          {quote.attribution && <p className="quote-attribution">{quote.attribution}</p>}
        </blockquote>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={save} disabled={!changed || busy}>
          {busy ? t('editor.saving') : t('editor.save')}
        </button>
        <button
          type="button"
          onClick={reset}
          disabled={busy || (!quote.edited && !changed)}
          title={t('editor.resetTitle')}
        >
          {t('editor.reset')}
        </button>
        <button type="button" onClick={onClose}>
          {t('editor.cancel')}
        </button>
        <span className="muted small rendition-status" role="status">
          {saved && !changed ? t('editor.saved') : !changed ? t('editor.unchanged') : ''}
        </span>
        <span className="muted small rendition-keys">{t('editor.keys')}</span>
      </div>
    </section>
  );
}
