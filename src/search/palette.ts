/**
 * Command palette: jump to a source, case, participant, PT point or CMO configuration, or run a
 * command, by typing a few letters. The items are few (hundreds), so fuse.js over them is the
 * right tool here (unlike transcript search). Pure: the renderer gets the project's items once per
 * revision (`palette.items`), adds its own commands and calls `paletteSearch` on every keystroke.
 */
import Fuse from 'fuse.js';
import type { Project } from '../cmo/model';

export type PaletteKind = 'source' | 'case' | 'participant' | 'pt' | 'cmoc' | 'command';
export interface PaletteItem {
  kind: PaletteKind;
  /** source, case, participant, PT point or configuration id; the command's name for commands */
  id: string;
  label: string;
  /** second line: role and case, a PT point's title, a statement's start */
  detail: string;
  /** more words it answers to (aliases, file names, case numbers) */
  keywords: string[];
}

const cut = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function paletteItems(project: Project): PaletteItem[] {
  const caseLabel = new Map(project.cases.map((c) => [c.id, c.label]));
  const roleLabel = new Map(project.roles.map((r) => [r.id, r.label]));
  const items: PaletteItem[] = [];
  for (const s of project.sources)
    items.push({
      kind: 'source',
      id: s.id,
      label: s.name,
      detail: [s.caseId ? caseLabel.get(s.caseId) : '', s.provenance.fileName].filter(Boolean).join(' · '),
      keywords: [s.provenance.fileName],
    });
  for (const c of project.cases)
    items.push({
      kind: 'case',
      id: c.id,
      label: c.label,
      detail: Object.values(c.attributes).join(' · '),
      keywords: c.number !== null ? [String(c.number), `case ${c.number}`] : [],
    });
  for (const p of project.participants)
    items.push({
      kind: 'participant',
      id: p.id,
      label: p.label,
      detail: [p.roleId ? roleLabel.get(p.roleId) : '', p.caseId ? caseLabel.get(p.caseId) : '']
        .filter(Boolean)
        .join(' · '),
      keywords: [],
    });
  for (const p of project.programmeTheory.points)
    items.push({
      kind: 'pt',
      id: p.id,
      label: `${p.id} ${p.title}`.trim(),
      detail: cut(p.outcome || p.mechanism || p.context),
      keywords: [p.id.replace(/^#/, '')],
    });
  for (const c of project.configurations)
    items.push({ kind: 'cmoc', id: c.id, label: `CMO ${c.pt}`, detail: cut(c.statement), keywords: [c.statement] });
  return items;
}

const fuseCache = new WeakMap<readonly PaletteItem[], Fuse<PaletteItem>>();

/** The best `limit` items for what was typed; an empty query lists the items as given. */
export function paletteSearch(
  items: readonly PaletteItem[],
  query: string,
  limit = 20,
): { item: PaletteItem; score: number }[] {
  const q = query.normalize('NFC').trim();
  if (!q) return items.slice(0, limit).map((item) => ({ item, score: 1 }));
  let fuse = fuseCache.get(items);
  if (!fuse) {
    fuse = new Fuse([...items], {
      keys: [
        { name: 'label', weight: 3 },
        { name: 'keywords', weight: 2 },
        { name: 'detail', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
    fuseCache.set(items, fuse);
  }
  // fuse ranks by closeness anywhere; an item whose label starts with what was typed (`#10` → `#10 Kontrolbesøg…`)
  // comes first
  const lower = q.toLowerCase();
  const starts = (it: PaletteItem) => (it.label.toLowerCase().startsWith(lower) ? 1 : 0);
  return fuse
    .search(q, { limit: limit * 2 })
    .map((r) => ({ item: r.item, score: Math.round((1 - (r.score ?? 0)) * 1000) / 1000 }))
    .sort((a, b) => starts(b.item) - starts(a.item) || b.score - a.score)
    .slice(0, limit);
}
