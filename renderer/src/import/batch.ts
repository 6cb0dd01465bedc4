/**
 * The batch import's logic, apart from React: one file after another (read, then import), an
 * outcome per file, a failure never stopping the rest, and Cancel taking effect after the file
 * under way. Outcomes are data; the dialog turns them into words.
 */
import type { ImportResult } from '../../../src/api/contract';
import { refusalOf } from '../../../src/cmo/errors';

export type Outcome =
  | { status: 'imported'; result: ImportResult }
  | { status: 'duplicate'; existingName: string; message: string }
  | { status: 'error'; message: string }
  | { status: 'cancelled' };

export type Phase = 'reading' | 'importing';

export interface BatchSteps<T> {
  /** the file's bytes as base64; `progress` gets the fraction read so far */
  read(item: T, progress: (fraction: number) => void): Promise<string>;
  /** imports one file; throws with a message for the user when it cannot */
  importOne(item: T, dataBase64: string): Promise<ImportResult>;
  /** after every phase change and read progress: which file, which phase, how far */
  onProgress(index: number, phase: Phase, fraction: number): void;
  /** after every file, with its outcome */
  onOutcome(index: number, outcome: Outcome): void;
  /** asked before each file: stop here? */
  cancelled(): boolean;
  /** a failed file's error in words (the window's language); its message when not given */
  errorText?(e: unknown): string;
}

const plainText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * What went wrong with one file, from the error the API gave: a duplicate is told apart by its code
 * (`errDuplicateImport`, with the source it duplicates as `existingName`); the message is `words(e)`
 * — the dialog gives the window's language.
 */
export function classifyError(e: unknown, words: (e: unknown) => string = plainText): Outcome {
  const message = words(e);
  const refusal = refusalOf(e);
  if (refusal?.code === 'errDuplicateImport')
    return { status: 'duplicate', existingName: String(refusal.data.existingName ?? ''), message };
  return { status: 'error', message };
}

/** An error message without the `file.docx: ` the service puts in front (the list names the file already). */
export function withoutFilePrefix(message: string, fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  return message.startsWith(`${base}: `) ? message.slice(base.length + 2) : message;
}

/** Runs the batch in order; resolves with every file's outcome (files after a Cancel: `cancelled`). */
export async function runBatch<T>(items: readonly T[], steps: BatchSteps<T>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < items.length; i++) {
    if (steps.cancelled()) {
      for (let j = i; j < items.length; j++) {
        outcomes.push({ status: 'cancelled' });
        steps.onOutcome(j, { status: 'cancelled' });
      }
      break;
    }
    const item = items[i]!;
    let outcome: Outcome;
    try {
      steps.onProgress(i, 'reading', 0);
      const data = await steps.read(item, (f) => steps.onProgress(i, 'reading', f));
      steps.onProgress(i, 'importing', 0);
      outcome = { status: 'imported', result: await steps.importOne(item, data) };
    } catch (e) {
      outcome = classifyError(e, steps.errorText);
    }
    outcomes.push(outcome);
    steps.onOutcome(i, outcome);
  }
  return outcomes;
}

export interface Tally {
  imported: number;
  duplicate: number;
  error: number;
  cancelled: number;
}
export const tally = (outcomes: readonly (Outcome | undefined)[]): Tally => {
  const t: Tally = { imported: 0, duplicate: 0, error: 0, cancelled: 0 };
  for (const o of outcomes) if (o) t[o.status]++;
  return t;
};
