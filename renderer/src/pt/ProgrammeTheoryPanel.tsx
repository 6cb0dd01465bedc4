/**
 * The programme theory as a tree (#3 → #3a, #4 → #4a/#4b), with coding counts; the chosen point with its hypothesis.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { PtPoint } from '../../../src/cmo/model';
import { Hypothesis } from './Hypothesis';
import { ns } from './i18n';
import './pt.css';

interface NodeProps {
  point: PtPoint;
  depth: number;
  tree: ReadonlyMap<string | null, PtPoint[]>;
  /** `own/sum` of this point and every point below it: the node renders again only when one of them changed */
  tally: ReadonlyMap<string, string>;
  subtreeTally: string;
  /** the selected point when it is this one or below it, else null */
  selected: string | null;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelect: (id: string | null) => void;
  onShowQuotes: (id: string) => void;
}

const PtNode = memo(
  function PtNode(props: NodeProps) {
    const { t } = useTranslation(ns);
    const { point: p, depth, tree, tally, selected, collapsed } = props;
    const kids = tree.get(p.id) ?? [];
    const [own, sum] = (tally.get(p.id) ?? '0/0').split('/').map(Number) as [number, number];
    const open = !collapsed.has(p.id);
    const short = p.id.startsWith('#') ? p.id : t('overall');
    return (
      <li
        data-pt={p.id}
        className={depth ? 'child' : undefined}
        role="treeitem"
        aria-expanded={kids.length ? open : undefined}
        aria-selected={p.id === selected}
      >
        <div className="pt-row">
          {kids.length > 0 ? (
            <button
              type="button"
              className="pt-caret"
              tabIndex={-1}
              aria-label={t(open ? 'collapse' : 'expand', { id: short })}
              onClick={() => props.onToggle(p.id)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="pt-caret-space" />
          )}
          <button
            type="button"
            className={`pt-item${p.id === selected ? ' selected' : ''}`}
            tabIndex={-1}
            onClick={() => props.onSelect(p.id === selected ? null : p.id)}
          >
            <span className="pt-id">{p.id.startsWith('#') ? p.id : '★'}</span>
            <span className="pt-title">{p.title}</span>
            <span
              className={`pt-count${own ? '' : ' zero'}`}
              title={kids.length ? t('withChildren', { own, total: sum }) : t('codings', { count: own })}
            >
              {own}
              {kids.length > 0 && sum !== own && <span className="pt-sum">/{sum}</span>}
            </span>
          </button>
        </div>
        {p.id === selected && (
          <div className="pt-details">
            <Hypothesis point={p} />
            {p.dataSources.length > 0 && (
              <p className="muted small">{t('dataSources', { list: p.dataSources.join(' ') })}</p>
            )}
            <button type="button" className="link-button" onClick={() => props.onShowQuotes(p.id)}>
              {t('showQuotes', { id: p.id.startsWith('#') ? p.id : t('thePoint') })}
            </button>
          </div>
        )}
        {kids.length > 0 && open && (
          <ul className="pt-list" role="group">
            {kids.map((c) => (
              <PtNode key={c.id} {...nodeProps(props, c, depth + 1)} />
            ))}
          </ul>
        )}
      </li>
    );
  },
  (a, b) =>
    a.point === b.point &&
    a.depth === b.depth &&
    a.tree === b.tree &&
    a.subtreeTally === b.subtreeTally &&
    a.selected === b.selected &&
    a.collapsed === b.collapsed &&
    a.onToggle === b.onToggle &&
    a.onSelect === b.onSelect &&
    a.onShowQuotes === b.onShowQuotes,
);

/**
 * Where a key moves in the tree (WAI-ARIA tree pattern): ↓/↑ the next/previous visible point, → opens
 * a closed point or goes to its first child, ← closes an open point or goes to its parent, Home/End.
 */
function treeKeys(root: HTMLUListElement | null, key: string, toggle: (id: string) => void): HTMLButtonElement | null {
  const here = document.activeElement;
  if (!root || !(here instanceof HTMLButtonElement) || !here.classList.contains('pt-item')) return null;
  const items = [...root.querySelectorAll<HTMLButtonElement>('.pt-item')];
  const i = items.indexOf(here);
  const li = here.closest('li[role=treeitem]');
  const id = li?.getAttribute('data-pt') ?? '';
  const expanded = li?.getAttribute('aria-expanded');
  if (key === 'ArrowDown') return items[i + 1] ?? null;
  if (key === 'ArrowUp') return items[i - 1] ?? null;
  if (key === 'Home') return items[0] ?? null;
  if (key === 'End') return items.at(-1) ?? null;
  if (key === 'ArrowRight') {
    if (expanded === 'false') {
      toggle(id);
      return here;
    }
    return expanded === 'true' ? (items[i + 1] ?? null) : null;
  }
  if (key === 'ArrowLeft') {
    if (expanded === 'true') {
      toggle(id);
      return here;
    }
    return li?.parentElement?.closest('li[role=treeitem]')?.querySelector<HTMLButtonElement>('.pt-item') ?? null;
  }
  return null;
}

function subtree(tree: ReadonlyMap<string | null, PtPoint[]>, id: string): string[] {
  return [id, ...(tree.get(id) ?? []).flatMap((c) => subtree(tree, c.id))];
}

function nodeProps(
  from: Omit<NodeProps, 'point' | 'depth' | 'subtreeTally' | 'selected'> & { selected: string | null },
  point: PtPoint,
  depth: number,
): NodeProps {
  const ids = subtree(from.tree, point.id);
  return {
    point,
    depth,
    tree: from.tree,
    tally: from.tally,
    collapsed: from.collapsed,
    subtreeTally: ids.map((id) => from.tally.get(id)).join(','),
    selected: from.selected !== null && ids.includes(from.selected) ? from.selected : null,
    onToggle: from.onToggle,
    onSelect: from.onSelect,
    onShowQuotes: from.onShowQuotes,
  };
}

export function ProgrammeTheoryPanel(props: {
  name: string;
  points: PtPoint[];
  counts: Record<string, number>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onShowQuotes: (id: string) => void;
  /** without its own heading (when it sits under a tab) */
  bare?: boolean;
}) {
  const { t } = useTranslation(ns);
  const { points, counts, selected, onSelect, onShowQuotes } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const tree = useMemo(() => {
    const m = new Map<string | null, PtPoint[]>();
    const ids = new Set(points.map((p) => p.id));
    for (const p of points) {
      const parent = p.parent && ids.has(p.parent) ? p.parent : null;
      m.set(parent, [...(m.get(parent) ?? []), p]);
    }
    return m;
  }, [points]);
  const tally = useMemo(() => {
    const total = (id: string): number => (counts[id] ?? 0) + (tree.get(id) ?? []).reduce((n, c) => n + total(c.id), 0);
    return new Map(points.map((p) => [p.id, `${counts[p.id] ?? 0}/${total(p.id)}`]));
  }, [points, counts, tree]);
  const onToggle = useCallback(
    (id: string) =>
      setCollapsed((s) => {
        const n = new Set(s);
        if (n.has(id)) n.delete(id);
        else n.add(id);
        return n;
      }),
    [],
  );
  const shared = { tree, tally, collapsed, selected, onToggle, onSelect, onShowQuotes };
  const list = useRef<HTMLUListElement>(null);
  // one tab stop for the tree (the chosen point, else the first); arrows move within it (treeKeys)
  useEffect(() => {
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('.pt-item') ?? [])];
    if (items.some((b) => b.tabIndex === 0 && b === document.activeElement)) return;
    const stop = items.find((b) => b.classList.contains('selected')) ?? items[0];
    // only where it differs: this runs after every render of the tree (each coding action's counts)
    for (const b of items) if (b.tabIndex !== (b === stop ? 0 : -1)) b.tabIndex = b === stop ? 0 : -1;
  });
  const onKeyDown = (e: React.KeyboardEvent<HTMLUListElement>) => {
    const to = treeKeys(list.current, e.key, onToggle);
    if (!to) return;
    e.preventDefault();
    for (const b of list.current!.querySelectorAll<HTMLButtonElement>('.pt-item')) b.tabIndex = b === to ? 0 : -1;
    to.focus();
  };

  return (
    <section className="pt-panel" aria-label={t('title')}>
      {!props.bare && <h2 className="panel-title">{t('title')}</h2>}
      {props.name && <p className="muted pt-name">{props.name}</p>}
      <ul className="pt-list" role="tree" aria-label={t('title')} ref={list} onKeyDown={onKeyDown}>
        {(tree.get(null) ?? []).map((p) => (
          <PtNode key={p.id} {...nodeProps(shared, p, 0)} />
        ))}
      </ul>
    </section>
  );
}
