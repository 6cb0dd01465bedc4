/** The project's coders: who they are, their initials and stripe colours, and finding one by name. Pure. */
import type { Coder, CmoConfiguration, Project } from './model';
import { DomainError } from './errors';
import { say } from './logMessages';

/**
 * Stripe colours for coders without their own, by position in the project's list (distinct,
 * readable on white; no red, which marks disagreement).
 */
export const CODER_PALETTE = [
  '#1f77b4',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
] as const;

/** `Karen Jensen` → `KJ`, `Mads` → `MA`. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  if (words.length >= 2) return (words[0]![0]! + words.at(-1)![0]!).toUpperCase();
  return (words[0] ?? '?').slice(0, 2).toUpperCase();
}

export interface CoderView {
  id: string;
  name: string;
  initials: string;
  color: string;
  segments: number;
}

/** Every coder: the project's list, then names met only on segments (older files), with their defaults filled in. */
export function codersOf(project: Project): CoderView[] {
  const count = new Map<string, number>();
  for (const s of project.segments) if (s.coder) count.set(s.coder, (count.get(s.coder) ?? 0) + 1);
  const listed: Coder[] = [...project.coders];
  for (const name of count.keys()) if (!listed.some((c) => c.name === name)) listed.push({ id: name, name });
  return listed.map((c, i) => ({
    id: c.id,
    name: c.name,
    initials: c.initials || initialsOf(c.name),
    color: c.color ?? CODER_PALETTE[i % CODER_PALETTE.length]!,
    segments: count.get(c.name) ?? 0,
  }));
}

/** The project with `name` among its coders (unchanged when there already). */
export function withCoder(project: Project, name: string, extra: Pick<Coder, 'initials' | 'color'> = {}): Project {
  const n = name.trim();
  if (!n || project.coders.some((c) => c.name === n)) return project;
  const coder: Coder = {
    id: n,
    name: n,
    ...(extra.initials ? { initials: extra.initials } : {}),
    ...(extra.color ? { color: extra.color } : {}),
  };
  return { ...project, coders: [...project.coders, coder] };
}

/** A coder's name as the project spells it (a name in any case, or initials); null when no coder is meant. */
export function findCoder(project: Project, ref: string): string | null {
  const want = ref.normalize('NFC').trim().toLowerCase();
  const all = codersOf(project);
  const hit = all.find((c) => c.name.toLowerCase() === want) ?? all.find((c) => c.initials.toLowerCase() === want);
  return hit?.name ?? null;
}

/** A coder's name as the project spells it (case-insensitive), or a refusal naming the unknown one and the known. */
export function requireCoder(project: Project, ref: string): string {
  const hit = findCoder(project, ref);
  if (hit === null) {
    const known = codersOf(project)
      .map((c) => c.name)
      .join(', ');
    throw new DomainError(say('errUnknownCoder', { coder: ref.trim(), known }));
  }
  return hit;
}

/** Who made a configuration: its own coder, else the one coder of all its segments (none when they differ). */
export function configurationCoder(
  project: Project,
  cfg: CmoConfiguration,
  byId?: Map<string, { coder: string }>,
): string | null {
  if (cfg.coder) return cfg.coder;
  const segs = byId ?? new Map(project.segments.map((s) => [s.id, s]));
  const ids = [...cfg.contextIds, ...cfg.mechanismIds, ...cfg.outcomeIds];
  const names = new Set(ids.map((id) => segs.get(id)?.coder ?? ''));
  return names.size === 1 ? [...names][0]! || null : null;
}
