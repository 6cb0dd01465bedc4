/** The main area's tabs. */
import { translate, useTranslation } from '../i18n/useTranslation';
import { ns } from './i18n';

export type Tab = 'coding' | 'matrix' | 'evidence' | 'quotes' | 'search' | 'cases' | 'compare' | 'log';
const KEYS = ['coding', 'matrix', 'evidence', 'quotes', 'search', 'cases', 'compare', 'log'] as const satisfies readonly Tab[];

/** Tab names in the current language (read at render time). */
export const TABS = Object.defineProperties({} as Record<Tab, string>,
  Object.fromEntries(KEYS.map((k) => [k, { get: () => translate(ns)(`tab.${k}`), enumerable: true }])));

export function Tabs({ tab, onTab }: { tab: Tab; onTab: (t: Tab) => void }) {
  const { t } = useTranslation(ns);
  return (
    <div className="tabs" role="tablist" aria-label={t('views')}>
      {KEYS.map((k) => (
        <button key={k} type="button" role="tab" id={`tab-${k}`} aria-controls={`panel-${k}`} aria-selected={tab === k}
          className={`tab${tab === k ? ' active' : ''}`} onClick={() => onTab(k)}>
          {t(`tab.${k}`)}
        </button>
      ))}
    </div>
  );
}
