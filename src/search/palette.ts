/**
 * Command palette: jump to a source, case, participant, PT point or CMO configuration, or run a
 * command, by typing a few letters. The renderer gets the project's items once per revision
 * (`palette.items`, built here), adds its own commands and calls `paletteSearch`
 * (renderer/src/palette/paletteSearch.ts)
 * on every keystroke.
 */
import type { Project } from '../cmo/model';
import type { PaletteItem } from '../api/contract';

export type { PaletteItem, PaletteKind } from '../api/contract';

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
