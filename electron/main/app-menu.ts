// Installs the native menu in the UI language (the library's setting, else the OS locale) and
// the About dialog; Help → Copy Diagnostics puts getDiagnostics' text on the clipboard; the File
// menu's commands go to file-commands.ts.
// Electron glue over menu-template.ts and menu-labels.ts.
import { Menu, clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { UiLocale } from '../../common/domain.js';
import { MENU_LABELS, fill } from './menu-labels.js';
import { menuTemplate, type FileCommand } from './menu-template.js';

export type MenuContext = {
  /** The library open now (it changes with File → Open Library…). */
  dataDir: () => string;
  /** Recent library folders, newest first. */
  recent: () => readonly string[];
  openLibrary: () => void;
  openRecent: (dataDir: string) => void;
  clearRecent: () => void;
  version: string;
  dev: boolean;
  window: () => BrowserWindow | null;
  /** The diagnostics text (getDiagnostics), or null when it could not be made. */
  diagnostics: () => Promise<string | null>;
  /** The File menu's commands (file-commands.ts). */
  command: (command: FileCommand) => void;
};

export function installMenu(locale: UiLocale, ctx: MenuContext): void {
  const t = MENU_LABELS[locale];
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: t.about,
      message: `${t.appName} ${ctx.version}`,
      detail: fill(t.aboutDetail, { dir: ctx.dataDir() }),
      buttons: [t.ok],
    };
    const win = ctx.window();
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  const template = menuTemplate({
    labels: t,
    platform: process.platform,
    dev: ctx.dev,
    recent: ctx.recent(),
    currentLibrary: ctx.dataDir(),
    actions: {
      showAbout,
      openLibraryFolder: () => void shell.openPath(ctx.dataDir()),
      openLibrary: ctx.openLibrary,
      openRecent: ctx.openRecent,
      clearRecent: ctx.clearRecent,
      copyDiagnostics: () => void ctx.diagnostics().then((text) => text !== null && clipboard.writeText(text)),
      command: ctx.command,
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
