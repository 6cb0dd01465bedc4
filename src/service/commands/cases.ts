/** Cases, attribute definitions and roles as undoable service commands. */
import { addCase, addRole, defineAttribute, updateCase } from '../../cmo/cases';
import type { Mutation } from '../types';

export const addCaseCmd: Mutation<'cases.add'> = (project, p) => {
  const { project: next, kase } = addCase(project, p);
  return { project: next, result: kase, summary: `Ny case "${kase.label}"` };
};

export const updateCaseCmd: Mutation<'cases.update'> = (project, p) => {
  const { id, ...input } = p;
  const { project: next, kase, before } = updateCase(project, id, input);
  const changes: string[] = [];
  if (kase.label !== before.label) changes.push(`omdøbt til "${kase.label}"`);
  if (kase.number !== before.number) changes.push(`nummer ${kase.number ?? 'intet'}`);
  for (const key of new Set([...Object.keys(before.attributes), ...Object.keys(kase.attributes)])) {
    if (before.attributes[key] === kase.attributes[key]) continue;
    const label = project.attributeDefs.find((a) => a.id === key)?.label ?? key;
    changes.push(`${label}: ${kase.attributes[key] ?? '(tom)'}`);
  }
  return { project: next, result: kase, summary: `Casen "${before.label}": ${changes.join(', ') || 'uændret'}` };
};

export const defineAttributeCmd: Mutation<'attributes.define'> = (project, p) => {
  const { project: next, def, created } = defineAttribute(project, p);
  const values = def.type === 'category' ? ` (${def.values.join(', ')})` : '';
  return { project: next, result: def, summary: `${created ? 'Ny' : 'Ændrede'} case-egenskab "${def.label}": ${def.type}${values}` };
};

export const addRoleCmd: Mutation<'roles.add'> = (project, p) => {
  const { project: next, role } = addRole(project, p);
  return { project: next, result: role, summary: `Ny rolle "${role.label}"${role.aliases.length ? ` (${role.aliases.join(', ')})` : ''}` };
};
