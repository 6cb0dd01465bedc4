/** The programme theory as a tree (#3 → #3a, #4 → #4a/#4b), with coding counts; the chosen point with its hypothesis. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PtPoint } from '../../../src/cmo/model';
import { Hypothesis } from './Hypothesis';
import { ns } from './i18n';
import './pt.css';

export function ProgrammeTheoryPanel(props: {
  name: string; points: PtPoint[]; counts: Record<string, number>;
  selected: string | null; onSelect: (id: string | null) => void; onShowQuotes: (id: string) => void;
  /** without its own heading (when it sits under a tab) */
  bare?: boolean;
}) {
  const { t } = useTranslation(ns);
  const { points, counts, selected } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const children = useMemo(() => {
    const m = new Map<string | null, PtPoint[]>();
    const ids = new Set(points.map((p) => p.id));
    for (const p of points) {
      const parent = p.parent && ids.has(p.parent) ? p.parent : null;
      m.set(parent, [...(m.get(parent) ?? []), p]);
    }
    return m;
  }, [points]);
  const total = (id: string): number => (counts[id] ?? 0) + (children.get(id) ?? []).reduce((n, c) => n + total(c.id), 0);
  const toggle = (id: string) => setCollapsed((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });

  const render = (p: PtPoint, depth: number) => {
    const kids = children.get(p.id) ?? [];
    const own = counts[p.id] ?? 0;
    const sum = total(p.id);
    const open = !collapsed.has(p.id);
    const short = p.id.startsWith('#') ? p.id : t('overall');
    return (
      <li key={p.id} data-pt={p.id} className={depth ? 'child' : undefined} role="treeitem" aria-expanded={kids.length ? open : undefined} aria-selected={p.id === selected}>
        <div className="pt-row">
          {kids.length > 0
            ? <button type="button" className="pt-caret" aria-label={t(open ? 'collapse' : 'expand', { id: short })} onClick={() => toggle(p.id)}>{open ? '▾' : '▸'}</button>
            : <span className="pt-caret-space" />}
          <button type="button" className={`pt-item${p.id === selected ? ' selected' : ''}`}
            onClick={() => props.onSelect(p.id === selected ? null : p.id)}>
            <span className="pt-id">{p.id.startsWith('#') ? p.id : '★'}</span>
            <span className="pt-title">{p.title}</span>
            <span className={`pt-count${own ? '' : ' zero'}`} title={kids.length ? t('withChildren', { own, total: sum }) : t('codings', { count: own })}>
              {own}{kids.length > 0 && sum !== own && <span className="pt-sum">/{sum}</span>}
            </span>
          </button>
        </div>
        {p.id === selected && (
          <div className="pt-details">
            <Hypothesis point={p} />
            {p.dataSources.length > 0 && <p className="muted small">{t('dataSources', { list: p.dataSources.join(' ') })}</p>}
            <button type="button" className="link-button" onClick={() => props.onShowQuotes(p.id)}>{t('showQuotes', { id: p.id.startsWith('#') ? p.id : t('thePoint') })}</button>
          </div>
        )}
        {kids.length > 0 && open && <ul className="pt-list" role="group">{kids.map((c) => render(c, depth + 1))}</ul>}
      </li>
    );
  };

  return (
    <section className="pt-panel" aria-label={t('title')}>
      {!props.bare && <h2 className="panel-title">{t('title')}</h2>}
      {props.name && <p className="muted pt-name">{props.name}</p>}
      <ul className="pt-list" role="tree" aria-label={t('title')}>
        {(children.get(null) ?? []).map((p) => render(p, 0))}
      </ul>
    </section>
  );
}
