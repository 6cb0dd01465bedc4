import type { Project, Segment, Source } from '../../cmo/model';
import { DomainError, makeSegment } from '../../cmo/segments';
import { findCase, findRole, resolveSource, sourceIndex } from '../../cmo/lookup';
import { speechStart } from '../../cmo/turns';
import { metaFromFileName } from '../../cmo/filename-meta';
import { checkFileName } from '../../import/index';
import { summarizeSource } from '../summaries';
import { participantFor } from './importSource';
import type { Mutation, Query } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

/** For each file name: case and role read from it, and whether its format can be imported. */
export const previewImport: Query<'import.preview'> = (project, { fileNames }) =>
  fileNames.map((f) => ({ ...metaFromFileName(f, project), ...checkFileName(f) }));

const sourceSpeakers = (s: Source) => new Set(s.turns.map((t) => t.speaker).filter(Boolean));

/**
 * Confirms or edits which participant each speaker label of a source stands for: an existing
 * participant, the participant of a role in a case (found or created), or none (the interviewer).
 */
export const setSpeakersCmd: Mutation<'source.setSpeakers'> = (project, p, ctx) => {
  const i = sourceIndex(project, p.id);
  const old = project.sources[i]!;
  const known = sourceSpeakers(old);
  const participants = project.participants.slice();
  const speakerMap = { ...old.speakerMap };
  const changes: LogMessage[] = [];
  for (const [label, to] of Object.entries(p.speakers)) {
    if (!known.has(label))
      throw new DomainError(say('errNotASpeaker', { label, source: old.name, known: [...known].join(', ') }));
    if (to === null) {
      delete speakerMap[label];
      changes.push(say('speakerTo', { label }));
      continue;
    }
    let pid: string;
    if ('participantId' in to) {
      const found = participants.find((x) => x.id === to.participantId);
      if (!found) throw new DomainError(say('errUnknownParticipant', { id: to.participantId }));
      pid = found.id;
    } else {
      const role = to.role ? findRole(project, to.role) : undefined;
      if (to.role && !role)
        throw new DomainError(
          say('errUnknownRole', { role: to.role, known: project.roles.map((r) => r.label).join(', ') }),
        );
      const kase =
        to.caseId === undefined
          ? project.cases.find((c) => c.id === old.caseId)
          : to.caseId === null
            ? undefined
            : findCase(project, to.caseId);
      if (to.caseId && !kase) throw new DomainError(say('errUnknownCaseQuoted', { id: to.caseId }));
      pid = participantFor(
        project,
        participants,
        {
          caseId: kase?.id ?? null,
          roleId: role?.id ?? null,
          speaker: to.label ?? label,
          shared: !!role && !!to.label,
        },
        () => ctx.newId('p'),
      );
    }
    speakerMap[label] = pid;
    changes.push(say('speakerTo', { label, participant: participants.find((x) => x.id === pid)?.label ?? pid }));
  }
  const mapped = [...new Set(Object.values(speakerMap))];
  const formerlyMapped = new Set(Object.values(old.speakerMap));
  const participantIds = mapped.length ? mapped : old.participantIds.filter((id) => !formerlyMapped.has(id));
  const source: Source = { ...old, speakerMap, participantIds };
  const sources = project.sources.slice();
  sources[i] = source;
  const summary = summarizeSource(source, project.segments.filter((s) => s.sourceId === source.id).length);
  return {
    project: { ...project, participants, sources },
    result: {
      source: { ...summary, speakers: summary.speakers.filter(Boolean) },
      participants: participants.filter((x) => participantIds.includes(x.id)),
    },
    summary: say('speakersMapped', { source: old.name, changes }),
  };
};

/**
 * Speaker auto-coding (as in NVivo/MAXQDA): one segment per turn of a speaker label, or of every
 * label mapped to a participant, from after the label to the end of the turn. A turn already
 * coded with the same range, kind and PT points is skipped, so running it twice adds nothing.
 */
export const autocodeCmd: Mutation<'source.autocode'> = (project, p, ctx) => {
  const { source: _source, speaker: _speaker, participant: _participant, ...fields } = p;
  const src = resolveSource(project, p.source);
  let labels: Set<string>;
  if (p.speaker !== undefined) {
    if (!sourceSpeakers(src).has(p.speaker))
      throw new DomainError(
        say('errNotASpeaker', { label: p.speaker, source: src.name, known: [...sourceSpeakers(src)].join(', ') }),
      );
    labels = new Set([p.speaker]);
  } else {
    const who = project.participants.find(
      (x) => x.id === p.participant || x.label.toLowerCase() === p.participant!.toLowerCase(),
    );
    if (!who) throw new DomainError(say('errUnknownParticipant', { id: p.participant }));
    labels = new Set(
      Object.entries(src.speakerMap)
        .filter(([, id]) => id === who.id)
        .map(([l]) => l),
    );
    if (labels.size === 0) throw new DomainError(say('errNoSpeakersFor', { source: src.name, participant: who.label }));
  }
  const turns = src.turns.filter((t) => labels.has(t.speaker));
  if (turns.length === 0) throw new DomainError(say('errNoTurns', { source: src.name }));
  const now = ctx.now();
  const created: Segment[] = [];
  let skipped = 0;
  let next: Project = project;
  for (const t of turns) {
    const start = speechStart(src.text, t);
    if (start >= t.end || !src.text.slice(start, t.end).trim()) {
      skipped++;
      continue;
    }
    const seg = makeSegment(
      next,
      { ...fields, sourceId: src.id, start, end: t.end, coder: p.coder ?? ctx.user },
      ctx.newId('seg'),
      now,
    );
    const same = next.segments.some(
      (s) => s.sourceId === src.id && s.start === seg.start && s.end === seg.end && codingOf(s) === codingOf(seg),
    );
    if (same) {
      skipped++;
      continue;
    }
    created.push(seg);
    next = { ...next, segments: [...next.segments, seg] };
  }
  if (created.length && seg0Coder(created) && !next.coders.some((c) => c.name === seg0Coder(created)))
    next = { ...next, coders: [...next.coders, { id: seg0Coder(created)!, name: seg0Coder(created)! }] };
  return {
    project: next,
    result: { created, skipped },
    summary: say('turnsAutocoded', {
      count: created.length,
      speakers: [...labels].join(', '),
      source: src.name,
      coding: [created[0]?.kind ?? p.kind, ...(created[0]?.pt ?? p.pt ?? [])].filter(Boolean).join(' '),
      skipped,
    }),
  };
};

const seg0Coder = (segs: Segment[]) => segs[0]?.coder || null;
/** What a segment is coded as (kind, PT points and whatever other codes the model carries). */
const codingOf = (s: Segment) => {
  const { kind, pt, ...rest } = s as Segment & { codes?: unknown };
  return JSON.stringify([kind, pt, rest.codes ?? null]);
};
