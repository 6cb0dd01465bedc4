/** CMO configurations: a context, a mechanism and an outcome linked, tied to a PT point, with a verdict. */
import type { CmoConfiguration, Project, Verdict } from './model';
import { DomainError } from './errors';
import { contextIndex } from './segments';
import { findPt } from './lookup';
import { say } from './logMessages';

export interface ConfigurationInput {
  pt: string;
  segmentIds: string[];
  verdict?: Verdict;
  statement?: string;
}

/** Sorts linked segments into C, M and O by their kind. */
function link(project: Project, segmentIds: readonly string[]) {
  const byId = new Map(project.segments.map((s) => [s.id, s]));
  const ids = { contextIds: [] as string[], mechanismIds: [] as string[], outcomeIds: [] as string[] };
  for (const id of new Set(segmentIds)) {
    const seg = byId.get(id);
    if (!seg) throw new DomainError(say('errUnknownSegment', { id }));
    (seg.kind === 'C' ? ids.contextIds : seg.kind === 'M' ? ids.mechanismIds : ids.outcomeIds).push(id);
  }
  if (!segmentIds.length) throw new DomainError(say('errConfigurationNeedsCoding'));
  return ids;
}

export function makeConfiguration(
  project: Project,
  input: ConfigurationInput,
  id: string,
  now: string,
): CmoConfiguration {
  const pt = findPt(project, input.pt);
  if (!pt) throw new DomainError(say('errUnknownPt', { id: input.pt }));
  return {
    id,
    pt: pt.id,
    ...link(project, input.segmentIds),
    statement: input.statement ?? '',
    verdict: input.verdict ?? 'unclear',
    createdAt: now,
    updatedAt: now,
  };
}

export function updateConfiguration(
  project: Project,
  id: string,
  patch: Partial<ConfigurationInput>,
  now: string,
): { project: Project; configuration: CmoConfiguration } {
  const i = project.configurations.findIndex((c) => c.id === id);
  if (i < 0) throw new DomainError(say('errUnknownConfiguration', { id }));
  const old = project.configurations[i]!;
  const pt = patch.pt !== undefined ? findPt(project, patch.pt)?.id : old.pt;
  if (!pt) throw new DomainError(say('errUnknownPt', { id: patch.pt }));
  const configuration: CmoConfiguration = {
    ...old,
    pt,
    ...(patch.segmentIds ? link(project, patch.segmentIds) : {}),
    statement: patch.statement ?? old.statement,
    verdict: patch.verdict ?? old.verdict,
    updatedAt: now,
  };
  const configurations = project.configurations.slice();
  configurations[i] = configuration;
  return { project: { ...project, configurations }, configuration };
}

export function removeConfiguration(project: Project, id: string): Project {
  if (!project.configurations.some((c) => c.id === id)) throw new DomainError(say('errUnknownConfiguration', { id }));
  return { ...project, configurations: project.configurations.filter((c) => c.id !== id) };
}

export interface ConfigurationView extends CmoConfiguration {
  segments: string[];
  /** case ids the linked passages come from, in template order */
  cases: string[];
}

export function listConfigurations(project: Project, ptRef?: string): ConfigurationView[] {
  const ctx = contextIndex(project);
  const byId = new Map(project.segments.map((s) => [s.id, s]));
  const caseOrder = new Map(project.cases.map((c, i) => [c.id, i]));
  const pt = ptRef ? findPt(project, ptRef)?.id : undefined;
  if (ptRef && !pt) throw new DomainError(say('errUnknownPt', { id: ptRef }));
  const ptOrder = new Map(project.programmeTheory.points.map((p, i) => [p.id, i]));
  return project.configurations
    .filter((c) => !pt || c.pt === pt)
    .map((c) => {
      const segments = [...c.contextIds, ...c.mechanismIds, ...c.outcomeIds];
      const cases = [
        ...new Set(
          segments
            .map((id) => byId.get(id))
            .filter((s) => s !== undefined)
            .map((s) => ctx(s).caseId)
            .filter((x): x is string => !!x),
        ),
      ].sort((a, b) => (caseOrder.get(a) ?? 1e9) - (caseOrder.get(b) ?? 1e9));
      return { ...c, segments, cases };
    })
    .sort((a, b) => (ptOrder.get(a.pt) ?? 1e9) - (ptOrder.get(b.pt) ?? 1e9) || a.createdAt.localeCompare(b.createdAt));
}
