// Whether the keyboard-shortcuts sheet is open, and the list it shows (also the documentation
// of what KeyboardShortcuts handles). Data only.
import { signal } from '@preact/signals';
import type { MessageKey } from '../i18n/en.js';

export const shortcutsOpen = signal(false);


export const SHORTCUTS: { keys: string[]; what: MessageKey }[] = [
  { keys: ['T'], what: 'keys.tag' },
  { keys: ['/'], what: 'keys.search' },
  { keys: ['J', 'K'], what: 'keys.move' },
  { keys: ['Delete'], what: 'keys.delete' },
  { keys: ['Ctrl+O'], what: 'keys.importFiles' },
  { keys: ['Ctrl+Shift+O'], what: 'keys.importFolder' },
  { keys: ['Ctrl+F'], what: 'keys.find' },
  { keys: ['Shift+F10'], what: 'keys.contextMenu' },
  { keys: ['Ctrl+Z'], what: 'keys.undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], what: 'keys.redo' },
  { keys: ['Ctrl+Click', 'Shift+Click'], what: 'keys.select' },
  { keys: ['Esc'], what: 'keys.escape' },
  { keys: ['?'], what: 'keys.help' },
];
