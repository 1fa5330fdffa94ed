// Keyboard shortcuts as a Mac prints them (issue 14: the shortcuts sheet said Ctrl on macOS,
// where the keys are pressed with Cmd). Pure: no DOM, no Node; the caller passes the platform.

/** Ctrl+Shift+Z → ⌘⇧Z, Ctrl+Click → ⌘-Click; keys without a modifier are unchanged. */
export function macKeys(keys: string): string {
  const parts = keys.split('+');
  const last = parts.pop()!;
  const mods = parts.map((p) => ({ Ctrl: '⌘', Shift: '⇧', Alt: '⌥' })[p] ?? p).join('');
  return mods && last.length > 1 ? `${mods}-${last}` : `${mods}${last}`;
}

/** macOS (and iPadOS with a keyboard) name Cmd where other systems name Ctrl. */
export const onMac = (platform: string): boolean => /^(Mac|iPhone|iPad)/.test(platform);
