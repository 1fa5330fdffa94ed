// The visible language control. Its label is bilingual on purpose, so someone who cannot read
// the current language can still find it. Changing it calls the locale model's action only.
import { chooseLocale, localeChoice, systemLocale, toUiLocale, type LocaleChoice } from '../models/locale.js';
import { t } from '../i18n/t.js';

export function LanguageSwitch() {
  const names = { ar: t('languageAr'), en: t('languageEn'), ru: t('languageRu') } as const;
  const systemName = names[toUiLocale(systemLocale.value)];
  return (
    <div class="language-switch">
      <label class="language-label" for="language-select">
        {t('languageLabel')}
      </label>
      <select
        id="language-select"
        value={localeChoice.value}
        onChange={(e) => void chooseLocale(e.currentTarget.value as LocaleChoice)}
      >
        <option value="system">{t('languageSystem', { lang: systemName })}</option>
        <option value="ar" lang="ar">
          {t('languageAr')}
        </option>
        <option value="en" lang="en">
          {t('languageEn')}
        </option>
        <option value="ru" lang="ru">
          {t('languageRu')}
        </option>
      </select>
    </div>
  );
}
