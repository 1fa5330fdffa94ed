// A usage error: the command line itself is wrong (unknown command or option, missing argument).
// Exits 2 with its one-sentence message on stderr; never used for library or input errors.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
