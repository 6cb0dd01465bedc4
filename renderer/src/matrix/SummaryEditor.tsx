/** The framework-matrix summary of one cell: written here, saved in the project as one undoable step. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';

export function SummaryEditor({
  rows,
  cols,
  rowId,
  colId,
  saved,
  dimsLabel,
}: {
  rows: string;
  cols: string;
  rowId: string;
  colId: string;
  saved: string;
  dimsLabel: { rows: string; cols: string };
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [text, setText] = useState(saved);
  const [busy, setBusy] = useState(false);
  // another cell, or the saved text changed under us (undo): show what is kept
  useEffect(() => {
    setText(saved);
  }, [saved, rowId, colId]);
  const dirty = text.trim() !== saved.trim();
  const save = async (value: string) => {
    setBusy(true);
    await mutate('framework.set', { rows, cols, rowId, colId, text: value });
    setBusy(false);
  };
  return (
    <div className="summary-editor">
      <label className="field-label" htmlFor="cell-summary">
        {t('summary.label')}
      </label>
      <textarea
        id="cell-summary"
        rows={4}
        value={text}
        placeholder={t('summary.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && dirty) {
            e.preventDefault();
            void save(text);
          }
        }}
      />
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !dirty} onClick={() => void save(text)}>
          {t('summary.save')}
        </button>
        {saved && (
          <button type="button" disabled={busy} onClick={() => void save('')}>
            {t('summary.clear')}
          </button>
        )}
        <span className={`summary-state ${dirty ? 'unsaved' : 'saved'}`} role="status">
          {dirty ? t('summary.unsaved') : saved ? t('summary.saved') : ''}
        </span>
        <span className="muted small summary-hint">{t('summary.hint', dimsLabel)}</span>
      </div>
    </div>
  );
}
