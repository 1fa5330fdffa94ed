// The standard app menu (File, Edit, View, Window, Help; plus the app menu on macOS) as plain
// data. Pure: only a type import from electron, so it is unit-tested under plain node;
// menu.ts turns it into a native Menu. Actions are passed in, never reached for.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/ipc/menu-commands.js';
import type { MenuLabels } from './menu-labels.js';

/** The File menu's commands the window (or main's open dialog first) carries out. */
export type FileCommand = Exclude<MenuCommand, 'import-paths'>;
export type MenuActions = {
  openLibraryFolder(): void;
  showAbout(): void;
  copyDiagnostics(): void;
  command(command: FileCommand): void;
  /** Open Library… (a folder dialog) and Open Recent's entries: switch the app to that library. */
  openLibrary(): void;
  openRecent(dataDir: string): void;
  clearRecent(): void;
};

export function menuTemplate(opts: {
  labels: MenuLabels;
  platform: NodeJS.Platform;
  dev: boolean;
  actions: MenuActions;
  /** Recent library folders, newest first; the open one is shown checked. */
  recent?: readonly string[];
  currentLibrary?: string;
}): MenuItemConstructorOptions[] {
  const { labels: t, actions } = opts;
  const recent = opts.recent ?? [];
  const mac = opts.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: t.about, click: () => actions.showAbout() };
  const appMenu: MenuItemConstructorOptions = {
    label: t.appName,
    submenu: [about, sep, { role: 'hide', label: t.hide }, { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide }, sep, { role: 'quit', label: t.quit }],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.importFiles, accelerator: 'CmdOrCtrl+O', click: () => actions.command('import-files') },
      { label: t.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.command('import-folder') },
      { label: t.pasteArticle, click: () => actions.command('paste-article') },
      sep,
      { label: t.newReport, click: () => actions.command('new-report') },
      { label: t.findInArticle, accelerator: 'CmdOrCtrl+F', click: () => actions.command('find-in-article') },
      sep,
      { label: t.openLibrary, click: () => actions.openLibrary() },
      {
        label: t.openRecent,
        submenu: [
          ...(recent.length === 0 ? [{ label: t.noRecent, enabled: false }] : []),
          ...recent.map((dir): MenuItemConstructorOptions => ({
            label: dir,
            type: 'checkbox',
            checked: dir === opts.currentLibrary,
            click: () => actions.openRecent(dir),
          })),
          sep,
          { label: t.clearRecent, enabled: recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      { label: t.openLibraryFolder, click: () => actions.openLibraryFolder() },
      sep,
      mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      sep,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(opts.dev ? [{ role: 'toggleDevTools', label: t.toggleDevTools } as const] : []),
      sep,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      sep,
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(mac ? [{ role: 'zoom', label: t.zoom } as const, sep, { role: 'front', label: t.front } as const] : [
        { role: 'close', label: t.close } as const]),
    ],
  };
  const diagnostics: MenuItemConstructorOptions = { label: t.copyDiagnostics, click: () => actions.copyDiagnostics() };
  const help: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: mac ? [diagnostics] : [diagnostics, sep, about] };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
