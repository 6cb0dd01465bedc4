/** What is picked for a configuration, and the button that makes one of it. */
import { useTranslation } from '../i18n/useTranslation';
import type { Selection } from './selection';
import { ns } from './i18n';
import './cmoc.css';

export function SelectionTray({ selection, onCreate }: { selection: Selection; onCreate: () => void }) {
  const { t } = useTranslation(ns);
  const n = selection.quotes.length;
  if (!n) return <p className="selection-hint muted small">{t('tray.hint')}</p>;
  const cases = new Set(selection.quotes.map((q) => q.case ?? ''));
  const kinds = { C: 0, M: 0, O: 0 };
  for (const q of selection.quotes) if (q.kind) kinds[q.kind]++;
  return (
    <div className="selection-tray" role="region" aria-label={t('tray.label')}>
      <span className="tray-count">
        <strong>{t('tray.selected', { count: n })}</strong> {t('tray.cases', { count: cases.size })}
      </span>
      <span className="tray-kinds" aria-hidden="true">
        {(['C', 'M', 'O'] as const).map((k) => (
          <span key={k} className={`kind-tag kind-${k}${kinds[k] ? '' : ' absent'}`}>
            {t(`kindShort.${k}`)} {kinds[k]}
          </span>
        ))}
      </span>
      <button type="button" className="primary" onClick={onCreate}>
        {t('tray.create')}
      </button>
      <button type="button" onClick={selection.clear}>
        {t('tray.clear')}
      </button>
    </div>
  );
}
