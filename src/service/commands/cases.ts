/** Cases, attribute definitions and roles as undoable service commands. */
import { addCase, addRole, defineAttribute, updateCase } from '../../cmo/cases';
import { attributeRemovalPreview, removeAttribute } from '../../cmo/attributeRemove';
import type { Mutation, Query } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

export const addCaseCmd: Mutation<'cases.add'> = (project, p) => {
  const { project: next, kase } = addCase(project, p);
  return { project: next, result: kase, summary: say('caseAdded', { label: kase.label }) };
};

export const updateCaseCmd: Mutation<'cases.update'> = (project, p) => {
  const { id, ...input } = p;
  const { project: next, kase, before } = updateCase(project, id, input);
  const changes: LogMessage[] = [];
  if (kase.label !== before.label) changes.push(say('renamed', { label: kase.label }));
  if (kase.number !== before.number) changes.push(say('caseNumber', { number: kase.number ?? undefined }));
  for (const key of new Set([...Object.keys(before.attributes), ...Object.keys(kase.attributes)])) {
    if (before.attributes[key] === kase.attributes[key]) continue;
    const label = project.attributeDefs.find((a) => a.id === key)?.label ?? key;
    changes.push(say('attributeValue', { label, value: kase.attributes[key] ?? undefined }));
  }
  return { project: next, result: kase, summary: say('caseChanged', { label: before.label, changes }) };
};

export const defineAttributeCmd: Mutation<'attributes.define'> = (project, p) => {
  const { project: next, def, created } = defineAttribute(project, p);
  const values = def.type === 'category' ? def.values.join(', ') : undefined;
  return {
    project: next,
    result: def,
    summary: say('attributeDefined', {
      created: created ? 1 : 0,
      source: p.on === 'source' ? 1 : 0,
      label: def.label,
      type: def.type,
      values,
    }),
  };
};

export const attributeRemovalCmd: Query<'attributes.removal'> = (project, p) =>
  attributeRemovalPreview(project, p.on, (p.id ?? p.label)!);

export const removeAttributeCmd: Mutation<'attributes.remove'> = (project, p) => {
  const { project: next, def, cleared, attribution } = removeAttribute(project, p.on, (p.id ?? p.label)!);
  return {
    project: next,
    result: { def, cleared, attribution },
    summary: say('attributeRemoved', {
      source: p.on === 'source' ? 1 : 0,
      label: def.label,
      cleared,
      ...(attribution !== null ? { attribution } : {}),
    }),
  };
};

export const addRoleCmd: Mutation<'roles.add'> = (project, p) => {
  const { project: next, role } = addRole(project, p);
  return {
    project: next,
    result: role,
    summary: say('roleAdded', { label: role.label, aliases: role.aliases.join(', ') || undefined }),
  };
};
