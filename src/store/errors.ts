import { DomainError } from '../cmo/errors';
import { say, wordsFor, type LogMessage } from '../cmo/logMessages';

/**
 * Any problem with a project file; the message always names the file. Its code is
 * `errProjectOpen`, its data `{ file, problem }`: the problem a message of src/cmo/fileMessages.ts
 * (or Danish words); `problem` is its Danish words.
 */
export class ProjectFileError extends DomainError {
  readonly problem: string;
  constructor(
    readonly file: string,
    problem: string | LogMessage,
  ) {
    super(say('errProjectOpen', { file, problem }));
    this.name = 'ProjectFileError';
    this.problem = typeof problem === 'string' ? problem : wordsFor(problem, 'da');
  }
}
