// Last-resort handlers every Node host installs (browser shell, CLI; the Electron main process
// too): an unhandled rejection is logged and the host keeps running; an uncaught exception is
// logged and the host's onFatal decides how to end cleanly (save, release the lock, exit).
// Must not: be where errors are handled — background work goes through background.ts first.
import { errorFields, logEvent } from './log/app-log.js';

export type GuardOptions = {
  /** Where one human line goes (stderr), besides the log. */
  say: (line: string) => void;
  /** Called once on an uncaught exception; must end the process. */
  onFatal: (e: unknown) => void;
};

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The two handlers, not yet installed (tests call them directly). */
export function processGuards({ say, onFatal }: GuardOptions) {
  let fatal = false;
  const onRejection = (e: unknown) => {
    logEvent('error', 'unhandled-rejection', errorFields(e));
    say(`Marsad: a background task failed and was logged (${describe(e)}).`);
  };
  const onException = (e: unknown) => {
    logEvent('error', 'uncaught-exception', errorFields(e));
    say(`Marsad: an unexpected error stopped this process (${describe(e)}).`);
    if (fatal) return;
    fatal = true;
    onFatal(e);
  };
  return { onRejection, onException };
}

/** Installs the handlers; returns a function that removes them. */
export function installProcessGuards(opts: GuardOptions): () => void {
  const { onRejection, onException } = processGuards(opts);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
