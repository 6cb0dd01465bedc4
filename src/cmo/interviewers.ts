/**
 * Who is the interviewer: the project's list of interviewer names (the defaults below plus the
 * researchers' own names as Teams or Zoom write them, `Karen Jensen (NFA)`), matched against a
 * transcript's speaker labels the same way for every format. A name matches the label itself and
 * the label with a suffix: a number (`I1`, `Interviewer 2`), a parenthesis or bracket
 * (`Interviewer (NFA)`, `Moderator [KJ]`), or both (`Interviewer 2 (NFA)`). Pure.
 */
import type { Project } from './model';

export const DEFAULT_INTERVIEWERS: readonly string[] = [
  'I',
  'Int',
  'Interviewer',
  'Intervieweren',
  'Moderator',
  'Facilitator',
  'Forsker',
  'Researcher',
  'Spørger',
  'Q',
];

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** what may follow a name: `2`, ` 2`, `(NFA)`, ` [KJ]`, `2 (NFA)`, `.` */
const SUFFIX = String.raw`(?:[ \t]*\d{1,3})?(?:[ \t]*[([][^()[\]]{0,60}[)\]])?\.?`;

/** The project's interviewer names: its own list, or the defaults when it has none yet. */
export function interviewerNames(project: Pick<Project, 'interviewers'>): readonly string[] {
  return project.interviewers ?? DEFAULT_INTERVIEWERS;
}

const matchers = new WeakMap<readonly string[], RegExp>();
function matcher(names: readonly string[]): RegExp {
  let re = matchers.get(names);
  if (!re) {
    const alts = [...new Set(names.map(fold).filter(Boolean))].sort((a, b) => b.length - a.length).map(escape);
    re = alts.length ? new RegExp(`^(?:${alts.join('|')})${SUFFIX}$`, 'iu') : /$^/;
    matchers.set(names, re);
  }
  return re;
}

/** Whether a speaker label is an interviewer's by these names (the defaults when not given). */
export function isInterviewerName(label: string, names: readonly string[] = DEFAULT_INTERVIEWERS): boolean {
  const l = fold(label);
  return !!l && matcher(names).test(l);
}

/** Whether a speaker label is an interviewer's in this project. */
export function isInterviewer(project: Pick<Project, 'interviewers'>, label: string): boolean {
  return isInterviewerName(label, interviewerNames(project));
}

/** A name as it is kept in the list: spaces collapsed, trimmed. */
export const cleanName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
export const sameName = (a: string, b: string) => fold(a) === fold(b);
