import type { AttributeDef, Case, Project, PtPoint, Role } from './model';
import { DomainError } from './errors';
import { say } from './logMessages';

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** `4a`, `#4A`, ` #4a ` → `#4a`; anything else is matched by id or title as given. */
export function normalizePtRef(ref: string): string {
  const s = fold(ref);
  return /^#?\d+[a-z]?$/.test(s) ? (s.startsWith('#') ? s : `#${s}`) : s;
}

export function findPt(project: Project, ref: string): PtPoint | undefined {
  const want = normalizePtRef(ref);
  return project.programmeTheory.points.find((p) => fold(p.id) === want || fold(p.title) === want);
}

/** A role by id, label, English label or alias (AMR → Arbejdsmiljørepræsentant). */
export function findRole(project: Project, ref: string): Role | undefined {
  const want = fold(ref);
  return project.roles.find(
    (r) =>
      fold(r.id) === want ||
      fold(r.label) === want ||
      (r.labelEn && fold(r.labelEn) === want) ||
      r.aliases.some((a) => fold(a) === want),
  );
}

/** A case by id, label (`Case 3`) or number (`3`, `03`, `case-03`). */
export function findCase(project: Project, ref: string): Case | undefined {
  const want = fold(ref);
  const exact = project.cases.find((c) => fold(c.id) === want || fold(c.label) === want);
  if (exact) return exact;
  const n = /^(?:case|c)?[\s_-]*0*(\d+)$/.exec(want)?.[1];
  return n === undefined ? undefined : project.cases.find((c) => c.number === Number(n));
}

export function ptOrder(project: Project): Map<string, number> {
  return new Map(project.programmeTheory.points.map((p, i) => [p.id, i]));
}

/** How a case is named in a quote's attribution: `case 3`. */
export function caseShortLabel(c: Case | undefined): string {
  if (!c) return '';
  return c.number !== null ? `case ${c.number}` : c.label;
}

/** A case attribute by id or label (`sektor`, `Privat/offentlig`); unknown is an error listing the known ones. */
export function findAttribute(project: Project, ref: string): AttributeDef {
  const want = fold(ref);
  const hit = project.attributeDefs.find((a) => fold(a.id) === want || fold(a.label) === want);
  if (!hit)
    throw new DomainError(
      say('errUnknownAttribute', { ref, known: project.attributeDefs.map((a) => a.id).join(', ') }),
    );
  return hit;
}

/** An attribute's values: the declared ones in their order, then any other value a case holds. */
export function attributeValues(
  def: Pick<AttributeDef, 'id' | 'values'>,
  cases: readonly Pick<Case, 'attributes'>[],
): string[] {
  return [...new Set([...def.values, ...cases.map((c) => c.attributes[def.id]).filter((v): v is string => !!v)])];
}
