import type { ProjectInfo, SourceSummary } from '../api/contract';
import type { Project, Source } from '../cmo/model';
import { wordCount } from '../cmo/text';
import { interviewerNames } from '../cmo/interviewers';

const words = new WeakMap<Source, number>();
const wordsOf = (s: Source) => {
  let n = words.get(s);
  if (n === undefined) words.set(s, (n = wordCount(s.text)));
  return n;
};

export function summarizeSource(s: Source, segments: number): SourceSummary {
  return {
    id: s.id,
    name: s.name,
    caseId: s.caseId,
    participantIds: s.participantIds,
    speakers: [...new Set(s.turns.map((t) => t.speaker))],
    speakerMap: s.speakerMap,
    length: s.text.length,
    words: wordsOf(s),
    segments,
    format: s.provenance.format,
    importedAt: s.provenance.importedAt,
    warnings: s.provenance.warnings,
    ...(s.provenance.warningsSaid ? { warningsSaid: s.provenance.warningsSaid } : {}),
    ...(s.speakersConfirmed === false ? { unconfirmed: true } : {}),
    ...(s.attributes && Object.keys(s.attributes).length ? { attributes: s.attributes } : {}),
  };
}

export function projectInfo(p: Project, file: string): ProjectInfo {
  const perSource = new Map<string, number>();
  const perPt: Record<string, number> = {};
  for (const seg of p.segments) {
    perSource.set(seg.sourceId, (perSource.get(seg.sourceId) ?? 0) + 1);
    for (const pt of seg.pt) perPt[pt] = (perPt[pt] ?? 0) + 1;
  }
  return {
    file,
    name: p.name,
    language: p.language,
    template: p.template,
    sources: p.sources.length,
    segments: p.segments.length,
    configurations: p.configurations.length,
    programmeTheory: { name: p.programmeTheory.name, notes: p.programmeTheory.notes },
    ptPoints: p.programmeTheory.points,
    cases: p.cases,
    roles: p.roles,
    attributeDefs: p.attributeDefs,
    sourceAttributeDefs: p.sourceAttributeDefs ?? [],
    participants: p.participants,
    sourceList: p.sources.map((s) => summarizeSource(s, perSource.get(s.id) ?? 0)),
    segmentCountByPt: perPt,
    interviewers: [...interviewerNames(p)],
  };
}
