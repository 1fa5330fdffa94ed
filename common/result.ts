// Result and error codes shared by every host. Pure: no DOM, no Node.
// Errors are data: handlers return `err(...)` for anything a user can cause; only bugs throw.

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'storage-io',
  'storage-corrupt',
  'locked',
  'too-large',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `message` is one sentence a person can act on; `details` carries machine-readable context. */
export type AppError = {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = <T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Result<T> => ({ ok: false, error: details ? { code, message, details } : { code, message } });

/** An Error that carries an AppError, for code paths deep inside the backend that must unwind. */
export class AppFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'AppFailure';
  }
}

export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): never => {
  throw new AppFailure(details ? { code, message, details } : { code, message });
};
