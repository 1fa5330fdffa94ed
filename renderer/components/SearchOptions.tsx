// The options popover beside the search box: exact wording for this session, and the saved
// strong-folds setting (ى/ي, ة/ه). Calls the search and search-options models only.
import { searchMode, setSearchMode } from '../models/search.js';
import { setStrongFolds, strongFolds } from '../models/search-options.js';
import { t } from '../i18n/t.js';
import { Popover } from './Popover.js';

export function SearchOptions() {
  return (
    <Popover id="search-options" label={t('searchOptions')} face={<span aria-hidden="true">⚙</span>}>
      {() => (
        <div class="options-list">
          <label class="option">
            <input
              type="checkbox"
              checked={searchMode.value === 'exact'}
              onChange={(e) => void setSearchMode(e.currentTarget.checked ? 'exact' : 'fuzzy')}
            />
            <span>{t('exactMode')}</span>
          </label>
          <label class="option">
            <input
              type="checkbox"
              checked={strongFolds.value}
              disabled={searchMode.value === 'exact'}
              onChange={(e) => void setStrongFolds(e.currentTarget.checked)}
            />
            <span>{t('strongFolds')}</span>
          </label>
        </div>
      )}
    </Popover>
  );
}
