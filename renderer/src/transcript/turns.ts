/**
 * Who speaks: for each speaker turn, the line it starts on and what to show beside it — the
 * participant's role (and name, and case when it is not the source's own), and the time in the
 * recording when the format carried one. Pure: no DOM.
 */
import { offsetToLine } from './offsets';

export interface TurnInfo {
  start: number;
  speaker: string;
  time: number | null;
}
export interface Who {
  participants: readonly { id: string; label: string; roleId: string | null; caseId: string | null }[];
  roles: readonly { id: string; label: string }[];
  cases: readonly { id: string; label: string }[];
  speakerMap: Readonly<Record<string, string>>;
  sourceCaseId: string | null;
  /** whether a label is the interviewer's, and the word shown beside such a turn */
  interviewer?: { is: (label: string) => boolean; word: string };
}

/** Seconds as m:ss (or h:mm:ss from an hour on). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600),
    m = Math.floor((s % 3600) / 60),
    sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

/** The label beside one turn: `Leder · Hanne · case 3 · 03:12`, parts left out when unknown or already said. */
export function turnLabel(turn: TurnInfo, who: Who): string {
  const parts: string[] = [];
  const pid = who.speakerMap[turn.speaker];
  const participant = pid ? who.participants.find((p) => p.id === pid) : undefined;
  if (!participant && who.interviewer?.is(turn.speaker)) parts.push(who.interviewer.word);
  if (participant) {
    const role = participant.roleId
      ? (who.roles.find((r) => r.id === participant.roleId)?.label ?? participant.roleId)
      : null;
    if (role) parts.push(role);
    const norm = (s: string) => s.trim().toLowerCase();
    if (
      ![turn.speaker, role ?? ''].map(norm).includes(norm(participant.label)) &&
      !(role && norm(participant.label).startsWith(norm(role)))
    )
      parts.push(participant.label);
    if (participant.caseId && participant.caseId !== who.sourceCaseId) {
      parts.push(who.cases.find((c) => c.id === participant.caseId)?.label ?? participant.caseId);
    }
  }
  if (turn.time !== null && Number.isFinite(turn.time)) parts.push(formatClock(turn.time));
  return parts.join(' · ');
}

/** Turn start offset → label, for the turns that have something to show. */
export function turnLabels(turns: readonly TurnInfo[], who: Who): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of turns) {
    const label = turnLabel(t, who);
    if (label) out.set(t.start, label);
  }
  return out;
}

/** The same keyed by line index (a turn starts at the start of its line). */
export function labelsByLine(byOffset: ReadonlyMap<number, string>, starts: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  // two turns on one line (one split inside a paragraph): both, in order
  for (const [offset, label] of byOffset) {
    const line = offsetToLine(starts, offset).line;
    const before = out.get(line);
    out.set(line, before ? `${before} → ${label}` : label);
  }
  return out;
}
