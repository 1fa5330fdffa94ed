// Saved searches (watchlists) for the sidebar: the list with counts and new counts, and the
// save, rename, auto-tag, delete and open actions. Opening shows its page as the active search.
import { signal } from '@preact/signals';
import type { SavedSearchView } from '../../common/search/types.js';
import { bridge } from '../services/bridge.js';
import { clipFilter } from './clips.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { showNotice } from './notice.js';
import { openSavedId, SEARCH_PAGE_SIZE, searchText, showSearchPage } from './search.js';

export const savedSearches = signal<Loadable<SavedSearchView[]>>(LOADING);

export async function loadSavedSearches(): Promise<void> {
  savedSearches.value = fromResult(await bridge.listSavedSearches());
}

/** Saves the box's query, with the sidebar filter, under `name`; true when saved. */
export async function saveCurrentSearch(name: string): Promise<boolean> {
  const f = clipFilter.value;
  const answer = await bridge.createSavedSearch({ name, query: searchText.value, filters: f ? { [f.kind]: f.name } : {} });
  if (!answer.ok) {
    showNotice(answer.error);
    return false;
  }
  // The results on screen are now that saved search's: its name shows above them.
  openSavedId.value = answer.value.id;
  await loadSavedSearches();
  return true;
}

export async function renameSavedSearch(id: string, name: string): Promise<void> {
  const answer = await bridge.updateSavedSearch({ id, patch: { name } });
  if (!answer.ok) showNotice(answer.error);
  await loadSavedSearches();
}

/** The tag clips imported later receive when they match (null: none). */
export async function setAutoTag(id: string, tag: string | null): Promise<boolean> {
  const answer = await bridge.updateSavedSearch({ id, patch: { autoTag: tag } });
  if (!answer.ok) showNotice(answer.error);
  await loadSavedSearches();
  return answer.ok;
}

export async function deleteSavedSearch(id: string): Promise<void> {
  const answer = await bridge.deleteSavedSearch({ id });
  if (!answer.ok) showNotice(answer.error);
  await loadSavedSearches();
}

/** Runs the saved search; its hits new since last time come marked, and its badge clears. */
export async function openSavedSearch(id: string): Promise<void> {
  const answer = await bridge.openSavedSearch({ id, limit: SEARCH_PAGE_SIZE });
  if (!answer.ok) return showNotice(answer.error);
  showSearchPage(answer.value.search.query, answer.value.page, id);
  await loadSavedSearches();
}
