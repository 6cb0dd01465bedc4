import type { SpeakerTurn } from '../cmo/model';
import type { LogMessage } from '../cmo/logMessages';

/**
 * What a reader makes of a file. `text` is raw unless `turns` is given: a reader that returns
 * turns has already normalised its text (normalizeText) and the turns' offsets index into it.
 */
export interface ReadResult {
  text: string;
  format: string;
  encoding: string | null;
  /** what the reader noticed (see warningsDa in cmo/errorMessages.ts) */
  warnings: LogMessage[];
  turns?: SpeakerTurn[];
  /** comments, footnotes, endnotes: kept beside the transcript, not in it */
  notes?: string[];
}
