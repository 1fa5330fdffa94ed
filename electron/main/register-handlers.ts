// The one guarded registration of the contract on ipcMain: every channel in CHANNELS, each
// refusing senders that are not the app's own app://marsad frame, then `dispatch` (zod + Result).
// File paths pass through one-time grants (path-grants.ts): the preload's drop channel adds them.
// Bugs behind a call are written to the library's log (report-errors.ts).
// Type-only electron import, so it is unit-tested with a fake ipcMain under plain node.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL, type Handlers } from '../../common/ipc/contract.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import { err, ok, type Result } from '../../common/result.js';
import { logInternalError } from '../backend/log/report-errors.js';
import { isAppUrl } from './app-origin.js';
import { PathGrants, withPathGrants } from './path-grants.js';
import type { OpenedBundles } from './opened-bundles.js';

export type IpcLike = Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;
type SyncEvent = Pick<IpcMainEvent, 'senderFrame' | 'returnValue'>;

export const FOREIGN_SENDER_MESSAGE = 'This request did not come from the Marsad window and was refused.';

/** True when the invoking frame is still alive and is a page of the app itself. */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    return isAppUrl(event.senderFrame?.url);
  } catch {
    // Reading a destroyed frame's url throws; a frame that is gone is not trusted.
    return false;
  }
}

/** Registers every call; returns a function that removes them again (tests, window reloads).
 *  `grants` is shared with the File menu's open dialog (file-commands.ts). */
export function registerHandlers(ipc: IpcLike, handlers: Handlers, grants = new PathGrants(), opened?: OpenedBundles): () => void {
  const withGrants = withPathGrants(handlers, grants);
  // Bundles the OS opened with the app (issue 15) are granted like a dropped file when handed over.
  const guarded: Handlers = opened ? { ...withGrants, openedBundles: async () => ok(opened.take((p) => grants.grantImport(p))) } : withGrants;
  for (const name of CALL_NAMES) {
    ipc.handle(CHANNELS[name], (event: SenderEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        console.warn(`[marsad] refused ${CHANNELS[name]} from ${safeUrl(event)}`);
        return Promise.resolve(err('invalid-input', FOREIGN_SENDER_MESSAGE));
      }
      return dispatch(guarded, name, payload, { onInternal: logInternalError });
    });
  }
  // Synchronous (sendSync) so the grant is in place before the renderer's startImport arrives.
  const grantFile = (event: SyncEvent, path: unknown): void => {
    event.returnValue = isTrustedSender(event) && typeof path === 'string' && grants.grantImport(path);
  };
  ipc.on(GRANT_FILE_CHANNEL, grantFile as (event: IpcMainEvent, ...args: unknown[]) => void);
  return () => {
    CALL_NAMES.forEach((name) => ipc.removeHandler(CHANNELS[name]));
    ipc.removeListener(GRANT_FILE_CHANNEL, grantFile as (event: IpcMainEvent, ...args: unknown[]) => void);
  };
}

const safeUrl = (event: SenderEvent): string => {
  try {
    return event.senderFrame?.url || '(no frame)';
  } catch {
    return '(destroyed frame)';
  }
};
