import { addInterviewersCmd, listInterviewers, removeInterviewersCmd } from '../commands/interviewers';
import { assignTurnCmd, confirmSpeakersCmd, mergeTurnsCmd, speakerSummaryQuery, splitTurnCmd } from '../commands/turns';
import type { speakersMethods } from '../../api/methods/speakers';
import type { HandlersOf } from '../types';

export const speakers = {
  'interviewers.list': listInterviewers,
  'interviewers.add': addInterviewersCmd,
  'interviewers.remove': removeInterviewersCmd,
  'turns.split': splitTurnCmd,
  'turns.merge': mergeTurnsCmd,
  'turns.assign': assignTurnCmd,
  'source.speakerSummary': speakerSummaryQuery,
  'source.confirmSpeakers': confirmSpeakersCmd,
} satisfies HandlersOf<typeof speakersMethods>;
