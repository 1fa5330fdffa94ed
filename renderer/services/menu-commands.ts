// The desktop host's File menu reaching the window: the preload's `onMenuCommand` (checked
// messages only). In the browser shell there is none, and the window's own keys stand in for
// the menu's shortcuts. The only reader of that preload function.
import type { MenuMessage } from '../../common/ipc/menu-commands.js';

type MenuHost = { onMenuCommand?: (listener: (message: MenuMessage) => void) => void };

const host = (globalThis as { marsad?: MenuHost }).marsad;

/** True where a native menu owns Ctrl+O, Ctrl+Shift+O and Ctrl+F (the desktop app). */
export const hasNativeMenu = (): boolean => typeof host?.onMenuCommand === 'function';

export function onMenuCommand(listener: (message: MenuMessage) => void): void {
  if (hasNativeMenu()) host!.onMenuCommand!(listener);
}
