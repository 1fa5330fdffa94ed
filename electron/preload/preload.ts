// The one bridge: exposes `window.marsad`, one method per contract call, each a plain
// ipcRenderer.invoke on its channel, plus `pathForFile` (webUtils) so dropped files can be
// imported by path: the path is granted to the main process for one import as it is read (a
// page cannot forge a File with a path), and `onMenuCommand` for the File menu's commands (checked
// messages only). Nothing else — no raw ipcRenderer, no IpcRendererEvent, no Node.
// Bundled to a single CommonJS file (a sandboxed preload cannot load ESM or split files).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CALL_NAMES, CHANNELS, GRANT_FILE_CHANNEL } from '../../common/ipc/channels.js';
import { MENU_COMMAND_CHANNEL, menuMessageOf, type MenuMessage } from '../../common/ipc/menu-commands.js';
import type { CallName, Calls, Contract } from '../../common/ipc/contract.js';
import type { Result } from '../../common/result.js';

type Bridge = { [K in CallName]: (input?: Calls[K]['in']) => Promise<Result<Calls[K]['out']>> };

function buildBridge(): Bridge {
  const bridge: Partial<Record<CallName, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) {
    const channel = CHANNELS[name];
    // Only the payload crosses; the IpcRendererEvent never reaches the page.
    bridge[name] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.freeze(bridge) as Bridge;
}

const marsad = buildBridge() satisfies Contract;

/** The one call outside the contract: a dropped or picked File's path on disk ('' if none). */
type HostFiles = { pathForFile: (file: Parameters<typeof webUtils.getPathForFile>[0]) => string };
const files: HostFiles = {
  pathForFile: (file) => {
    const path = webUtils.getPathForFile(file);
    // Synchronous, so the grant is in place before the startImport that follows.
    if (path) ipcRenderer.sendSync(GRANT_FILE_CHANNEL, path);
    return path;
  },
};

/** The desktop menu's commands (File → Import Files…): only checked messages, never the event. */
let menuListener: ((message: MenuMessage) => void) | null = null;
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, value: unknown) => {
  const message = menuMessageOf(value);
  if (message && menuListener) menuListener(message);
});
const menu = {
  onMenuCommand: (listener: (message: MenuMessage) => void): void => {
    menuListener = typeof listener === 'function' ? listener : null;
  },
};

contextBridge.exposeInMainWorld('marsad', Object.freeze({ ...marsad, ...files, ...menu }));
