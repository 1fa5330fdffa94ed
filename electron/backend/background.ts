// The one guard every background task runs under (timers, the quote warmer, the search index's
// warm-up and saves, backups, write retries): it runs the task, logs a failure with logEvent and
// never rethrows, so no task started without an awaiting caller can take a host down.
// Must not: swallow a failure silently (every one is logged), or be used where a caller waits.
import { errorFields, logEvent } from './log/app-log.js';

/** Runs `task` now; resolves when it ends, whatever happened. `name` is a short kebab-case label. */
export async function runInBackground(name: string, task: () => unknown): Promise<void> {
  try {
    await task();
  } catch (e) {
    logEvent('error', 'background-task-failed', { task: name, ...errorFields(e) });
  }
}

/** setTimeout for a background task: guarded, and unref'd so it never keeps a process alive. */
export function backgroundTimer(name: string, ms: number, task: () => unknown): ReturnType<typeof setTimeout> {
  const timer = setTimeout(() => void runInBackground(name, task), ms);
  timer.unref?.();
  return timer;
}
