// The CLI's exit codes and how an AppError code maps onto them. Scripts branch on these numbers,
// so they never change meaning: 0 ok, 1 bad input or not found, 2 usage, 3 locked or storage.
import type { ErrorCode } from '../../common/result.js';

export const EXIT = { ok: 0, input: 1, usage: 2, storage: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

// `internal` is a bug in Marsad, not a state of the library, so retrying (3) would not help.
const BY_ERROR: Record<ErrorCode, ExitCode> = {
  'invalid-input': EXIT.input,
  'not-found': EXIT.input,
  'too-large': EXIT.input,
  internal: EXIT.input,
  'storage-io': EXIT.storage,
  'storage-corrupt': EXIT.storage,
  locked: EXIT.storage,
};

export const exitCodeFor = (code: ErrorCode): ExitCode => BY_ERROR[code];
