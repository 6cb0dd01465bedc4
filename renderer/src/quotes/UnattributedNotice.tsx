/**
 * An export refused because some quotes lie in the interviewer's speech or have no participant:
 * the refusal's own line (which quotes, and how to repair them), an "allow anyway" checkbox, and
 * the export again once it is ticked. Unticked again whenever the quotes shown change.
 */
import { useTranslation } from '../i18n/useTranslation';
import { ns } from './unattributedI18n';
import './unattributed.css';

export function UnattributedNotice({
  line,
  allow,
  onAllow,
  onRetry,
  onClose,
  busy,
  copy,
}: {
  line: string;
  allow: boolean;
  onAllow: (v: boolean) => void;
  onRetry: () => void;
  onClose: () => void;
  busy: boolean;
  /** the refused action was a copy to the clipboard, not a file */
  copy: boolean;
}) {
  const { t } = useTranslation(ns);
  return (
    <div className="unattributed-refusal" role="alert" aria-label={t('title')}>
      <p className="unattributed-line">⚠ {line}</p>
      <label className="check">
        <input type="checkbox" checked={allow} onChange={(e) => onAllow(e.target.checked)} /> {t('allow')}
      </label>
      <div className="actions">
        <button type="button" className="primary warn-primary" disabled={!allow || busy} onClick={onRetry}>
          {copy ? t('copyAgain') : t('exportAgain')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
