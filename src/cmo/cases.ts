/**
 * Cases, case attributes and roles (pure operations). A case's attribute values are checked
 * against the attribute definitions: category values must be one of the defined values, number
 * values must be numbers; a definition cannot drop a value or change its type while cases use it.
 */
import type { AttributeDef, Case, Project, Role } from './model';
import { DomainError } from './errors';
import { findCase, findRole, fold } from './lookup';
import { say } from './logMessages';

/** `Privat/offentlig` → `privat-offentlig`, `Arbejdsmiljørepræsentant` → `arbejdsmiljorepraesentant`. */
export function slug(label: string): string {
  const s = fold(label)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** `base`, or `base-2`, `base-3` … the first not taken. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

const isNumber = (v: string) => /^-?\d+(?:[.,]\d+)?$/.test(v.trim());

/** One attribute value checked against its definition; returns the value as stored (trimmed). */
export function checkAttributeValue(def: AttributeDef, value: string): string {
  const v = value.trim();
  if (def.type === 'number' && v && !isNumber(v))
    throw new DomainError(say('errNotANumber', { attribute: def.label, value }));
  if (def.type === 'category' && v && !def.values.includes(v))
    throw new DomainError(say('errNotAValue', { value: v, attribute: def.label, known: def.values.join(', ') }));
  return v;
}

/** whose attributes: a case's (NVivo's case classification) or a source's (REFI-QDA source variables) */
export type AttributeHolder = 'case' | 'source';

/** the attribute definitions for cases or for sources */
export const attributeDefsOf = (project: Project, on: AttributeHolder): readonly AttributeDef[] =>
  on === 'case' ? project.attributeDefs : (project.sourceAttributeDefs ?? []);

/** An attribute definition by id or label (any case); an unknown one is refused naming the known ones. */
export function findAttributeDef(
  defs: readonly AttributeDef[],
  ref: string,
  on: AttributeHolder = 'case',
): AttributeDef {
  const want = fold(ref);
  const def = defs.find((a) => fold(a.id) === want || fold(a.label) === want);
  if (def) return def;
  const known = defs.map((a) => a.label).join(', ');
  throw new DomainError(say('errUnknownAttribute', { ref, known, source: on === 'source' ? 1 : 0 }));
}

/** A case's or source's attributes after setting some (a value `null` or empty removes it). */
export function applyAttributes(
  defs: readonly AttributeDef[],
  current: Record<string, string>,
  set: Record<string, string | null>,
  on: AttributeHolder = 'case',
): Record<string, string> {
  const out = { ...current };
  for (const [ref, value] of Object.entries(set)) {
    const def = findAttributeDef(defs, ref, on);
    const v = value === null ? '' : checkAttributeValue(def, value);
    if (v) out[def.id] = v;
    else delete out[def.id];
  }
  return out;
}

function checkCaseIdentity(project: Project, label: string, number: number | null, self: string | null): void {
  const clash = project.cases.find((c) => c.id !== self && fold(c.label) === fold(label));
  if (clash) throw new DomainError(say('errCaseNameTaken', { label: clash.label }));
  if (number !== null) {
    const same = project.cases.find((c) => c.id !== self && c.number === number);
    if (same) throw new DomainError(say('errCaseNumberTaken', { number, label: same.label }));
  }
}

export interface CaseInput {
  label?: string;
  number?: number | null;
  attributes?: Record<string, string | null>;
}

/** A new case; without a label it is `Case <n>` with the next free number. */
export function addCase(project: Project, input: CaseInput): { project: Project; kase: Case } {
  const next = Math.max(0, ...project.cases.map((c) => c.number ?? 0)) + 1;
  const number = input.number !== undefined ? input.number : input.label ? null : next;
  const label = input.label?.trim() || `Case ${number ?? next}`;
  checkCaseIdentity(project, label, number, null);
  const id = freeId(
    number !== null && !input.label ? `case-${String(number).padStart(2, '0')}` : `case-${slug(label)}`,
    new Set(project.cases.map((c) => c.id)),
  );
  const kase: Case = {
    id,
    label,
    number,
    attributes: applyAttributes(project.attributeDefs, {}, input.attributes ?? {}),
  };
  return { project: { ...project, cases: [...project.cases, kase] }, kase };
}

/** Renames, renumbers or sets attributes of a case (by id, label or number). */
export function updateCase(
  project: Project,
  ref: string,
  input: CaseInput,
): { project: Project; kase: Case; before: Case } {
  const before = findCase(project, ref);
  if (!before) throw new DomainError(say('errUnknownCaseQuoted', { id: ref }));
  const label = input.label !== undefined ? input.label.trim() : before.label;
  if (!label) throw new DomainError(say('errCaseNeedsName'));
  const number = input.number !== undefined ? input.number : before.number;
  checkCaseIdentity(project, label, number, before.id);
  const kase: Case = {
    ...before,
    label,
    number,
    attributes: input.attributes
      ? applyAttributes(project.attributeDefs, before.attributes, input.attributes)
      : before.attributes,
  };
  return { project: { ...project, cases: project.cases.map((c) => (c.id === before.id ? kase : c)) }, kase, before };
}

export interface AttributeInput {
  id?: string;
  label: string;
  type: AttributeDef['type'];
  values?: string[];
  /** a case attribute (the default) or a source attribute */
  on?: AttributeHolder;
}

/**
 * A definition's category values: trimmed, empty ones and exact repeats dropped (in order); two that differ only
 * in case (`Privat`, `privat`) are refused naming both, and so is any value for a type that is not a category.
 */
function categoryValues(label: string, type: AttributeDef['type'], given: readonly string[]): string[] {
  const values = [...new Set(given.map((v) => v.trim()).filter(Boolean))];
  if (type !== 'category' && values.length)
    throw new DomainError(say('errAttributeValuesNotCategory', { attribute: label, type }));
  const seen = new Map<string, string>();
  for (const v of values) {
    const other = seen.get(fold(v));
    if (other !== undefined)
      throw new DomainError(say('errAttributeValueTwice', { attribute: label, value: v, other }));
    seen.set(fold(v), v);
  }
  return values;
}

/**
 * Creates an attribute definition, or changes one (given its id): label, type, values. Category
 * values are trimmed and de-duplicated in order; a value in use by a case (or source) cannot be
 * dropped, and the type cannot change to one the values in use do not fit.
 */
export function defineAttribute(
  project: Project,
  input: AttributeInput,
): { project: Project; def: AttributeDef; created: boolean } {
  const on = input.on ?? 'case';
  const defs = attributeDefsOf(project, on);
  const label = input.label.trim();
  if (!label) throw new DomainError(say('errAttributeNeedsName'));
  const values = categoryValues(label, input.type, input.values ?? []);
  const old = input.id ? defs.find((a) => a.id === input.id) : undefined;
  if (input.id && !old)
    throw new DomainError(say('errUnknownAttribute', { ref: input.id, source: on === 'source' ? 1 : 0 }));
  const clash = defs.find((a) => a.id !== old?.id && fold(a.label) === fold(label));
  if (clash) throw new DomainError(say('errAttributeNameTaken', { label: clash.label }));
  const id = old?.id ?? freeId(slug(label), new Set(defs.map((a) => a.id)));
  const def: AttributeDef = { id, label, type: input.type, values: input.type === 'category' ? values : [] };
  const holders =
    on === 'case'
      ? project.cases.map((c) => ({ label: c.label, attributes: c.attributes }))
      : project.sources.map((s) => ({ label: s.name, attributes: s.attributes ?? {} }));
  for (const h of holders) {
    const v = h.attributes[id];
    if (!v) continue;
    if (def.type === 'number' && !isNumber(v))
      throw new DomainError(say('errAttributeValueNotNumber', { case: h.label, value: v, attribute: label }));
    if (def.type === 'category' && !def.values.includes(v))
      throw new DomainError(say('errAttributeValueInUse', { case: h.label, value: v, attribute: label }));
  }
  const next = old ? defs.map((a) => (a.id === id ? def : a)) : [...defs, def];
  return {
    project: on === 'case' ? { ...project, attributeDefs: next } : { ...project, sourceAttributeDefs: next },
    def,
    created: !old,
  };
}

export interface RoleInput {
  label: string;
  labelEn?: string;
  aliases?: string[];
}

/** A new role; its label and aliases must not already name a role. */
export function addRole(project: Project, input: RoleInput): { project: Project; role: Role } {
  const label = input.label.trim();
  if (!label) throw new DomainError(say('errRoleNeedsName'));
  const aliases = [...new Set((input.aliases ?? []).map((a) => a.trim()).filter(Boolean))];
  for (const name of [label, ...aliases]) {
    const clash = findRole(project, name);
    if (clash) throw new DomainError(say('errRoleNameTaken', { name, role: clash.label }));
  }
  const role: Role = {
    id: freeId(slug(label), new Set(project.roles.map((r) => r.id))),
    label,
    aliases,
    ...(input.labelEn?.trim() ? { labelEn: input.labelEn.trim() } : {}),
  };
  return { project: { ...project, roles: [...project.roles, role] }, role };
}
