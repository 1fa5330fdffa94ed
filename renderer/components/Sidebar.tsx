// The left-hand (right-hand in Arabic) pane: all clips, tags, saved searches and sources.
// Reads the facets and list-filter models; saved searches are their own section.
import { clipFilter, setClipFilter } from '../models/clips.js';
import { facets, loadFacets } from '../models/facets.js';
import { libraryCorrupt } from '../models/library.js';
import { openSpeakers, speakersOpen } from '../models/speakers.js';
import { paneView } from '../models/pane-view.js';
import { openTagManager } from '../models/tag-manager.js';
import { openTrash } from '../models/trash.js';
import { formatNumber } from '../i18n/format.js';
import { t } from '../i18n/t.js';
import { ErrorMessage } from './ErrorMessage.js';
import { FacetSection } from './FacetSection.js';
import { SavedSearchSection } from './SavedSearchSection.js';
import { SparkTable } from './SparkTable.js';
import { Status } from './Status.js';

export function Sidebar() {
  const state = facets.value;
  return (
    <nav class="sidebar" aria-label={t('libraryNav')}>
      {libraryCorrupt.value && <Status kind="empty">{t('sidebarAfterRestore')}</Status>}
      {!libraryCorrupt.value && state.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {!libraryCorrupt.value && state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void loadFacets()} />}
      {!libraryCorrupt.value && state.status === 'ready' && (
        <>
          <button
            type="button"
            class="facet facet-all"
            aria-pressed={clipFilter.value === null}
            onClick={() => void setClipFilter(null)}
          >
            <span class="facet-name">{t('allClips')}</span>
            <span class="facet-count" aria-hidden="true">
              {formatNumber(state.value.total)}
            </span>
          </button>
          <button type="button" class="facet facet-speakers" aria-pressed={speakersOpen.value} onClick={() => void openSpeakers()}>
            <span class="facet-name">{t('speakers')}</span>
          </button>
          <button type="button" class="facet facet-view" aria-pressed={paneView.value === 'tags'} onClick={openTagManager}>
            <span class="facet-name">{t('tagManager')}</span>
          </button>
          <button type="button" class="facet facet-view" aria-pressed={paneView.value === 'trash'} onClick={() => void openTrash()}>
            <span class="facet-name">{t('trash')}</span>
            {state.value.trash > 0 && (
              <span class="facet-count" aria-hidden="true">
                {formatNumber(state.value.trash)}
              </span>
            )}
          </button>
          <FacetSection id="facet-tags" title={t('tags')} empty={t('tagsEmpty')} kind="tag" entries={state.value.tags} />
          <SavedSearchSection />
          <FacetSection
            id="facet-sources"
            title={t('sources')}
            empty={t('sourcesEmpty')}
            kind="source"
            entries={state.value.sources}
          />
          <SparkTable />
        </>
      )}
    </nav>
  );
}
