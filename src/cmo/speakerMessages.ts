/**
 * Words for who said it: the interviewer list, speaker turns and their repairs, confirming a
 * source's speakers, and the refusals that keep interviewer speech out of the evidence — in
 * Danish and English (joined into the log's and the errors' tables by logMessages.ts).
 */
import type { Template } from './logMessages';

type Value = string | number | undefined;
const num = (v: Value) => Number(v ?? 0);
const pl = (v: Value, one: string, many: string) => `${v} ${num(v) === 1 ? one : many}`;
/** ` — 2 kodninger til gennemsyn` when a repair flagged some */
const reviewDa = (v: Value) => (num(v) ? ` — ${pl(v, 'kodning', 'kodninger')} til gennemsyn` : '');
const reviewEn = (v: Value) => (num(v) ? ` — ${pl(v, 'coding', 'codings')} to review` : '');

export const speakerDa = {
  interviewersAdded: (p) =>
    `Interviewere tilføjet: ${p.names}` +
    (num(p.unmapped) ? ` (${p.unmapped} talere i kilderne knyttes ikke længere til en deltager)` : ''),
  interviewersRemoved: (p) => `Interviewere fjernet: ${p.names}`,
  turnSplit: (p) =>
    `Taletur delt i "${p.source}" ved ${p.at}` + `${p.speaker ? ` (ny tur: ${p.speaker})` : ''}${reviewDa(p.flagged)}`,
  turnsMerged: (p) => `Taleture lagt sammen i "${p.source}" ved ${p.at}${reviewDa(p.flagged)}`,
  turnAssigned: (p) => `Taletur i "${p.source}" ved ${p.at}: ${p.from || '(ingen)'} → ${p.to}${reviewDa(p.flagged)}`,
  speakersConfirmed: (p) => `Talere bekræftet i "${p.source}"`,
  errInterviewerUnknown: (p) => `"${p.name}" står ikke på interviewerlisten (${p.known || 'tom'})`,
  errNoTurnAt: (p) => `Ingen taletur i "${p.source}" ved tegn ${p.at}`,
  errSplitAtEdge: (p) => `Kan ikke dele taleturen i "${p.source}" ved tegn ${p.at}: vælg et sted inde i turens tale`,
  errNoNextTurn: (p) =>
    `Taleturen i "${p.source}" ved tegn ${p.at} er den sidste; ` + 'der er ingen efterfølgende tur at lægge sammen med',
  errEmptySpeaker: () => 'angiv en taler (fx "Interviewer" eller "Leder")',
  errOnlyInterviewerHits: (p) =>
    `Intet kodet: ${p.skipped} af ${p.hits} fund for "${p.query}"` +
    ' ligger i interviewerens tale' +
    (num(p.unattributed) ? ` eller hos ingen deltager (${p.unattributed})` : '') +
    ' — brug --include-interviewer (eller afkrydsningen "Også interviewerens tale"), hvis de skal kodes',
  errUnattributedQuotes: (p) =>
    `${pl(p.count, 'citat', 'citater')} ligger i interviewerens tale` +
    ` eller har ingen deltager og kan ikke stå som udsagn i en rapport: ${p.examples}` +
    ' — knyt taleren til en deltager (cmo source --map),' +
    ' ret taleturen (cmo turns), eller brug --allow-unattributed',
  autocodedLeftOut: (p) => `${p.coded}; udeladt: ${p.why}`,
  skipInterviewer: (p) => `${p.count} i interviewerens tale`,
  skipUnattributed: (p) => `${p.count} uden deltager`,
} satisfies Record<string, Template>;

export type SpeakerKey = keyof typeof speakerDa;

export const speakerEn: Record<SpeakerKey, Template> = {
  interviewersAdded: (p) =>
    `Interviewers added: ${p.names}` +
    (num(p.unmapped) ? ` (${p.unmapped} speakers in the sources no longer map to a participant)` : ''),
  interviewersRemoved: (p) => `Interviewers removed: ${p.names}`,
  turnSplit: (p) =>
    `Speaker turn split in "${p.source}" at ${p.at}` +
    `${p.speaker ? ` (new turn: ${p.speaker})` : ''}${reviewEn(p.flagged)}`,
  turnsMerged: (p) => `Speaker turns merged in "${p.source}" at ${p.at}${reviewEn(p.flagged)}`,
  turnAssigned: (p) =>
    `Speaker turn in "${p.source}" at ${p.at}: ${p.from || '(none)'} → ${p.to}` + reviewEn(p.flagged),
  speakersConfirmed: (p) => `Speakers confirmed in "${p.source}"`,
  errInterviewerUnknown: (p) => `"${p.name}" is not on the interviewer list (${p.known || 'empty'})`,
  errNoTurnAt: (p) => `No speaker turn in "${p.source}" at character ${p.at}`,
  errSplitAtEdge: (p) =>
    `Cannot split the speaker turn in "${p.source}" at character ${p.at}: ` + "choose a place inside the turn's speech",
  errNoNextTurn: (p) =>
    `The speaker turn in "${p.source}" at character ${p.at} is the last one; ` +
    'there is no following turn to merge with',
  errEmptySpeaker: () => 'give a speaker (e.g. "Interviewer" or "Leder")',
  errOnlyInterviewerHits: (p) =>
    `Nothing coded: ${p.skipped} of ${p.hits} hits for "${p.query}"` +
    " lie in the interviewer's speech" +
    (num(p.unattributed) ? ` or with no participant (${p.unattributed})` : '') +
    ' — use --include-interviewer (or the "Include the interviewer\'s speech" box) to code them',
  errUnattributedQuotes: (p) =>
    `${pl(p.count, 'quote lies', 'quotes lie')} in the interviewer's speech` +
    ` or with no participant and cannot stand as evidence in a report: ${p.examples}` +
    ' — map the speaker to a participant (cmo source --map),' +
    ' repair the turn (cmo turns), or use --allow-unattributed',
  autocodedLeftOut: (p) => `${p.coded}; left out: ${p.why}`,
  skipInterviewer: (p) => `${p.count} in the interviewer's speech`,
  skipUnattributed: (p) => `${p.count} with no participant`,
};
