/** The project's interviewer list: `interviewers.list|add|remove`. Adding a name unmaps its voices in every source. */
import type { Project, Source } from '../../cmo/model';
import { DEFAULT_INTERVIEWERS, cleanName, interviewerNames, isInterviewerName, sameName } from '../../cmo/interviewers';
import { DomainError } from '../../cmo/errors';
import { say } from '../../cmo/logMessages';
import type { Mutation, Query } from '../types';
import type { InterviewerList } from '../../api/contract';

const listOf = (p: Project): InterviewerList => ({
  names: [...interviewerNames(p)],
  defaults: [...DEFAULT_INTERVIEWERS],
  custom: p.interviewers !== undefined,
});

export const listInterviewers: Query<'interviewers.list'> = (p) => listOf(p);

/** A source with the labels of these names taken off its participants (the interviewer is nobody's). */
function unmapInterviewers(src: Source, names: readonly string[], out: { source: string; label: string }[]): Source {
  const gone = Object.keys(src.speakerMap).filter((l) => isInterviewerName(l, names));
  if (!gone.length) return src;
  const speakerMap = { ...src.speakerMap };
  for (const l of gone) {
    delete speakerMap[l];
    out.push({ source: src.name, label: l });
  }
  const still = new Set(Object.values(speakerMap));
  const dropped = new Set(gone.map((l) => src.speakerMap[l]!).filter((id) => !still.has(id)));
  return { ...src, speakerMap, participantIds: src.participantIds.filter((id) => !dropped.has(id)) };
}

export const addInterviewersCmd: Mutation<'interviewers.add'> = (project, p) => {
  const names = [...interviewerNames(project)];
  const added: string[] = [];
  for (const raw of p.names) {
    const n = cleanName(raw);
    if (n && !names.some((x) => sameName(x, n)) && !added.some((x) => sameName(x, n))) added.push(n);
  }
  const all = [...names, ...added];
  const unmapped: { source: string; label: string }[] = [];
  const sources = project.sources.map((s) => unmapInterviewers(s, added, unmapped));
  return {
    project: { ...project, interviewers: all, sources },
    result: { ...listOf({ ...project, interviewers: all }), unmapped },
    summary: say('interviewersAdded', { names: added.join(', ') || '–', unmapped: unmapped.length }),
  };
};

export const removeInterviewersCmd: Mutation<'interviewers.remove'> = (project, p) => {
  const names = [...interviewerNames(project)];
  for (const raw of p.names) {
    if (!names.some((x) => sameName(x, raw)))
      throw new DomainError(say('errInterviewerUnknown', { name: cleanName(raw), known: names.join(', ') }));
  }
  const kept = names.filter((x) => !p.names.some((r) => sameName(x, r)));
  return {
    project: { ...project, interviewers: kept },
    result: listOf({ ...project, interviewers: kept }),
    summary: say('interviewersRemoved', { names: p.names.map(cleanName).join(', ') }),
  };
};
