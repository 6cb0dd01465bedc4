import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';

/**
 * Any problem with a project file; the message always names the file. Its code is
 * `errProjectOpen`, its data `{ file, problem }` (the problem in Danish words).
 */
export class ProjectFileError extends DomainError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(say('errProjectOpen', { file, problem }));
    this.name = 'ProjectFileError';
  }
}
