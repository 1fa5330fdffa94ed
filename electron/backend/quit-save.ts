// What every host does on quit when the library cannot be saved: ask (a dialog in the app, a
// fixed policy in the browser shell) whether to wait and try again, save a copy elsewhere, or
// quit without saving — never quit silently over unsaved changes. Pure control flow over the
// backend and a host's prompts; the prompts are the host's.
import { tmpdir } from 'node:os';
import type { Backend } from './types.js';

export type QuitChoice = 'wait' | 'save-copy' | 'quit-anyway';

export type QuitPrompts = {
  /** Told why saving failed; answers what to do. */
  ask(message: string): Promise<QuitChoice>;
  /** A folder for the copy, or null when the person cancelled. */
  chooseFolder(): Promise<string | null>;
};

export type QuitOutcome =
  | { kind: 'saved' }
  | { kind: 'copied'; to: string; message: string }
  | { kind: 'abandoned'; message: string };

// A flush that takes longer than this is treated as failed and the person is asked (a hung disk).
export const QUIT_FLUSH_TIMEOUT_MS = 10_000;
// "Wait" tries again after this long; the store's own retries keep running meanwhile.
export const QUIT_WAIT_MS = 2_000;

// A host with no one to ask (the browser shell on SIGTERM) waits this many times before it saves a copy.
export const UNATTENDED_WAITS = 5;

/** The prompts of a host nobody answers: wait UNATTENDED_WAITS times, then a copy in MARSAD_RESCUE_DIR or the temp folder, then give up. */
export function shellQuitPrompts(say: (line: string) => void, rescueDir = process.env.MARSAD_RESCUE_DIR || tmpdir()): QuitPrompts {
  let asked = 0;
  let copyTried = false;
  return {
    ask: async (message) => {
      asked++;
      if (asked <= UNATTENDED_WAITS) {
        say(`Marsad is waiting to save the library (${message}).`);
        return 'wait';
      }
      if (!copyTried) return 'save-copy';
      return 'quit-anyway';
    },
    chooseFolder: async () => {
      copyTried = true;
      return rescueDir;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const messageOf = (e: unknown): string => {
  const app = (e as { appError?: { message?: string } }).appError;
  return app?.message ?? (e instanceof Error ? e.message : String(e));
};

async function flushWithin(flush: () => Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The library did not finish saving within ${Math.round(ms / 1000)} s.`)), ms);
  });
  try {
    await Promise.race([flush(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Saves and closes; when saving fails, loops on the host's prompts until saved, copied or abandoned. The lock is released in every outcome. */
export async function saveBeforeQuit(
  backend: Pick<Backend, 'flush' | 'close' | 'saveCopy'>,
  prompts: QuitPrompts,
  opts: { flushTimeoutMs?: number; waitMs?: number } = {},
): Promise<QuitOutcome> {
  const release = () => backend.close().catch(() => undefined);
  // Why the last "save a copy" failed, said together with the next question.
  let copyFailed: string | null = null;
  for (;;) {
    let message: string;
    try {
      await flushWithin(() => backend.flush(), opts.flushTimeoutMs ?? QUIT_FLUSH_TIMEOUT_MS);
      await backend.close();
      return { kind: 'saved' };
    } catch (e) {
      message = copyFailed ? `${messageOf(e)} ${copyFailed}` : messageOf(e);
      copyFailed = null;
    }
    const choice = await prompts.ask(message);
    if (choice === 'wait') {
      await sleep(opts.waitMs ?? QUIT_WAIT_MS);
      continue;
    }
    if (choice === 'save-copy') {
      const folder = await prompts.chooseFolder();
      if (folder === null) continue;
      try {
        const to = await backend.saveCopy(folder);
        await release();
        return { kind: 'copied', to, message };
      } catch (e) {
        copyFailed = messageOf(e);
        continue;
      }
    }
    await release();
    return { kind: 'abandoned', message };
  }
}
