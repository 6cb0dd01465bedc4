/**
 * A file's problem always names the file: a refusal raised while reading an imported codebook or
 * coding sheet that does not say which file gets `<file>: ` before it, and a file nested past what
 * the reader can walk (a stack overflow) is refused as such — never "Intern fejl" for an input.
 */
import { DomainError } from '../../cmo/errors';
import { say } from '../../cmo/logMessages';
import { ImportError } from '../../import/errors';

function named(fileName: string, e: unknown): unknown {
  if (e instanceof ImportError) return e; // names its file already
  if (e instanceof DomainError) {
    if (e.message.includes(fileName)) return e;
    return new DomainError(say('errImportFile', { file: fileName, problem: e.said ?? e.message }));
  }
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return new DomainError(say('errImportFile', { file: fileName, problem: say('errNestedTooDeep') }));
  return e;
}

/** Runs a reading of `fileName`; its refusals name the file. */
export async function readingFile<T>(fileName: string, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw named(fileName, e);
  }
}

/** The same, for a reading that does not wait on anything. */
export function readingFileSync<T>(fileName: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw named(fileName, e);
  }
}
