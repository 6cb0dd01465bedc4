import { wordsFor, type LogMessage } from './logMessages';

/**
 * A user-facing problem with what was asked of the domain (unknown id, bad range, ambiguous passage).
 * Given as a message (see errorMessages.ts) it reaches the window in the reader's language; its
 * `message` is the Danish text (the CLI's language).
 */
export class DomainError extends Error {
  readonly said: LogMessage | undefined;
  constructor(message: string | LogMessage) {
    super(typeof message === 'string' ? message : wordsFor(message, 'da'));
    this.name = 'DomainError';
    this.said = typeof message === 'string' ? undefined : message;
  }
}
