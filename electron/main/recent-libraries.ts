// The desktop app's recent library folders (File → Open Recent), kept in a small JSON file in
// Electron's userData folder — an app setting, never inside a library. Pure list rules plus
// node:fs; no electron import, so it is unit-tested under plain node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const RECENT_FILE = 'recent-libraries.json';
// Why 8: a desk switches between a handful of libraries (per client, per year); a longer menu
// is scanned, not read.
export const MAX_RECENT = 8;

/** `dir` first, each folder once (compared resolved), at most MAX_RECENT. */
export function withRecent(list: readonly string[], dir: string): string[] {
  const key = path.resolve(dir);
  return [key, ...list.filter((d) => path.resolve(d) !== key)].slice(0, MAX_RECENT);
}

/** What the file holds; anything unreadable or malformed is an empty list (it is only a menu). */
export function readRecent(stateDir: string): string[] {
  try {
    const data = JSON.parse(readFileSync(path.join(stateDir, RECENT_FILE), 'utf8')) as { recent?: unknown };
    const list = Array.isArray(data.recent) ? data.recent : [];
    return list.filter((d): d is string => typeof d === 'string' && path.isAbsolute(d)).slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

/** Best effort, temp + rename: a failed write loses only the menu's memory, never data. */
export function writeRecent(stateDir: string, list: readonly string[]): void {
  const file = path.join(stateDir, RECENT_FILE);
  try {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(`${file}.tmp`, `${JSON.stringify({ recent: list })}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch (e) {
    console.warn(`[marsad] could not remember recent libraries: ${String(e)}`);
  }
}
