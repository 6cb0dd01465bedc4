/**
 * Speaker-turn repairs as commands (`turns.split|merge|assign`) and the speakers summary a user
 * confirms after import (`source.speakerSummary`, `source.confirmSpeakers`). Each repair is one
 * undoable, logged step; codings keep their text and are attributed by the new turns, and those
 * whose speaker or participant changed are flagged for review.
 */
import type { Project, Segment, Source, SpeakerTurn } from '../../cmo/model';
import { attributionIndex } from '../../cmo/attribution';
import { isInterviewer } from '../../cmo/interviewers';
import { assignTurn, mergeTurns, splitTurn } from '../../cmo/turnEdits';
import { speechStart } from '../../cmo/turns';
import { wordCount } from '../../cmo/text';
import { say, type LogMessage } from '../../cmo/logMessages';
import { resolveSource } from '../../cmo/lookup';
import type { Mutation, MutationOutcome, Query } from '../types';
import type { Method, SpeakerStat, SpeakerSummary } from '../../api/contract';

/** The project with a source's turns replaced, codings whose speaker changed flagged. */
function withTurns(project: Project, src: Source, turns: SpeakerTurn[]): { project: Project; flagged: string[] } {
  const i = project.sources.indexOf(src);
  const sources = project.sources.slice();
  sources[i] = { ...src, turns };
  const next = { ...project, sources };
  const before = attributionIndex(project),
    after = attributionIndex(next);
  const flagged: string[] = [];
  const segments = project.segments.map((s): Segment => {
    if (s.sourceId !== src.id) return s;
    const a = before(s),
      b = after(s);
    if (a.speaker === b.speaker && a.participantId === b.participantId) return s;
    flagged.push(s.id);
    return { ...s, needsReview: true, previousText: s.previousText ?? s.text };
  });
  return { project: { ...next, segments }, flagged };
}

function outcome<M extends Method>(
  project: Project,
  src: Source,
  turns: SpeakerTurn[],
  summary: (flagged: number) => LogMessage,
): MutationOutcome<M> {
  const r = withTurns(project, src, turns);
  const result = { sourceId: src.id, turns, flagged: r.flagged } as MutationOutcome<M>['result'];
  return { project: r.project, result, summary: summary(r.flagged.length) };
}

export const splitTurnCmd: Mutation<'turns.split'> = (project, p) => {
  const src = resolveSource(project, p.source);
  const { turns, speaker } = splitTurn(src, p.at, p.speaker, (l) => isInterviewer(project, l));
  return outcome(project, src, turns, (flagged) => say('turnSplit', { source: src.name, at: p.at, speaker, flagged }));
};

export const mergeTurnsCmd: Mutation<'turns.merge'> = (project, p) => {
  const src = resolveSource(project, p.source);
  const summary = (flagged: number) => say('turnsMerged', { source: src.name, at: p.at, flagged });
  return outcome(project, src, mergeTurns(src, p.at), summary);
};

export const assignTurnCmd: Mutation<'turns.assign'> = (project, p) => {
  const src = resolveSource(project, p.source);
  const { turns, from } = assignTurn(src, p.at, p.speaker);
  const summary = (flagged: number) =>
    say('turnAssigned', { source: src.name, at: p.at, from, to: p.speaker.trim(), flagged });
  return outcome(project, src, turns, summary);
};

/** Turns and words per speaker of a source, who is the interviewer and who is which participant. */
export function speakerSummary(project: Project, src: Source): SpeakerSummary {
  const stats = new Map<string, SpeakerStat>();
  let labelled = 0;
  for (const t of src.turns) {
    const label = t.speaker;
    let s = stats.get(label);
    if (!s) {
      const interviewer = !!label && isInterviewer(project, label);
      const pid = interviewer ? null : (src.speakerMap[label] ?? null);
      const participant = project.participants.find((x) => x.id === pid)?.label ?? null;
      s = { label, turns: 0, words: 0, interviewer, participantId: pid, participant };
      stats.set(label, s);
    }
    s.turns++;
    const n = wordCount(src.text.slice(speechStart(src.text, t), t.end));
    s.words += n;
    labelled += wordCount(src.text.slice(t.start, t.end));
  }
  const words = wordCount(src.text);
  return {
    sourceId: src.id,
    name: src.name,
    confirmed: src.speakersConfirmed !== false,
    speakers: [...stats.values()],
    unlabelledWords: Math.max(0, words - labelled),
    words,
  };
}

export const speakerSummaryQuery: Query<'source.speakerSummary'> = (project, p) =>
  speakerSummary(project, resolveSource(project, p.source));

export const confirmSpeakersCmd: Mutation<'source.confirmSpeakers'> = (project, p) => {
  const src = resolveSource(project, p.source);
  const sources = project.sources.map((s) => (s === src ? { ...s, speakersConfirmed: true } : s));
  const next = { ...project, sources };
  const result = speakerSummary(
    next,
    sources.find((s) => s.id === src.id)!,
  );
  return { project: next, result, summary: say('speakersConfirmed', { source: src.name }) };
};
