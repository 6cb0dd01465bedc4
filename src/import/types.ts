import type { SpeakerTurn } from '../cmo/model';

/**
 * What a reader makes of a file. `text` is raw unless `turns` is given: a reader that returns
 * turns has already normalised its text (normalizeText) and the turns' offsets index into it.
 */
export interface ReadResult {
  text: string;
  format: string;
  encoding: string | null;
  warnings: string[];
  turns?: SpeakerTurn[];
  /** comments, footnotes, endnotes: kept beside the transcript, not in it */
  notes?: string[];
}
