/** Who speaks: the interviewer names, speaker-turn repairs, and the speakers summary after import. */
import { z } from 'zod';
import type { SpeakerTurn } from '../../cmo/model';
import { NoParams, mutation, query, returns, type Declarations } from '../define';
import { Ref } from '../schemas';

export interface InterviewerList {
  names: string[];
  defaults: string[];
  custom: boolean;
}
export interface TurnsResult {
  sourceId: string;
  turns: SpeakerTurn[];
  flagged: string[];
}
export interface SpeakerStat {
  label: string;
  turns: number;
  words: number;
  interviewer: boolean;
  participantId: string | null;
  participant: string | null;
}
export interface SpeakerSummary {
  sourceId: string;
  name: string;
  confirmed: boolean;
  speakers: SpeakerStat[];
  unlabelledWords: number;
  words: number;
}

export const speakersMethods = {
  /**
   * the project's interviewer names (the defaults until changed): a label matching one, with a suffix such as ` (NFA)`
   * or ` 2`, is the interviewer's
   */
  'interviewers.list': query(NoParams, returns<InterviewerList>()),
  /** names added to the interviewer list; their voices in every source are taken off their participants */
  'interviewers.add': mutation(
    z.object({ names: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }).strict(),
    returns<InterviewerList & { unmapped: { source: string; label: string }[] }>(),
  ),
  'interviewers.remove': mutation(
    z.object({ names: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }).strict(),
    returns<InterviewerList>(),
  ),
  /**
   * the speaker turn at `at` split there; the new turn's speaker given, or the label written there, or the other voice
   */
  'turns.split': mutation(
    z
      .object({
        source: Ref,
        at: z.number().int().nonnegative(),
        speaker: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    returns<TurnsResult>(),
  ),
  /** the speaker turn at `at` merged with the next one */
  'turns.merge': mutation(
    z.object({ source: Ref, at: z.number().int().nonnegative() }).strict(),
    returns<TurnsResult>(),
  ),
  /** the speaker turn at `at` given to another speaker label */
  'turns.assign': mutation(
    z.object({ source: Ref, at: z.number().int().nonnegative(), speaker: z.string().trim().min(1).max(200) }).strict(),
    returns<TurnsResult>(),
  ),
  /**
   * turns and words per speaker, who is the interviewer, who is which participant, and whether the user confirmed it
   */
  'source.speakerSummary': query(z.object({ source: Ref }).strict(), returns<SpeakerSummary>()),
  'source.confirmSpeakers': mutation(z.object({ source: Ref }).strict(), returns<SpeakerSummary>()),
} satisfies Declarations;
