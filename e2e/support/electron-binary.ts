// Finds the Electron binary the `electron` package would run, or says why there is none
// (ELECTRON_SKIP_BINARY_DOWNLOAD installs the package without it). Never downloads anything.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { path: string } | { path: null; reason: string };

export function findElectron(): ElectronBinary {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) {
      // Electron needs a display on Linux; CI runs the suite under xvfb-run to provide one.
      if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
        return { path: null, reason: 'Electron is installed but there is no display (run under xvfb-run -a)' };
      }
      return { path };
    }
    return { path: null, reason: `the electron package points at ${String(path)}, which does not exist` };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { path: null, reason: `no Electron binary is installed (${why})` };
  }
}
