// The UI language: the saved setting ('system' | 'ar' | 'en' | 'ru'), the OS locale the host reports,
// and the language actually shown. Only this model changes the setting; it never touches the DOM.
import { computed, signal } from '@preact/signals';
import type { Settings, UiLocale } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { showNotice } from './notice.js';

export type LocaleChoice = Settings['locale'];

/** BCP 47 tag of the OS (from appInfo); the browser's own guess until the host answers. */
export const systemLocale = signal<string>(navigator.language || 'en');
export const localeChoice = signal<LocaleChoice>('system');

/** Arabic for any ar-* system locale, Russian for ru-*, English for everything else. */
export const toUiLocale = (tag: string): UiLocale => (/^ar\b/i.test(tag) ? 'ar' : /^ru\b/i.test(tag) ? 'ru' : 'en');

export const uiLocale = computed<UiLocale>(() =>
  localeChoice.value === 'system' ? toUiLocale(systemLocale.value) : localeChoice.value,
);
export const uiDir = computed<'rtl' | 'ltr'>(() => (uiLocale.value === 'ar' ? 'rtl' : 'ltr'));

/** Shows the new language at once, saves it, and rolls back if the save fails. */
export async function chooseLocale(choice: LocaleChoice): Promise<void> {
  const before = localeChoice.value;
  if (choice === before) return;
  localeChoice.value = choice;
  const saved = await bridge.setSettings({ locale: choice });
  if (!saved.ok) {
    localeChoice.value = before;
    showNotice(saved.error);
  }
}
