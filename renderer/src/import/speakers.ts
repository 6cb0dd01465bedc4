/**
 * What the speaker screen sends to `source.setSpeakers`, apart from React. A row says who a
 * speaker label is: nobody (the interviewer), or a participant of a role (or none) in a case.
 */
import type { Params, ProjectInfo } from '../../../src/api/contract';

export const NONE = '__none__';
export const NO_ROLE = '__norole__';

/** A speaker's row: who (`NONE`, `NO_ROLE` or a role id) and the case ('' for none). */
export interface Choice {
  who: string;
  caseId: string;
}

type Assign = Params<'source.setSpeakers'>['speakers'][string];
type People = Pick<ProjectInfo, 'participants' | 'roles' | 'cases'>;

/** The row as saved: from the participant the label is linked to, if any. */
export function savedChoice(
  people: People,
  speakerMap: Record<string, string>,
  sourceCaseId: string | null,
  label: string,
): Choice {
  const p = speakerMap[label] ? people.participants.find((x) => x.id === speakerMap[label]) : undefined;
  if (!p) return { who: NONE, caseId: sourceCaseId ?? '' };
  return { who: p.roleId ?? NO_ROLE, caseId: p.caseId ?? '' };
}

export const sameChoice = (a: Choice, b: Choice) => a.who === b.who && (a.who === NONE || a.caseId === b.caseId);

/**
 * The assignments for the changed rows. Several speakers as one role in one case (a focus group)
 * each get their own participant, named by their label. A single speaker as a role in a case
 * is that case's participant of the role (`Leder, Case 3`, shared with the case's other
 * interviews); when the only participants of that role there are other speakers' own
 * (`Tilsynsførende (Taler 1), Case 14`), the speaker gets one of their own rather than borrowing one.
 */
export function planSpeakers(
  people: People,
  rows: { label: string; choice: Choice; changed: boolean }[],
): Record<string, Assign> {
  const key = (c: Choice) => `${c.who}\u0000${c.caseId}`;
  const groups = new Map<string, number>();
  for (const r of rows) if (r.choice.who !== NONE) groups.set(key(r.choice), (groups.get(key(r.choice)) ?? 0) + 1);
  const out: Record<string, Assign> = {};
  for (const r of rows) {
    if (!r.changed) continue;
    const c = r.choice;
    if (c.who === NONE) {
      out[r.label] = null;
      continue;
    }
    const caseId = c.caseId || null;
    if (c.who === NO_ROLE) {
      out[r.label] = { role: null, caseId, label: r.label };
      continue;
    }
    if ((groups.get(key(c)) ?? 0) > 1) {
      out[r.label] = { role: c.who, caseId, label: r.label };
      continue;
    }
    const roleLabel = people.roles.find((x) => x.id === c.who)?.label;
    const caseLabel = people.cases.find((x) => x.id === caseId)?.label;
    const plain = [roleLabel, caseLabel].filter(Boolean).join(', ');
    const same = people.participants.filter((p) => p.roleId === c.who && p.caseId === caseId);
    const own = same.find((p) => p.label === plain);
    out[r.label] = own
      ? { participantId: own.id }
      : same.length
        ? { role: c.who, caseId, label: r.label }
        : { role: c.who, caseId };
  }
  return out;
}
