/**
 * One matrix cell opened: its framework summary (in framework mode), the CMO configurations
 * counted in it, and its passages — each one click from its place in the transcript and with a
 * check box to pick it for a new configuration.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ConfigurationView } from '../../../src/cmo/configurations';
import type { Quote } from '../../../src/cmo/quotes';
import { ns as cmocNs } from '../cmoc/i18n';
import { PassageItem } from '../cmoc/PassageItem';
import type { Selection } from '../cmoc/selection';
import { ns } from './i18n';

export function CellPanel(props: {
  title: string;
  countLabel: string;
  ids: readonly string[];
  quotes: readonly Quote[] | undefined;
  loading: boolean;
  configs: readonly ConfigurationView[];
  caseLabel: (id: string) => string;
  summary: React.ReactNode;
  selection: Selection;
  onJump: (sourceId: string, segmentId: string) => void;
  onClose: () => void;
  onEditConfig: (c: ConfigurationView) => void;
}) {
  const { t } = useTranslation(ns);
  const { t: tc } = useTranslation(cmocNs);
  const want = new Set(props.ids);
  const shown = props.quotes?.filter((q) => want.has(q.id)) ?? [];
  const here = useRef<HTMLElement>(null);
  useEffect(() => {
    here.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [props.title]);
  return (
    <section ref={here} className="cell-panel" aria-label={t('cell.label')}>
      <div className="panel-head">
        <h3>
          {props.title} <span className="count">{props.countLabel}</span>
        </h3>
        <button type="button" className="icon-button" aria-label={t('cell.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      {props.summary}
      {props.configs.length > 0 && (
        <div className="cell-configs">
          <h4 className="field-label">{t('cell.configs')}</h4>
          <ul>
            {props.configs.map((c) => (
              <li key={c.id} className={`config-chip verdict-${c.verdict}`}>
                <span className="verdict-tag">{tc(`verdict.${c.verdict}`)}</span>{' '}
                <strong>{c.pt.startsWith('#') ? c.pt : tc('overall')}</strong>{' '}
                <span>{c.statement || <span className="muted">{tc('list.noStatement')}</span>}</span>{' '}
                <span className="muted small">({c.cases.map(props.caseLabel).join(', ') || tc('noCase')})</span>{' '}
                <button type="button" className="link-button small" onClick={() => props.onEditConfig(c)}>
                  {tc('list.edit')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.loading && !props.quotes && <p className="muted">{t('cell.loading')}</p>}
      {props.quotes && props.ids.length > 0 && shown.length === 0 && <p className="muted">{t('cell.empty')}</p>}
      <ul className="passage-list">
        {shown.map((q) => (
          <PassageItem
            key={q.id}
            quote={q}
            selected={props.selection.has(q.id)}
            onToggle={props.selection.toggle}
            onJump={props.onJump}
          />
        ))}
      </ul>
    </section>
  );
}
