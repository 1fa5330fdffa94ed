// The colour-theme control beside the language one (system, light, dark), and the hook that
// puts the shown theme on <html data-theme> for the stylesheets. Calls the theme model only.
import { useEffect } from 'preact/hooks';
import { chooseTheme, shownTheme, themeChoice, type ThemeChoice } from '../models/theme.js';
import { t } from '../i18n/t.js';

export function useThemeAttribute(): void {
  const theme = shownTheme.value;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export function ThemeSwitch() {
  return (
    <div class="language-switch">
      <label class="language-label" for="theme-select">
        {t('themeLabel')}
      </label>
      <select id="theme-select" value={themeChoice.value} onChange={(e) => void chooseTheme(e.currentTarget.value as ThemeChoice)}>
        <option value="system">{t('themeSystem')}</option>
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
      </select>
    </div>
  );
}
