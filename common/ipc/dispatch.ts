// The single guarded entry to the backend: validates a payload against the contract schema,
// runs the handler, and turns anything thrown into a Result. Every host calls this; none
// calls a handler directly. Pure: no DOM, no Node — an unexpected error is handed to the
// host's `onInternal` hook (which writes the log), with the call's name but never its payload.
import { AppFailure, err, type Result } from '../result.js';
import { INPUTS, isCallName, type Handlers } from './contract.js';

export type DispatchOptions = {
  /** Told about every error that is not an AppFailure (a bug); must not throw, is guarded anyway. */
  onInternal?: (call: string, error: unknown) => void;
};

/** First zod issue as one sentence, e.g. "tags.0: Too big: expected string to have <=200 characters". */
const describeIssue = (issues: { path: PropertyKey[]; message: string }[]): string => {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.map(String).join('.');
  return `${where ? `${where}: ` : ''}${first.message}.`.replace(/\.\.$/, '.');
};

export async function dispatch(
  handlers: Handlers,
  name: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isCallName(name)) return err('invalid-input', `There is no call named "${name}".`);
  const parsed = INPUTS[name].safeParse(payload);
  if (!parsed.success) {
    return err('invalid-input', `The request was not valid: ${describeIssue(parsed.error.issues)}`);
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (e) {
    if (e instanceof AppFailure) return { ok: false, error: e.appError };
    try {
      options.onInternal?.(name, e);
    } catch {
      // Reporting a bug must never become a second one.
    }
    const message = e instanceof Error ? e.message : String(e);
    return err('internal', `Something went wrong inside Marsad: ${message}`);
  }
}
