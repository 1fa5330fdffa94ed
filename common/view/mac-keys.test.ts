// The shortcuts sheet's Mac spelling of keys (issue 14): ⌘ for Ctrl, ⇧ for Shift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { macKeys, onMac } from './mac-keys.js';

test('keys read as a Mac prints them; other keys unchanged', () => {
  assert.deepEqual(['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', 'Ctrl+Click', 'Shift+Click', 'J', 'Esc', '/'].map(macKeys), ['⌘Z', '⌘⇧Z', '⌘Y', '⌘-Click', '⇧-Click', 'J', 'Esc', '/']);
  assert.deepEqual(['MacIntel', 'iPad', 'Linux x86_64', 'Win32'].map(onMac), [true, true, false, false]);
});
