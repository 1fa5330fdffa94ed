// The sidebar's saved-searches section: a heading and the list, or a sentence saying how to
// make one. Reads the saved-searches model only.
import { loadSavedSearches, savedSearches } from '../models/saved-searches.js';
import { t } from '../i18n/t.js';
import { ErrorMessage } from './ErrorMessage.js';
import { SavedSearchItem } from './SavedSearchItem.js';

export function SavedSearchSection() {
  const state = savedSearches.value;
  return (
    <section class="facet-section" aria-labelledby="facet-saved">
      <h2 id="facet-saved" class="section-title">
        {t('savedSearches')}
      </h2>
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void loadSavedSearches()} />}
      {state.status === 'ready' && state.value.length === 0 && <p class="facet-empty">{t('savedSearchesEmpty')}</p>}
      {state.status === 'ready' && state.value.length > 0 && (
        <ul class="facet-list">
          {state.value.map((s) => (
            <li key={s.id}>
              <SavedSearchItem saved={s} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
