/** What can be done to the chosen code in the codebook: rename, move, merge, delete, mark as folder, describe. */
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import type { CodeView } from './useCodes';

/** What can be done to the chosen code. */
export function CodeActions({
  code,
  codes,
  subtree,
  onNotice,
  onGone,
}: {
  code: CodeView;
  codes: CodeView[];
  subtree: Set<string>;
  onNotice: (s: string) => void;
  onGone: () => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const [mergeInto, setMergeInto] = useState('');
  const [confirm, setConfirm] = useState<'delete' | 'merge' | null>(null);
  const others = codes.filter((c) => c.id !== code.id);
  const into = codes.find((c) => c.id === mergeInto);

  const remove = async () => {
    const r = await mutate('codes.remove', { id: code.id });
    if (!r) return;
    onGone();
    onNotice(
      r.flagged ? t('deletedFlagged', { path: code.path, count: r.flagged }) : t('deleted', { path: code.path }),
    );
  };
  const merge = async () => {
    if (!into) return;
    if (await mutate('codes.merge', { from: code.id, into: into.id })) onGone();
  };

  return (
    <div className="code-actions">
      <form
        className="code-new-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== code.name) void mutate('codes.update', { id: code.id, name: name.trim() });
        }}
      >
        <input
          value={name}
          aria-label={t('renameLabel', { name: code.name })}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!name.trim() || name.trim() === code.name}>
          {t('rename')}
        </button>
      </form>
      <label className="code-inline">
        <span>{t('moveTo')}</span>
        <select
          value={code.parent ?? ''}
          onChange={(e) => void mutate('codes.update', { id: code.id, parent: e.target.value || null })}
        >
          <option value="">{t('topLevel')}</option>
          {codes
            .filter((c) => !subtree.has(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
        </select>
      </label>
      <label className="code-inline">
        <span>{t('mergeInto')}</span>
        <select
          value={mergeInto}
          onChange={(e) => {
            setMergeInto(e.target.value);
            setConfirm(e.target.value ? 'merge' : null);
          }}
        >
          <option value="">—</option>
          {others
            .filter((c) => c.codable)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
        </select>
      </label>
      <label className="code-check">
        <input
          type="checkbox"
          checked={code.codable}
          onChange={(e) => void mutate('codes.update', { id: code.id, codable: e.target.checked })}
        />{' '}
        {t('codable')}
      </label>
      <label className="field-label" htmlFor={`desc-${code.id}`}>
        {t('description')}
      </label>
      <textarea id={`desc-${code.id}`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      <div className="actions">
        <button
          type="button"
          disabled={description === code.description}
          onClick={() => void mutate('codes.update', { id: code.id, description })}
        >
          {t('saveDescription')}
        </button>
        <button type="button" className="danger" onClick={() => setConfirm('delete')}>
          {t('delete')}
        </button>
      </div>
      {confirm && (
        <div
          className="warn-box code-confirm"
          role="alertdialog"
          aria-label={t(confirm === 'delete' ? 'delete' : 'mergeInto')}
        >
          <p>
            {confirm === 'delete'
              ? t('deleteConfirm', { path: code.path })
              : t('mergeConfirm', { from: code.path, into: into?.path ?? '' })}
          </p>
          <div className="actions">
            <button
              type="button"
              className={confirm === 'delete' ? 'danger' : 'primary'}
              onClick={() => void (confirm === 'delete' ? remove() : merge())}
            >
              {t(confirm === 'delete' ? 'delete' : 'mergeInto').replace('…', '')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirm(null);
                setMergeInto('');
              }}
            >
              {t('close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
