/** The dialog's first steps: the picker, then the table of picked files with their case, role and status. */
import type { ProjectInfo } from '../../../src/api/contract';
import { useTranslation } from '../i18n/useTranslation';
import { baseName, parentFolder } from './files';
import { formatBytes } from './format';
import { roleName } from '../shared/roleName';
import { ns } from './i18n';
import type { Row } from './rows';

export function Picker({ onFiles, onFolder }: { onFiles: () => void; onFolder: (() => void) | null }) {
  const { t } = useTranslation(ns);
  return (
    <div className="import-picker">
      <p>{t('pick.intro')}</p>
      <p className="muted small">{t('pick.formats')}</p>
      <div className="import-dropzone">
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={onFiles}>
            {t('pick.files')}
          </button>
          {onFolder && (
            <button type="button" onClick={onFolder}>
              {t('pick.folder')}
            </button>
          )}
        </div>
        <p className="muted">{t('pick.drop')}</p>
      </div>
    </div>
  );
}

export function PreviewTable({
  info,
  rows,
  setRows,
  loading,
  skippedClutter,
  onAddFiles,
  onAddFolder,
}: {
  info: ProjectInfo;
  rows: Row[];
  setRows: (f: (rows: Row[]) => Row[]) => void;
  loading: boolean;
  skippedClutter: number;
  onAddFiles: () => void;
  onAddFolder: (() => void) | null;
}) {
  const { t } = useTranslation(ns);
  const update = (key: string, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const readable = rows.filter((r) => !r.problem);
  const bad = rows.length - readable.length;
  const chosen = readable.filter((r) => r.include);
  const allOn = readable.length > 0 && chosen.length === readable.length;
  const setAll = (patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.include && !r.problem ? { ...r, ...patch } : r)));

  const caseOptions = info.cases.map((c) => (
    <option key={c.id} value={c.id}>
      {c.label}
    </option>
  ));
  const roleOptions = info.roles.map((r) => (
    <option key={r.id} value={r.id}>
      {roleName(r)}
    </option>
  ));

  return (
    <div className="import-preview">
      <p className="import-lead">
        {t('preview.summary', { count: rows.length })}
        {bad > 0 && (
          <>
            {' '}
            · <span className="import-bad-count">{t('preview.unreadable', { count: bad })}</span>
          </>
        )}
        {loading && <span className="loading"> · {t('preview.loading')}</span>}
      </p>
      <p className="muted small">
        {t('preview.help')}
        {bad > 0 ? ` ${t('preview.leftOut')}` : ''}
      </p>
      {skippedClutter > 0 && <p className="muted small">{t('preview.clutter', { count: skippedClutter })}</p>}
      <div className="import-bulk">
        <span>{t('preview.setAll', { count: chosen.length })}</span>
        <select
          aria-label={t('preview.setAllCase')}
          value=""
          disabled={!chosen.length}
          onChange={(e) => setAll({ caseId: e.target.value === '-' ? '' : e.target.value })}
        >
          <option value="" disabled>
            {t('preview.setAllCase')}
          </option>
          <option value="-">{t('preview.noCase')}</option>
          {caseOptions}
        </select>
        <select
          aria-label={t('preview.setAllRole')}
          value=""
          disabled={!chosen.length}
          onChange={(e) => setAll({ roleId: e.target.value === '-' ? '' : e.target.value })}
        >
          <option value="" disabled>
            {t('preview.setAllRole')}
          </option>
          <option value="-">{t('preview.noRole')}</option>
          {roleOptions}
        </select>
        <span className="grow" />
        <button type="button" onClick={onAddFiles}>
          {t('preview.addFiles')}
        </button>
        {onAddFolder && (
          <button type="button" onClick={onAddFolder}>
            {t('preview.addFolder')}
          </button>
        )}
      </div>
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th className="col-check">
                <input
                  type="checkbox"
                  aria-label={t('preview.includeAll')}
                  checked={allOn}
                  disabled={!readable.length}
                  onChange={() => setRows((rs) => rs.map((r) => (r.problem ? r : { ...r, include: !allOn })))}
                />
              </th>
              <th>{t('col.file')}</th>
              <th>{t('col.name')}</th>
              <th>{t('col.case')}</th>
              <th>{t('col.role')}</th>
              <th>{t('col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const file = baseName(r.picked.path);
              const folder = parentFolder(r.picked.path);
              const caseHint =
                r.meta?.caseId && r.caseId === r.meta.caseId
                  ? t('preview.fromName', { text: r.meta.matched.case })
                  : r.folderMeta?.caseId && r.caseId === r.folderMeta.caseId && folder
                    ? t('preview.fromFolder', { text: folder })
                    : null;
              const roleHint =
                r.meta?.roleId && r.roleId === r.meta.roleId
                  ? t('preview.fromName', { text: r.meta.matched.role })
                  : r.folderMeta?.roleId && r.roleId === r.folderMeta.roleId && folder
                    ? t('preview.fromFolder', { text: folder })
                    : null;
              const unknownCase =
                r.meta && r.meta.caseNumber !== null && !r.meta.caseId && !r.caseId
                  ? t('preview.unknownCase', { number: r.meta.caseNumber })
                  : null;
              return (
                <tr key={r.key} className={r.problem ? 'bad' : r.include ? '' : 'off'} data-file={file}>
                  <td className="col-check">
                    <input
                      type="checkbox"
                      aria-label={t('preview.include', { file })}
                      checked={r.include && !r.problem}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { include: e.target.checked })}
                    />
                  </td>
                  <td className="col-file">
                    <span className="import-file-name" title={r.picked.path}>
                      {file}
                    </span>
                    <span className="muted small">
                      {folder ? `${folder}/ · ` : ''}
                      {formatBytes(r.picked.file.size)}
                      {r.meta?.format ? ` · ${r.meta.format}` : ''}
                    </span>
                  </td>
                  <td className="col-name">
                    <input
                      type="text"
                      aria-label={t('preview.nameOf', { file })}
                      value={r.name}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { name: e.target.value })}
                    />
                  </td>
                  <td className="col-case">
                    <select
                      aria-label={t('preview.caseOf', { file })}
                      value={r.caseId}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { caseId: e.target.value })}
                    >
                      <option value="">{t('preview.noCase')}</option>
                      {caseOptions}
                    </select>
                    {caseHint && <span className="hint-line">{caseHint}</span>}
                    {unknownCase && <span className="hint-line warn">{unknownCase}</span>}
                  </td>
                  <td className="col-role">
                    <select
                      aria-label={t('preview.roleOf', { file })}
                      value={r.roleId}
                      disabled={!!r.problem}
                      onChange={(e) => update(r.key, { roleId: e.target.value })}
                    >
                      <option value="">{t('preview.noRole')}</option>
                      {roleOptions}
                    </select>
                    {roleHint && <span className="hint-line">{roleHint}</span>}
                  </td>
                  <td className="col-status">
                    {r.problem ? (
                      <span className="import-problem">{r.problem}</span>
                    ) : !r.meta || !r.sniffed ? (
                      <span className="loading">{t('preview.checking')}</span>
                    ) : r.include ? (
                      <span className="import-ready">{t('preview.ready')}</span>
                    ) : (
                      <span className="muted">{t('preview.notChosen')}</span>
                    )}
                    <button
                      type="button"
                      className="icon-button import-remove"
                      aria-label={t('preview.remove', { file })}
                      title={t('preview.remove', { file })}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
