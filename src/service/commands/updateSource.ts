import { DomainError } from '../../cmo/segments';
import { findCase, sourceIndex } from '../../cmo/lookup';
import { applyAttributes } from '../../cmo/cases';
import { summarizeSource } from '../summaries';
import type { Mutation } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

export const updateSource: Mutation<'source.update'> = (project, p) => {
  const i = sourceIndex(project, p.id);
  const old = project.sources[i]!;
  let caseId = old.caseId;
  if (p.caseId !== undefined) {
    const c = p.caseId === null ? null : findCase(project, p.caseId);
    if (c === undefined) throw new DomainError(say('errUnknownCase', { id: String(p.caseId) }));
    caseId = c?.id ?? null;
  }
  if (p.name && project.sources.some((s) => s.id !== p.id && s.name.toLowerCase() === p.name!.toLowerCase()))
    throw new DomainError(say('errSourceNameTaken', { name: p.name }));
  const defs = project.sourceAttributeDefs ?? [];
  const before = old.attributes ?? {};
  const attributes = p.attributes ? applyAttributes(defs, before, p.attributes, 'source') : before;
  const source = {
    ...old,
    name: p.name ?? old.name,
    caseId,
    ...(Object.keys(attributes).length || old.attributes ? { attributes } : {}),
  };
  const sources = project.sources.slice();
  sources[i] = source;
  const changes: LogMessage[] = [];
  if (p.name && p.name !== old.name) changes.push(say('renamed', { label: p.name }));
  if (caseId !== old.caseId)
    changes.push(say('sourceCase', { case: project.cases.find((c) => c.id === caseId)?.label }));
  for (const key of new Set([...Object.keys(before), ...Object.keys(attributes)])) {
    if (before[key] === attributes[key]) continue;
    const label = defs.find((a) => a.id === key)?.label ?? key;
    changes.push(say('attributeValue', { label, value: attributes[key] ?? undefined }));
  }
  return {
    project: { ...project, sources },
    result: summarizeSource(source, project.segments.filter((s) => s.sourceId === p.id).length),
    summary: say('sourceChanged', { source: old.name, changes }),
  };
};
