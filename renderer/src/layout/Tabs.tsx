/** The main area's tabs. */
export type Tab = 'coding' | 'matrix' | 'evidence' | 'quotes' | 'cases' | 'log';

export const TABS = { coding: 'Kodning', matrix: 'Matrix', evidence: 'Evidens', quotes: 'Citater', cases: 'Cases og deltagere', log: 'Log' } as const satisfies Record<Tab, string>;

export function Tabs({ tab, onTab }: { tab: Tab; onTab: (t: Tab) => void }) {
  const keys = ['coding', 'matrix', 'evidence', 'quotes', 'cases', 'log'] as const satisfies readonly Tab[];
  return (
    <div className="tabs" role="tablist" aria-label="Visninger">
      {keys.map((k) => (
        <button key={k} type="button" role="tab" id={`tab-${k}`} aria-controls={`panel-${k}`} aria-selected={tab === k}
          className={`tab${tab === k ? ' active' : ''}`} onClick={() => onTab(k)}>
          {TABS[k]}
        </button>
      ))}
    </div>
  );
}
