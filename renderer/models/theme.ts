// Light or dark colours (issue 14): the saved choice ('system' | 'light' | 'dark'), whether the
// system prefers dark, and the theme actually shown. Only this model changes the setting; the
// App component puts the result on <html data-theme>.
import { computed, signal } from '@preact/signals';
import type { Settings } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { showNotice } from './notice.js';

export type ThemeChoice = Settings['theme'];

const DARK_QUERY = '(prefers-color-scheme: dark)';
const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;

export const themeChoice = signal<ThemeChoice>('system');
export const systemDark = signal<boolean>(media?.matches ?? false);
media?.addEventListener('change', (e) => (systemDark.value = e.matches));

export const shownTheme = computed<'light' | 'dark'>(() =>
  themeChoice.value === 'system' ? (systemDark.value ? 'dark' : 'light') : themeChoice.value,
);

/** Shows the new theme at once, saves it, and rolls back if the save fails. */
export async function chooseTheme(choice: ThemeChoice): Promise<void> {
  const before = themeChoice.value;
  if (choice === before) return;
  themeChoice.value = choice;
  const saved = await bridge.setSettings({ theme: choice });
  if (!saved.ok) {
    themeChoice.value = before;
    showNotice(saved.error);
  }
}
