// The middle pane: the clip list with its count, the active filter, and loading, empty and
// error states. Reads the clips and reader models; all loading is done by their actions.
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
import { openClipId } from '../models/reader.js';
import { t } from '../i18n/t.js';
import { ClipRow } from './ClipRow.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Status } from './Status.js';

/** Up/Down move focus between rows, Home/End to the first/last; Tab still leaves the list. */
function moveFocus(e: KeyboardEvent): void {
  const row = (e.target as HTMLElement).closest('li');
  const list = row?.parentElement;
  if (!row || !list) return;
  const rows = [...list.children];
  const at = rows.indexOf(row);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[e.key];
  const target = to === undefined ? null : rows[to]?.querySelector('button');
  if (!target) return;
  e.preventDefault();
  target.focus();
}

export function ClipList() {
  // While the library is set aside the banner explains why; an error here would only repeat it.
  const state = libraryCorrupt.value ? null : clips.value;
  const filter = clipFilter.value;
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
      {state === null && <Status kind="empty">{t('clipsAfterRestore')}</Status>}
      {state?.status === 'loading' && <Status kind="loading">{t('loading')}</Status>}
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void loadClips()} />}
      {state?.status === 'ready' && state.value.items.length === 0 && (
        <Status kind="empty">{filter ? t('clipsEmptyFiltered') : t('clipsEmpty')}</Status>
      )}
      {state?.status === 'ready' && state.value.items.length > 0 && (
        <>
          <ul class="clip-list" aria-labelledby="clips-heading" onKeyDown={moveFocus}>
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
