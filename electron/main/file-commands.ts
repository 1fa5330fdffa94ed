// The File menu's commands in the desktop app: Import Files…/Import Folder… open the native
// open dialog here (a page cannot open one without a click of its own), grant what was chosen
// for one import and send the paths to the window; the rest go to the window as they are.
// Type-only electron import: main.ts passes dialog and the window, tests fakes.
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuMessage } from '../../common/ipc/menu-commands.js';
import type { MenuLabels } from './menu-labels.js';
import type { FileCommand } from './menu-template.js';
import type { PathGrants } from './path-grants.js';

// What the importers read (the renderer's Import menu accepts the same).
const EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx'];

type Win = Pick<BrowserWindow, 'webContents' | 'isDestroyed'>;
export type FileCommandContext = {
  window: () => Win | null;
  dialog: Pick<Dialog, 'showOpenDialog'>;
  grants: Pick<PathGrants, 'grantImport'>;
  labels: () => MenuLabels;
};

export function openOptions(command: 'import-files' | 'import-folder', t: MenuLabels): OpenDialogOptions {
  return command === 'import-files'
    ? { title: t.importFiles, properties: ['openFile', 'multiSelections'], filters: [{ name: t.importFilter, extensions: EXTENSIONS }] }
    : { title: t.importFolder, properties: ['openDirectory', 'multiSelections'] };
}

export function createFileCommands(ctx: FileCommandContext): (command: FileCommand) => Promise<void> {
  const send = (message: MenuMessage): void => {
    const win = ctx.window();
    if (win && !win.isDestroyed()) win.webContents.send(MENU_COMMAND_CHANNEL, message);
  };
  return async (command) => {
    if (command !== 'import-files' && command !== 'import-folder') return send({ command, paths: [] });
    const win = ctx.window();
    const options = openOptions(command, ctx.labels());
    const r = win ? await ctx.dialog.showOpenDialog(win as BrowserWindow, options) : await ctx.dialog.showOpenDialog(options);
    if (r.canceled || r.filePaths.length === 0) return;
    const paths = r.filePaths.filter((p) => ctx.grants.grantImport(p));
    if (paths.length > 0) send({ command: 'import-paths', paths });
  };
}
