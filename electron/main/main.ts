// Entry of the Electron main process: single instance, library folder from argv/env, a locked-
// down session and app:// protocol, the guarded IPC registration, one window and the menu;
// the library is flushed and closed before quit. Wiring only: each job lives in its own module.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { dispatch } from '../../common/ipc/dispatch.js';
import type { Settings, UiLocale } from '../../common/domain.js';
import type { Diagnostics } from '../../common/ipc/diagnostics-contract.js';
import { defaultDataDir } from '../backend/index.js';
import { logEvent } from '../backend/log/app-log.js';
import { logInternalError, logUncaught } from '../backend/log/report-errors.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { installMenu } from './app-menu.js';
import { appPaths } from './app-paths.js';
import { guardAllContents } from './contents-guard.js';
import { launchOptions } from './launch-options.js';
import { createFileCommands } from './file-commands.js';
import { LibrarySession } from './library-session.js';
import { createLibrarySwitch } from './library-switch.js';
import { createMainWindow, focusWindow } from './main-window.js';
import { MENU_LABELS, uiLocale } from './menu-labels.js';
import { guardSession } from './network-guard.js';
import { openLibrary } from './open-library.js';
import { PathGrants } from './path-grants.js';
import { holdQuitUntilSaved } from './quit-flush.js';
import { bundlePathsIn, OpenedBundles } from './opened-bundles.js';
import { registerHandlers } from './register-handlers.js';
import { withReportDialog } from './report-dialog.js';
import { createPdfPrinter } from './report-printer.js';
import { createRequestGuard } from './request-guard.js';
import { withSettingsHook } from './settings-hook.js';

// Exit code when the library cannot be opened; matches the CLI's "locked or storage error".
const EXIT_LIBRARY_UNAVAILABLE = 3;

const launch = launchOptions(process.argv, process.env, process.cwd(), () => defaultDataDir());
// Before anything reads userData: the single-instance lock and window state live there.
if (launch.userDataDir) app.setPath('userData', launch.userDataDir);
app.enableSandbox();
registerAppScheme();
if (process.platform === 'win32') app.setAppUserModelId('app.marsad.desktop');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  // A double-clicked .marsad (issue 15): in our argv, a second instance's argv, or macOS open-file.
  const opened = new OpenedBundles();
  opened.add(bundlePathsIn(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_e, argv, cwd) => (opened.add(bundlePathsIn(argv.slice(1), cwd)), focusWindow(win)));
  app.on('open-file', (e, path) => (e.preventDefault(), opened.add([path]), focusWindow(win)));
  guardAllContents(app, (url) => shell.openExternal(url));
  // The request counter is reachable from Playwright's electronApp.evaluate() for offline checks.
  const guard = createRequestGuard({ allowDevtools: !app.isPackaged, warn: (m) => console.warn(m) });
  (globalThis as { marsadRequestGuard?: typeof guard }).marsadRequestGuard = guard;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  // Nothing unexpected goes unrecorded (logs/marsad.log); a background failure never ends the app.
  process.on('uncaughtException', (e) => (console.error('[marsad] uncaught:', e), logUncaught('uncaught-exception', e)));
  process.on('unhandledRejection', (e) => (console.error('[marsad] unhandled rejection:', e), logUncaught('unhandled-rejection', e)));
  app.on('render-process-gone', (_e, _c, d) => logEvent('error', 'renderer-gone', { reason: d.reason, exitCode: d.exitCode }));
  app.on('child-process-gone', (_e, d) => logEvent('error', 'child-process-gone', { type: d.type, reason: d.reason, exitCode: d.exitCode }));

  void app.whenReady().then(async () => {
    const paths = appPaths(app.getAppPath());
    guardSession(session.defaultSession, guard);
    serveRenderer(session.defaultSession, paths.renderer);

    const printer = createPdfPrinter();
    const first = await openLibrary(launch.dataDir, paths.seed, printer);
    if (!first) return app.exit(EXIT_LIBRARY_UNAVAILABLE);
    // The library open now; File → Open Library… switches it (library-switch.ts).
    const library = new LibrarySession(first, launch.dataDir, (dir) => openLibrary(dir, paths.seed, printer));
    const backend = { handlers: library.handlers };
    // A failed save on quit asks: wait and retry, save a copy elsewhere, or quit without saving.
    let currentLocale: UiLocale = uiLocale(undefined, app.getLocale());
    holdQuitUntilSaved(app, library.current, dialog, () => currentLocale);
    // One set of path grants: drops and picks (preload) and the File menu's open dialog.
    const grants = new PathGrants();
    const fileCommand = createFileCommands({ window: () => win, dialog, grants, labels: () => MENU_LABELS[currentLocale] });

    const libraries = createLibrarySwitch({
      session: library,
      stateDir: app.getPath('userData'),
      dialog,
      window: () => win,
      labels: () => MENU_LABELS[currentLocale],
      changed: async () => {
        const s = await dispatch(library.handlers, 'getSettings', undefined);
        applyLocale(s.ok ? (s.value as Settings).locale : undefined);
      },
    });
    const menu = {
      dataDir: () => library.dataDir,
      recent: libraries.recent,
      openLibrary: () => void libraries.openLibrary(),
      openRecent: libraries.openRecent,
      clearRecent: libraries.clearRecent,
      version: app.getVersion(),
      dev: !app.isPackaged,
      window: () => win,
      diagnostics: async () => {
        const r = await dispatch(backend.handlers, 'getDiagnostics', undefined, { onInternal: logInternalError });
        return r.ok ? (r.value as Diagnostics).text : null;
      },
      command: (c: Parameters<typeof fileCommand>[0]) => void fileCommand(c),
    };
    const applyLocale = (setting: Settings['locale'] | undefined): void => {
      const locale = uiLocale(setting, app.getLocale());
      currentLocale = locale;
      installMenu(locale, menu);
      win?.setTitle(MENU_LABELS[locale].appName);
    };
    const settings = await dispatch(backend.handlers, 'getSettings', undefined);
    const locale = settings.ok ? (settings.value as Settings).locale : undefined;
    applyLocale(locale);
    registerHandlers(ipcMain, withReportDialog(withSettingsHook(backend.handlers, (s) => applyLocale(s.locale)), () => win), grants, opened);

    const open = (): void => {
      win = createMainWindow({
        preload: paths.preload,
        stateDir: app.getPath('userData'),
        icon: paths.icon,
        title: MENU_LABELS[uiLocale(locale, app.getLocale())].appName,
      });
      win.on('closed', () => (win = null));
    };
    open();
    app.on('activate', () => (BrowserWindow.getAllWindows().length === 0 ? open() : focusWindow(win)));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
