/** A user-facing problem with what was asked of the domain (unknown id, bad range, ambiguous passage). */
export class DomainError extends Error {
  constructor(message: string) { super(message); this.name = 'DomainError'; }
}
