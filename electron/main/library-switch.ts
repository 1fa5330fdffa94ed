// File → Open Library… and Open Recent in the desktop app: a folder dialog (an empty folder
// becomes a new library), the switch itself (library-session.ts), the recent list in userData,
// and a reload of the window onto the library now open. Electron glue; no policy of its own.
import type { BrowserWindow, Dialog } from 'electron';
import type { MenuLabels } from './menu-labels.js';
import { folderKind, type LibrarySession } from './library-session.js';
import { readRecent, withRecent, writeRecent } from './recent-libraries.js';

export type LibrarySwitchContext = {
  session: LibrarySession;
  stateDir: string;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;
  window: () => BrowserWindow | null;
  labels: () => MenuLabels;
  /** After a switch (or a change to the list): re-read settings, rebuild the menu. */
  changed: () => Promise<void> | void;
};

export function createLibrarySwitch(ctx: LibrarySwitchContext) {
  let recent = withRecent(readRecent(ctx.stateDir), ctx.session.dataDir);
  writeRecent(ctx.stateDir, recent);

  const warn = (message: string, detail?: string): void => {
    const win = ctx.window();
    const box = { type: 'warning' as const, message, detail };
    void (win ? ctx.dialog.showMessageBox(win, box) : ctx.dialog.showMessageBox(box));
  };

  const switchTo = async (dataDir: string): Promise<void> => {
    if (folderKind(dataDir) === 'other') return warn(ctx.labels().notLibraryFolder, dataDir);
    const outcome = await ctx.session.switchTo(dataDir);
    const win = ctx.window();
    if (outcome.kind === 'unsaved') warn(ctx.labels().switchUnsaved, outcome.message);
    if (outcome.kind !== 'switched') return;
    recent = withRecent(recent, outcome.dataDir);
    writeRecent(ctx.stateDir, recent);
    await ctx.changed();
    // The window starts over on the other library: no view may keep the old one's clips.
    win?.webContents.reload();
  };

  return {
    recent: (): readonly string[] => recent,
    openRecent: (dataDir: string): void => void switchTo(dataDir),
    clearRecent: (): void => {
      recent = [ctx.session.dataDir];
      writeRecent(ctx.stateDir, recent);
      void ctx.changed();
    },
    openLibrary: async (): Promise<void> => {
      const win = ctx.window();
      const options = { title: ctx.labels().openLibraryTitle, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = win ? await ctx.dialog.showOpenDialog(win, options) : await ctx.dialog.showOpenDialog(options);
      if (!r.canceled && r.filePaths[0]) await switchTo(r.filePaths[0]);
    },
  };
}
