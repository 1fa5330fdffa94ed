// The middle pane while a query is active: the count and in-process time, quiet notices, the
// hits, an empty state with a hint, and "save this search". Reads the search model only.
import { clipFilter } from '../models/clips.js';
import { openClipId } from '../models/reader.js';
import { savedSearches } from '../models/saved-searches.js';
import { loadMoreResults, openSavedId, refreshSearch, searchBusy, searchPage, searchText } from '../models/search.js';
import { t } from '../i18n/t.js';
import { isolate } from '../i18n/format.js';
import { BulkBar } from './BulkBar.js';
import { TimelineChart } from './TimelineChart.js';
import { ShareChart } from './ShareChart.js';
import { ErrorMessage } from './ErrorMessage.js';
import { SaveSearchForm } from './SaveSearchForm.js';
import { SearchHitRow } from './SearchHitRow.js';
import { Status } from './Status.js';
import { moveRowFocus } from './row-focus.js';

// One decimal under 10 ms, whole numbers above: enough to compare, not noise.
const roundMs = (ms: number): number => (ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms));

const savedName = (id: string | null): string | null => {
  const state = savedSearches.value;
  return id && state.status === 'ready' ? (state.value.find((s) => s.id === id)?.name ?? null) : null;
};

export function SearchResults() {
  const state = searchPage.value;
  const saved = savedName(openSavedId.value);
  const page = state?.status === 'ready' ? state.value : null;
  return (
    <section class="clip-pane" aria-labelledby="results-heading" aria-busy={searchBusy.value}>
      <header class="pane-head">
        <h2 id="results-heading" class="pane-title">
          {t('resultsHeading')}
        </h2>
        {page && (
          <span class="pane-count" role="status">
            {t('resultsCount', { n: page.total })} <span class="results-ms">{t('resultsMs', { ms: roundMs(page.ms) })}</span>
          </span>
        )}
      </header>
      <div class="filter-line">
        <span dir="auto">{saved ? t('savedSearchOpen', { name: saved }) : clipFilter.value && t('filteredBy', { name: clipFilter.value.name })}</span>
        {!saved && searchText.value.trim() && <SaveSearchForm />}
      </div>
      {page && page.notices.length > 0 && (
        <ul class="search-notices" aria-label={t('searchNotices')} dir="auto">
          {page.notices.map((n) => (
            <li key={n.text}>{t(`searchNotice.${n.code}`, { ...n.params, token: isolate(String(n.params['token'] ?? '')) })}</li>
          ))}
        </ul>
      )}
      <TimelineChart />
      <ShareChart />
      <BulkBar />
      {state?.status === 'loading' && <Status kind="loading">{t('searching')}</Status>}
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void refreshSearch()} />}
      {page && page.results.length === 0 && (
        <div class="search-empty" role="status">
          <p dir="auto">{t('searchEmpty', { query: page.query })}</p>
          <p>{t('searchEmptyHint')}</p>
          {clipFilter.value && <p dir="auto">{t('searchEmptyFiltered', { name: clipFilter.value.name })}</p>}
        </div>
      )}
      {page && page.results.length > 0 && (
        <>
          <ul class="clip-list" aria-labelledby="results-heading" onKeyDown={moveRowFocus}>
            {page.results.map((hit) => (
              <SearchHitRow key={hit.id} hit={hit} selected={hit.id === openClipId.value} />
            ))}
          </ul>
          {page.results.length < page.total && (
            <button type="button" class="button show-more" onClick={() => void loadMoreResults()}>
              {t('showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
