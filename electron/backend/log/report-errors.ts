// What the hosts hand to the log when something unexpected happens: a bug behind a contract
// call (dispatch's onInternal hook) or an error nothing caught. Writes the error's name,
// message (cut short by app-log) and the top stack frames' places — never a payload or text.
import { errorFields, logEvent } from './app-log.js';

// Three frames locate a bug in the bundle; more would only repeat the event loop.
const FRAMES = 3;

/** "at fn (file:line:col)" of the top frames, joined; no message line, no local data. */
const where = (e: unknown): string | undefined => {
  const stack = (e as { stack?: unknown })?.stack;
  if (typeof stack !== 'string') return undefined;
  return stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, FRAMES).map((l) => l.trim()).join(' < ') || undefined;
};

/** dispatch()'s onInternal hook: one "internal-error" line naming the call. */
export function logInternalError(call: string, e: unknown): void {
  logEvent('error', 'internal-error', { call, ...errorFields(e), at: where(e) });
}

/** An error no code caught: "uncaught-exception", "unhandled-rejection", a gone renderer… */
export function logUncaught(event: string, e: unknown, fields: Record<string, string | number | undefined> = {}): void {
  logEvent('error', event, { ...errorFields(e), at: where(e), ...fields });
}
