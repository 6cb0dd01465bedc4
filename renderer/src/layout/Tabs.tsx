/** The main area's tabs. */
import { translate, useTranslation } from '../i18n/useTranslation';
import { ns } from './i18n';

export type Tab = 'coding' | 'matrix' | 'evidence' | 'quotes' | 'search' | 'cases' | 'compare' | 'log';
const KEYS = [
  'coding',
  'matrix',
  'evidence',
  'quotes',
  'search',
  'cases',
  'compare',
  'log',
] as const satisfies readonly Tab[];

/** Tab names in the current language (read at render time). */
export const TABS = Object.defineProperties(
  {} as Record<Tab, string>,
  Object.fromEntries(KEYS.map((k) => [k, { get: () => translate(ns)(`tab.${k}`), enumerable: true }])),
);

/** The tab an arrow, Home or End key moves to from `from` (wrapping), or null for any other key. */
export function tabAfterKey(from: Tab, key: string): Tab | null {
  const i = KEYS.indexOf(from);
  const to =
    key === 'ArrowRight'
      ? (i + 1) % KEYS.length
      : key === 'ArrowLeft'
        ? (i - 1 + KEYS.length) % KEYS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? KEYS.length - 1
            : -1;
  return to < 0 ? null : KEYS[to]!;
}

export function Tabs({ tab, onTab }: { tab: Tab; onTab: (t: Tab) => void }) {
  const { t } = useTranslation(ns);
  // one tab stop for the bar (the chosen tab); arrows, Home and End move between tabs and show them
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(tab, e.key);
    if (!next) return;
    e.preventDefault();
    onTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('views')} onKeyDown={onKeyDown}>
      {KEYS.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`tab-${k}`}
          aria-controls={`panel-${k}`}
          aria-selected={tab === k}
          tabIndex={tab === k ? 0 : -1}
          className={`tab${tab === k ? ' active' : ''}`}
          onClick={() => onTab(k)}
        >
          {t(`tab.${k}`)}
        </button>
      ))}
    </div>
  );
}
