// The one app window: sandboxed, context-isolated, no Node, the bundled preload, loaded from
// app://marsad; shown when ready, its bounds restored from and saved to window-state.json in
// Electron's userData folder (never the library).
import { BrowserWindow, screen } from 'electron';
import { existsSync } from 'node:fs';
import { APP_ENTRY } from './app-origin.js';
import { windowPreferences } from './window-preferences.js';
import { MIN_HEIGHT, MIN_WIDTH, readWindowState, restoreWindowState, writeWindowState } from './window-state.js';

// Why 400 ms: saves once after a drag or resize settles instead of on every pixel.
const SAVE_DEBOUNCE_MS = 400;

export type MainWindowOptions = { preload: string; stateDir: string; icon: string; title: string };

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const state = restoreWindowState(readWindowState(opts.stateDir), areas, screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: opts.title,
    ...(existsSync(opts.icon) ? { icon: opts.icon } : {}),
    webPreferences: windowPreferences(opts.preload),
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    writeWindowState(opts.stateDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DEBOUNCE_MS);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
  void win.loadURL(APP_ENTRY);
  return win;
}

/** A second launch brings the existing window forward instead of opening another. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
