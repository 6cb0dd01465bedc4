/** A PT point's CMO configurations: verdict, if–then–because, cases, passages by kind; edit and delete (undoable). */
import { useTranslation } from '../i18n/useTranslation';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import './cmoc.css';

export function CmocList({
  configs,
  caseLabel,
  onEdit,
}: {
  configs: readonly ConfigurationView[];
  caseLabel: (id: string) => string;
  onEdit: (c: ConfigurationView) => void;
}) {
  const { t } = useTranslation(ns);
  const { mutate } = useApi();
  if (!configs.length) return <p className="muted">{t('list.none')}</p>;
  return (
    <ol className="cmoc-list">
      {configs.map((c, i) => (
        <li key={c.id} className={`cmoc-card verdict-${c.verdict}`} data-config={c.id}>
          <div className="meta">
            <strong>{t('graph.config', { n: i + 1 })}</strong>
            <span className="verdict-tag">{t(`verdict.${c.verdict}`)}</span>
            <span>{t('list.cases', { cases: c.cases.map(caseLabel).join(', ') || t('noCase') })}</span>
            <span>
              {`${t('kindShort.C')} ${c.contextIds.length} · ${t('kindShort.M')} ${c.mechanismIds.length} · `}
              {`${t('kindShort.O')} ${c.outcomeIds.length}`}
            </span>
            <span className="actions">
              <button type="button" onClick={() => onEdit(c)}>
                {t('list.edit')}
              </button>
              <button type="button" className="danger" onClick={() => void mutate('cmoc.remove', { id: c.id })}>
                {t('list.remove')}
              </button>
            </span>
          </div>
          <p className="statement">{c.statement || <span className="muted">{t('list.noStatement')}</span>}</p>
        </li>
      ))}
    </ol>
  );
}
