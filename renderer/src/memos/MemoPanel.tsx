/**
 * Memos on one thing — the project, a source, a case, a PT point or a code: listed with who wrote
 * them and when, added, edited and deleted (each one undoable step in the project's history).
 * The PT point's memo stands beside its hypothesis in the evidence view.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { MemoView } from '../../../src/cmo/memos';
import { downloadFile } from '../shared/download';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ns } from './i18n';
import { useKeptMemoDraft } from './keptDraft';
import './memos.css';

type On = MemoView['on'];

export function MemoPanel({
  on,
  target,
  label,
  compact = false,
  exports = false,
}: {
  on: On;
  target: string | null;
  compact?: boolean;
  exports?: boolean;
  /** what the memos are on, in words (`Case 3`), after the title */
  label?: string;
}) {
  const { t, i18n } = useTranslation(ns);
  const { mutate, attempt } = useApi();
  const { data: memos } = useQuery('memo.list', on === 'project' ? { on } : target ? { on, target } : null);
  // what is typed survives a reload: kept per project and thing until saved (keptDraft.ts)
  const { data: info } = useQuery('project.info', {});
  const [kept, keep] = useKeptMemoDraft(info ? `${info.file}|${on}|${on === 'project' ? '' : (target ?? '')}` : null);
  const { text: draft, editing } = kept;
  const setDraft = (text: string) => keep((d) => ({ ...d, text }));
  const setEditing = (e: { id: string; text: string } | null) => keep((d) => ({ ...d, editing: e }));
  const [busy, setBusy] = useState(false);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });

  const add = async () => {
    if (!draft.trim()) return;
    setBusy(true);
    const r = await mutate('memo.add', { on, target: on === 'project' ? null : target, text: draft });
    setBusy(false);
    if (r) setDraft('');
  };
  const saveEdit = async () => {
    if (!editing || !editing.text.trim()) return;
    setBusy(true);
    const r = await mutate('memo.edit', { id: editing.id, text: editing.text });
    setBusy(false);
    if (r) setEditing(null);
  };
  const remove = async (id: string) => {
    await mutate('memo.remove', { id });
  };
  const saveKey = (e: KeyboardEvent, save: () => void) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
    if (e.key === 'Escape') {
      e.stopPropagation();
      setEditing(null);
    }
  };
  const exportAll = async (format: 'docx' | 'md') => {
    const f = await attempt('memo.export', { format });
    if (f) downloadFile(f);
  };

  const list = memos ?? [];
  return (
    <section className={`memo-panel${compact ? ' compact' : ''}`} aria-label={t(`titleOn.${on}`)}>
      <h3 className="memo-title">
        {t(`titleOn.${on}`)}
        {label && <span className="memo-on"> · {label}</span>}{' '}
        {list.length > 0 && <span className="count">{list.length}</span>}
      </h3>
      {list.length === 0 && !compact && <p className="muted small">{t('none')}</p>}
      <ul className="memo-list">
        {list.map((m) => (
          <li key={m.id} className="memo-item">
            {editing?.id === m.id ? (
              <div className="memo-edit">
                <textarea
                  aria-label={t('text')}
                  value={editing.text}
                  rows={4}
                  autoFocus
                  onChange={(e) => setEditing({ id: m.id, text: e.target.value })}
                  onKeyDown={(e) => saveKey(e, () => void saveEdit())}
                />
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy || !editing.text.trim()}
                    onClick={() => void saveEdit()}
                  >
                    {t('saveEdit')}
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    {t('cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <>
                <p className="memo-text">{m.text}</p>
                <p className="memo-byline small muted">
                  {t('byline', { coder: m.coder || '—', date: date(m.createdAt) })}
                  {m.updatedAt !== m.createdAt && <> · {t('edited', { date: date(m.updatedAt) })}</>}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('editLabel', { date: date(m.createdAt) })}
                    onClick={() => setEditing({ id: m.id, text: m.text })}
                  >
                    {t('edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('removeLabel', { date: date(m.createdAt) })}
                    onClick={() => void remove(m.id)}
                  >
                    {t('remove')}
                  </button>
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="memo-new">
        <textarea
          aria-label={t('add')}
          placeholder={t('placeholder')}
          value={draft}
          rows={compact ? 2 : 3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => saveKey(e, () => void add())}
        />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy || !draft.trim() || (on !== 'project' && !target)}
            onClick={() => void add()}
          >
            {t('save')}
          </button>
          <span className="muted small">{t('shortcut')}</span>
          {exports && (
            <span className="memo-exports" title={t('exportTitle')}>
              <button type="button" onClick={() => void exportAll('docx')}>
                {t('exportDocx')}
              </button>
              <button type="button" onClick={() => void exportAll('md')}>
                {t('exportMd')}
              </button>
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
