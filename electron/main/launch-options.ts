// Where this launch keeps its library and its Electron profile, from argv and the environment.
// Pure (node:path only): no electron import, so it is unit-tested under plain node.
// `--data-dir DIR` beats MARSAD_DATA_DIR beats the OS default the backend chooses.
import path from 'node:path';

export type LaunchOptions = {
  /** The library folder, absolute. */
  dataDir: string;
  /** Where Electron's profile (window state, caches, the single-instance lock) should live, or
   *  null to keep Electron's default. Set whenever the library is overridden, so a test instance
   *  with its own library never shares a lock or a window-state file with the user's app. */
  userDataDir: string | null;
};

/** Value of `--data-dir DIR` or `--data-dir=DIR`, the last one winning; null if absent. */
export function argValue(argv: readonly string[], flag: string): string | null {
  let found: string | null = null;
  argv.forEach((arg, i) => {
    if (arg === flag) found = argv[i + 1] ?? found;
    else if (arg.startsWith(`${flag}=`)) found = arg.slice(flag.length + 1);
  });
  return found ? found : null;
}

/** The profile folder beside an overridden library: /tmp/t1/lib -> /tmp/t1/lib.electron. */
export const siblingUserData = (dataDir: string): string =>
  path.join(path.dirname(dataDir), `${path.basename(dataDir)}.electron`);

export function launchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  defaultDataDir: () => string,
): LaunchOptions {
  const override = argValue(argv, '--data-dir') ?? (env.MARSAD_DATA_DIR || null);
  if (!override) return { dataDir: defaultDataDir(), userDataDir: null };
  const dataDir = path.resolve(cwd, override);
  return { dataDir, userDataDir: siblingUserData(dataDir) };
}
