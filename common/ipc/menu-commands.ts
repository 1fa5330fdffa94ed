// The desktop menu's commands that the window carries out (issue 14: File menu), and the one
// channel main sends them on. The preload passes a command on only if it is one of these, with
// the paths main's open dialog returned (already granted for one import). Pure: no DOM, no Node.

export const MENU_COMMAND_CHANNEL = 'marsad:menu-command';

export const MENU_COMMANDS = ['import-paths', 'import-files', 'import-folder', 'paste-article', 'new-report', 'find-in-article'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export type MenuMessage = { command: MenuCommand; paths: string[] };

// The most paths one message carries: one open dialog's multi-selection (the contract's own
// import limit is checked again by startImport).
const MAX_PATHS = 500;

/** The message as the page may see it, or null when it is not one main would send. */
export function menuMessageOf(value: unknown): MenuMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { command, paths = [] } = value as { command?: unknown; paths?: unknown };
  if (typeof command !== 'string' || !(MENU_COMMANDS as readonly string[]).includes(command)) return null;
  if (!Array.isArray(paths) || paths.length > MAX_PATHS || !paths.every((p) => typeof p === 'string' && p.length > 0)) return null;
  return { command: command as MenuCommand, paths: [...(paths as string[])] };
}
