// The middle pane: the clip list with its count, the active filter, and loading, empty and
// error states; the search results instead while a query is active. Reads the clips and reader
// models; all loading is done by their actions.
import {
  clipFilter,
  clips,
  collapseCopies,
  loadClips,
  loadMoreClips,
  setClipFilter,
  setCollapseCopies,
} from '../models/clips.js';
import { libraryCorrupt } from '../models/library.js';
import { timelineRead } from '../models/timeline.js';
import { sharesRead } from '../models/view-shares.js';
import { openClipId } from '../models/reader.js';
import { searchActive } from '../models/search.js';
import { t } from '../i18n/t.js';
import { BulkBar } from './BulkBar.js';
import { ClipRow } from './ClipRow.js';
import { TagPassages } from './TagPassages.js';
import { ErrorMessage } from './ErrorMessage.js';
import { SearchResults } from './SearchResults.js';
import { Status } from './Status.js';
import { TimelineChart } from './TimelineChart.js';
import { ShareChart } from './ShareChart.js';
import { moveRowFocus } from './row-focus.js';

export function ClipList() {
  if (searchActive.value) return <SearchResults />;
  // While the library is set aside the banner explains why; an error here would only repeat it.
  const state = libraryCorrupt.value ? null : clips.value;
  const filter = clipFilter.value;
  // The charts over the list arrive a moment after it: until their first reads answer, the rows
  // wait too, so they do not jump down under the pointer as the charts appear.
  const settling = !(timelineRead.value && sharesRead.value);
  return (
    <section class="clip-pane" aria-labelledby="clips-heading">
      <header class="pane-head">
        <h2 id="clips-heading" class="pane-title">
          {t('clipsLabel')}
        </h2>
        {state?.status === 'ready' && <span class="pane-count">{t('clipsCount', { n: state.value.total })}</span>}
        {filter?.kind !== 'group' && (
          <label class="collapse-toggle">
            <input
              type="checkbox"
              checked={collapseCopies.value}
              onChange={(e) => void setCollapseCopies(e.currentTarget.checked)}
            />
            {t('collapseCopies')}
          </label>
        )}
      </header>
      {filter && (
        <p class="filter-line">
          <span dir="auto">{t('filteredBy', { name: filter.kind === 'group' ? t('groupFilter', { title: filter.name }) : filter.name })}</span>
          <button type="button" class="button button-quiet" onClick={() => void setClipFilter(null)}>
            {t('clearFilter')}
          </button>
        </p>
      )}
      <TimelineChart />
      <ShareChart />
      {!filter && state?.status === 'ready' && state.value.total <= 1 && <p class="first-run-hint">{t('firstRunHint')}</p>}
      <BulkBar />
      {filter?.kind === 'tag' && <TagPassages />}
      {state === null && <Status kind="empty">{t('clipsAfterRestore')}</Status>}
      {(state?.status === 'loading' || (state?.status === 'ready' && state.value.items.length > 0 && settling)) && <Status kind="loading">{t('loading')}</Status>}
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void loadClips()} />}
      {state?.status === 'ready' && state.value.items.length === 0 && (
        <Status kind="empty">{filter ? t('clipsEmptyFiltered') : t('clipsEmpty')}</Status>
      )}
      {state?.status === 'ready' && state.value.items.length > 0 && !settling && (
        <>
          <ul class="clip-list" aria-labelledby="clips-heading" onKeyDown={moveRowFocus}>
            {state.value.items.map((clip) => (
              <ClipRow key={clip.id} clip={clip} selected={clip.id === openClipId.value} />
            ))}
          </ul>
          {state.value.items.length < state.value.total && (
            <button type="button" class="button show-more" onClick={() => void loadMoreClips()}>
              {t('showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
