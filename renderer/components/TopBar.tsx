// The window's top bar: the app's name and mark, the search box with its help and options
// popovers, the Import menu, the Report button, the analyst's name, and the theme and language controls.
import { AnalystName } from './AnalystName.js';
import { BrandMark } from './BrandMark.js';
import { ImportMenu } from './ImportMenu.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { ThemeSwitch } from './ThemeSwitch.js';
import { SearchBox } from './SearchBox.js';
import { SearchHelp } from './SearchHelp.js';
import { SearchOptions } from './SearchOptions.js';
import { openReport } from '../models/report.js';
import { t } from '../i18n/t.js';

export function TopBar() {
  return (
    <header class="topbar">
      <div class="brand">
        <BrandMark />
        <span class="brand-name">{t('appName')}</span>
        <span class="brand-tagline">{t('appTagline')}</span>
      </div>
      <div class="search" role="search" aria-label={t('searchLabel')}>
        <SearchBox />
        <SearchHelp />
        <SearchOptions />
      </div>
      <div class="topbar-actions">
        <ImportMenu />
        <button type="button" class="button" onClick={openReport}>
          {t('reportButton')}
        </button>
        <AnalystName />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
