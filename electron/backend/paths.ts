// Where the library lives when no --data-dir or MARSAD_DATA_DIR is given: a `library` folder
// inside the OS user-data folder Electron uses for an app named "Marsad", so the desktop app,
// the CLI and the browser shell all find the same library. No electron import (CLI uses it).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Marsad';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER);
}

/** The library folder: MARSAD_DATA_DIR if set, else `<user data>/library`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return env.MARSAD_DATA_DIR || join(userDataDir(env, platform), 'library');
}
